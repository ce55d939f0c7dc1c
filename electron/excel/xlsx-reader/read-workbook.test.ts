import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasLibreOffice, openpyxlPython, resaveWithLibreOffice, runOpenpyxl } from '../test-office';
import { tempFolder } from '../raci-test-workbook';
import { readWorkbook, readWorkbookFile } from './read-workbook';
import { buildZip, workbookEntries } from './test-zip';
import { cellAt, cellText, mergeAt, type WorkbookData } from './workbook-data';
import { WorkbookReadError } from './workbook-read-error';

const folder = tempFolder();
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function refusal(read: Promise<unknown>): Promise<WorkbookReadError> {
  const err = await read.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof WorkbookReadError)) throw new Error(`expected a WorkbookReadError, got ${String(err)}`);
  return err;
}

const sheet = (data: WorkbookData, name: string) => {
  const found = data.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

/** A deflate stream of `copies` × 1 MB of spaces: megabytes on disk, gigabytes unpacked. */
function bombStream(prefix: string, copies: number): { deflated: Buffer; size: number } {
  const head = deflateRawSync(Buffer.from(prefix), { finishFlush: constants.Z_SYNC_FLUSH });
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return { deflated: Buffer.concat([head, ...Array.from({ length: copies }, () => block), end]), size: prefix.length + copies * 1024 * 1024 };
}

describe('reading workbooks written by other programs', () => {
  it('reads what exceljs writes: shared strings, numbers, merges, hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('矩阵');
    ws.getCell('A1').value = 'lanewise:process:p1';
    ws.getCell('B2').value = 'R/A';
    ws.getCell('C3').value = 42;
    ws.getCell('D4').value = { richText: [{ text: '研发' }, { text: '部', font: { bold: true } }] };
    ws.mergeCells('D4:E5');
    wb.addWorksheet('隐藏', { state: 'veryHidden' }).getCell('A1').value = 'x';
    const path = join(folder, 'exceljs.xlsx');
    await wb.xlsx.writeFile(path);

    const data = await readWorkbookFile(path, { fileName: 'exceljs.xlsx' });
    const matrix = sheet(data, '矩阵');
    expect([cellText(matrix, 1, 1), cellText(matrix, 2, 2), cellText(matrix, 3, 3), cellText(matrix, 4, 4)]).toEqual(['lanewise:process:p1', 'R/A', '42', '研发部']);
    expect(cellAt(matrix, 3, 3)?.type).toBe('number');
    expect(mergeAt(matrix, 5, 5)).toEqual({ top: 4, left: 4, bottom: 5, right: 5 });
    expect(sheet(data, '隐藏').state).toBe('veryHidden');
  });

  it.skipIf(!openpyxlPython)('reads a legacy note openpyxl wrote, which exceljs cannot open', async () => {
    const path = join(folder, 'note.xlsx');
    runOpenpyxl(
      `from openpyxl.comments import Comment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'S'
ws['B2'] = 'R'; ws['B2'].comment = Comment('请再确认', '王经理')
ws['C3'] = '=1+1'
ws['D4'] = '=IF(1,"A","")'
wb.save(sys.argv[1])`,
      path,
    );
    await expect(new ExcelJS.Workbook().xlsx.readFile(path)).rejects.toThrow(/comments/);
    const s = sheet(await readWorkbookFile(path, { fileName: 'note.xlsx' }), 'S');
    expect(s.notes.get('B2')).toEqual([{ author: '王经理', text: '请再确认', writtenAt: '' }]);
    // openpyxl calculates nothing: both formulas come without a cached value.
    expect(cellAt(s, 3, 3)).toEqual({ text: '', type: 'string', formula: { cached: false } });
    expect(cellAt(s, 4, 4)?.formula).toEqual({ cached: false });
  });

  it.skipIf(!hasLibreOffice)('reads LibreOffice\'s rewrite: cached formula values, notes and shared strings', { timeout: 120_000 }, async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet A');
    ws.getCell('B2').value = 'C';
    ws.getCell('B3').value = { formula: 'LOWER("R")&"/a"' } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').note = { texts: [{ text: 'Check with finance' }] };
    const dir = join(folder, 'lo');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'client.xlsx');
    await wb.xlsx.writeFile(path);
    const s = sheet(await readWorkbookFile(resaveWithLibreOffice(path, dir), { fileName: 'client.xlsx' }), 'Sheet A');
    expect(cellText(s, 2, 2)).toBe('C');
    expect(cellAt(s, 3, 2)).toEqual({ text: 'r/a', type: 'string', formula: { cached: true } });
    expect(s.notes.get('B2')?.map((n) => n.text)).toEqual(['Check with finance']);
  });

  it('reads inline strings, rich text without its phonetic guide, escapes, booleans, errors and cells without a reference', async () => {
    const bytes = buildZip(
      workbookEntries(
        [
          {
            name: 'S',
            xml: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>in</t></is></c><c r="B1" t="inlineStr"><is><r><t>ri</t></r><r><rPr><b/></rPr><t>ch</t></r><rPh><t>フリ</t></rPh></is></c></row>
<row r="2"><c r="A2" t="s"><v>0</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c><v>1.50</v></c></row>
<row><c r="A3" t="str"><f>A1</f><v>in</v></c><c r="B3"><f>1/0</f></c></row></sheetData>`,
          },
        ],
        { sharedStrings: ['line_x000D_\nbreak'] },
      ),
    );
    const s = sheet(await readWorkbook(bytes, { fileName: 'crafted.xlsx' }), 'S');
    expect([cellText(s, 1, 1), cellText(s, 1, 2)]).toEqual(['in', 'rich']);
    expect(cellAt(s, 2, 1)?.text).toBe('line\r\nbreak');
    expect([cellAt(s, 2, 2), cellAt(s, 2, 3), cellAt(s, 2, 4)]).toEqual([
      { text: 'TRUE', type: 'boolean' },
      { text: '#N/A', type: 'error' },
      { text: '1.5', type: 'number' },
    ]);
    expect(cellAt(s, 3, 1)).toEqual({ text: 'in', type: 'string', formula: { cached: true } });
    expect(cellAt(s, 3, 2)).toEqual({ text: '', type: 'string', formula: { cached: false } });
  });

  it('reads threaded comments with their authors and times, over the legacy copy Excel writes beside them', async () => {
    const bytes = buildZip(
      workbookEntries(
        [
          {
            name: 'S',
            xml: '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>R</t></is></c></row></sheetData>',
            rels: [
              [`${REL}/comments`, '../comments1.xml'],
              ['http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '/xl/threadedComments/threadedComment1.xml'],
            ],
          },
        ],
        {
          workbookRels: [['http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml']],
          extra: [
            {
              name: 'xl/comments1.xml',
              data: '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>tc={1}</author></authors><commentList><comment ref="B2" authorId="0"><text><t>[Threaded comment] Your version of Excel allows you to read this threaded comment</t></text></comment></commentList></comments>',
            },
            {
              name: 'xl/threadedComments/threadedComment1.xml',
              data: '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" dT="2026-03-02T08:15:00.00" personId="{P1}" id="{1}"><text>应由财务牵头</text></threadedComment><threadedComment ref="B2" dT="2026-03-02T09:00:00.00" personId="{P2}" id="{2}" parentId="{1}"><text>同意</text></threadedComment></ThreadedComments>',
            },
            {
              name: 'xl/persons/person.xml',
              data: '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="李娜" id="{P1}" userId="li" providerId="None"/><person displayName="Tom" id="{P2}" userId="t" providerId="None"/></personList>',
            },
          ],
        },
      ),
    );
    const s = sheet(await readWorkbook(bytes, { fileName: 'threads.xlsx' }), 'S');
    expect(s.notes.get('B2')).toEqual([
      { author: '李娜', text: '应由财务牵头', writtenAt: '2026-03-02T08:15:00.00' },
      { author: 'Tom', text: '同意', writtenAt: '2026-03-02T09:00:00.00' },
    ]);
  });

  it('keeps ids like __proto__ as plain values', async () => {
    const bytes = buildZip(workbookEntries([{ name: '__proto__', xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>__proto__</t></is></c></row></sheetData>' }]));
    const data = await readWorkbook(bytes, { fileName: 'proto.xlsx' });
    expect(cellText(data.sheets[0]!, 1, 1)).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('workbooks refused before they cost time or memory', () => {
  it('a zip bomb (4 MB on disk, 3 GB unpacked) whose directory tells the truth, without unpacking it', async () => {
    const bytes = buildZip(workbookEntries([{ name: 'S', xml: bombStream('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>', 3000) }]));
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const err = await refusal(readWorkbook(bytes, { fileName: '炸弹.xlsx' }));
    expect(err.key).toBe('workbook.too-large');
    expect(err.message).toBe('"炸弹.xlsx" is too large to import (more than 64 MB, unpacked); nothing was imported');
  });

  it('the same bomb whose directory lies about its size, after unpacking no more than the limit', async () => {
    const bytes = buildZip([...workbookEntries([{ name: 'S', xml: bombStream('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>', 3000) }])].map((e) => (e.deflated ? { ...e, claimedSize: 1000 } : e)));
    const err = await refusal(readWorkbook(bytes, { fileName: 'bomb.xlsx' }));
    expect(err.key).toBe('workbook.too-large');
  });

  it('a sheet of 600,000 rows', async () => {
    const rows = Array.from({ length: 600_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const bytes = buildZip(workbookEntries([{ name: 'Big', xml: `<sheetData>${rows}</sheetData>` }]));
    const err = await refusal(readWorkbook(bytes, { fileName: 'rows.xlsx' }));
    expect(err.key).toBe('workbook.too-many-rows');
    expect(err.message).toBe('Sheet "Big" of "rows.xlsx" has more than 100000 rows; nothing was imported');
  });

  it('but not when that sheet is one the caller does not want: it is skipped after its first rows', async () => {
    const rows = Array.from({ length: 600_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const bytes = buildZip(workbookEntries([{ name: 'Big', xml: `<sheetData>${rows}</sheetData>` }, { name: 'Mine', xml: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' }]));
    const data = await readWorkbook(bytes, { fileName: 'rows.xlsx', wanted: (head) => head.name === 'Mine' });
    expect(data.sheets.map((s) => s.name)).toEqual(['Mine']);
  });

  it('values beyond the column limit, and more filled cells than the workbook may hold', async () => {
    const wide = buildZip(workbookEntries([{ name: 'Wide', xml: '<sheetData><row r="1"><c r="DCZ1"><v>1</v></c></row></sheetData>' }]));
    expect((await refusal(readWorkbook(wide, { fileName: 'w.xlsx' }))).key).toBe('workbook.too-many-columns');
    const cells = Array.from({ length: 50 }, (_, i) => `<c r="${'ABCDEFGHIJ'[i % 10]}${Math.floor(i / 10) + 1}"><v>1</v></c>`).join('');
    const many = buildZip(workbookEntries([{ name: 'Many', xml: `<sheetData><row r="1">${cells}</row></sheetData>` }]));
    expect((await refusal(readWorkbook(many, { fileName: 'm.xlsx', limits: { cells: 20 } }))).key).toBe('workbook.too-many-cells');
  });

  it('a document type (the billion laughs), a damaged part, two parts of one name', async () => {
    const laughs = buildZip(workbookEntries([{ name: 'S', xml: '' }]).map((e) => (e.name === 'xl/workbook.xml' ? { ...e, data: `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>${String(e.data)}` } : e)));
    const err = await refusal(readWorkbook(laughs, { fileName: 'lol.xlsx' }));
    expect(err.key).toBe('workbook.damaged');
    expect(err.params.detail).toMatch(/^xl\/workbook\.xml: .*document type/);
    const broken = buildZip(workbookEntries([{ name: 'S', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>' }]));
    expect((await refusal(readWorkbook(broken, { fileName: 'b.xlsx' }))).params.detail).toMatch(/^xl\/worksheets\/sheet1\.xml: /);
    const twice = buildZip([...workbookEntries([{ name: 'S', xml: '' }]), { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect((await refusal(readWorkbook(twice, { fileName: 't.xlsx' }))).params.detail).toBe('two parts named xl/workbook.xml');
  });

  it('files that are not workbooks, each with its own message naming the file', async () => {
    const cases: Array<[string, Buffer | null, string]> = [
      ['notes.xlsx', Buffer.from('节点编号,节点名称\n'), '"notes.xlsx" is not an Excel workbook (.xlsx)'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '"old.xls" is an old-format Excel file (.xls); save it as an Excel workbook (.xlsx) and import that'],
      ['locked.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')]), '"locked.xlsx" is protected with a password; save a copy without the password and import that'],
      ['letter.docx.xlsx', buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]), '"letter.docx.xlsx" is not an Excel workbook (.xlsx)'],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(folder, name);
      writeFileSync(path, bytes!);
      expect((await refusal(readWorkbookFile(path, { fileName: name }))).message).toBe(message);
    }
    const exported = join(folder, 'cut.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 'x';
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    writeFileSync(exported, whole.subarray(0, whole.length >> 1));
    expect((await refusal(readWorkbookFile(exported, { fileName: 'cut.xlsx' }))).key).toBe('workbook.damaged');
    expect((await refusal(readWorkbookFile(join(folder, 'missing.xlsx'), { fileName: 'missing.xlsx' }))).message).toBe('"missing.xlsx" does not exist');
    expect((await refusal(readWorkbookFile(folder, { fileName: 'folder.xlsx' }))).key).toBe('workbook.folder');
  });
});
