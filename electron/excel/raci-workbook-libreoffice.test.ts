import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasTool } from '../../test/support/tools';
import { describe, expect, it } from 'vitest';
import { exportRaciWorkbook } from './raci-workbook-export';
import { previewRaciImport } from './raci-workbook-import';
import { raciTestProject } from './raci-test-project';
import { raciCell, tempFolder } from './raci-test-workbook';

const soffice = hasTool('soffice', 'libreoffice-calc-nogui');

/** Opens and saves a workbook with LibreOffice Calc, as a client without Excel would. */
function resaveWithLibreOffice(file: string, folder: string): string {
  const out = join(folder, 'libreoffice');
  mkdirSync(out, { recursive: true });
  // A private profile, so a LibreOffice the user (or another test) has open does not swallow the request.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], { timeout: 120_000, stdio: 'ignore' });
  return join(out, 'client.xlsx');
}

describe.skipIf(!soffice)('RACI import of a workbook saved by LibreOffice', () => {
  it('reads the same cells back and finds the client\'s edit', { timeout: 180_000 }, async () => {
    const folder = tempFolder();
    const state = raciTestProject('zh-CN');
    const exported = join(folder, 'export.xlsx');
    await exportRaciWorkbook(state, { outPath: exported });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    raciCell(wb.getWorksheet('新产品上线')!, 's6', 'sales').value = 'c/i';
    const client = join(folder, 'client.xlsx');
    await wb.xlsx.writeFile(client);

    const preview = await previewRaciImport(state, resaveWithLibreOffice(client, folder));
    expect(preview.changes.map((c) => [c.stepId, c.partyId, c.before, c.after])).toEqual([['s6', 'sales', 'I', 'CI']]);
    expect(preview.unmatchedRows).toEqual([]);
    expect(preview.unmatchedColumns).toEqual([]);
  });
});
