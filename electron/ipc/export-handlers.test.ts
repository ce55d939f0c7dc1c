import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userErrorText, type UserErrorKey } from '../../shared/errors/user-errors';
import type { ExportOutcome, ImportPreviewView, Result } from '../../shared/ipc/contract';
import { ProjectLibrary } from '../project/project-library';
import { Workspace } from '../project/workspace';
import { DownloadStore } from '../exports/download-store';
import { createDispatch } from './api-handlers';
import { sessionDispatch } from './session-dispatch';

async function setup() {
  const home = mkdtempSync(join(tmpdir(), 'lanewise-export-'));
  const workspace = new Workspace(new ProjectLibrary(home));
  const downloads = new DownloadStore();
  const dispatch = sessionDispatch(createDispatch(workspace, { host: 'web', version: 'test', restrictToLibrary: true, downloads }));
  await dispatch('project.create', { name: '上线项目', language: 'zh-CN', templateId: 'product-launch' });
  const download = (result: Result<unknown>): { fileName: string; bytes: Buffer } => {
    expect(result.ok).toBe(true);
    const outcome = (result as { ok: true; value: ExportOutcome }).value;
    if (outcome.kind !== 'download') throw new Error(`expected a download, got ${outcome.kind}`);
    const file = downloads.take(outcome.url);
    if (!file) throw new Error(`nothing to download at ${outcome.url}`);
    // Fetched once: the second time there is nothing.
    expect(downloads.take(outcome.url)).toBeNull();
    return { fileName: outcome.fileName, bytes: file.bytes };
  };
  return { workspace, dispatch, download, current: () => workspace.session(dispatch.session) };
}

describe('exports in the browser host', () => {
  it('hands back the RACI workbook, the policy draft and a diagram as downloads named in the project language', async () => {
    const { dispatch, current, download } = await setup();
    const xlsx = download(await dispatch('export.file', { kind: 'xlsx' }));
    expect(xlsx.fileName).toBe('上线项目 RACI 责任矩阵.xlsx');
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
    const docx = download(await dispatch('export.file', { kind: 'docx' }));
    expect(docx.fileName).toMatch(/跨部门协作管理办法\.docx$/);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    const processId = Object.keys(current().state.tables.processes)[0]!;
    const png = download(await dispatch('export.file', { kind: 'png', processId }));
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const svg = download(await dispatch('export.file', { kind: 'svg', processId }));
    expect(svg.bytes.toString('utf8')).toContain('需求评审');
  }, 60_000);

  it('a diagram export needs a process', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('export.file', { kind: 'png' })).toMatchObject({ ok: false, error: { code: 'export' } });
  });

  it('an export of a process that does not exist is refused as an export error, not an internal one', async () => {
    const { dispatch } = await setup();
    for (const kind of ['xlsx', 'svg'] as const) {
      expect(await dispatch('export.file', { kind, processId: 'gone' })).toMatchObject({ ok: false, error: { code: 'export', key: 'export.failed' } });
    }
  });
});

/** The first RACI cell of the first matrix holding `letters`, as the export wrote it. */
function findCell(sheet: ExcelJS.Worksheet, letters: string): { row: number; col: number } {
  let found: { row: number; col: number } | null = null;
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (!found && r > 5 && c > 3 && cell.value === letters) found = { row: r, col: c };
    });
  });
  if (!found) throw new Error(`no cell holding ${letters}`);
  return found;
}

async function edit(bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  change(book.worksheets[0]!);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

const viewOf = (r: Result<unknown>) => (r as { ok: true; value: ImportPreviewView }).value;

describe('Excel import in the browser host', () => {
  it('previews a client edit, applies it as one undoable change, and refuses a stale token', async () => {
    const { dispatch, current, download } = await setup();
    const xlsx = download(await dispatch('export.file', { kind: 'xlsx' }));
    const unchanged = await dispatch('import.xlsxPreview', { fileName: 'raci.xlsx', base64: xlsx.bytes.toString('base64') });
    expect(unchanged).toMatchObject({ ok: true, value: { record: 'found', counts: { applied: 0, kept: 0, conflicts: 0, bad: 0, notes: 0 }, token: '' } });

    const base64 = await edit(xlsx.bytes, (sheet) => {
      const at = findCell(sheet, 'C');
      sheet.getCell(at.row, at.col).value = 'i';
    });
    const preview = await dispatch('import.xlsxPreview', { fileName: 'client.xlsx', base64 });
    expect(preview).toMatchObject({ ok: true, value: { fileName: 'client.xlsx', counts: { applied: 1, kept: 0, conflicts: 0 } } });
    const view = viewOf(preview);
    expect(view.applied[0]).toMatchObject({ base: 'C', mine: 'C', theirs: 'I' });

    const before = structuredClone(current().state.raci);
    expect(await dispatch('import.xlsxApply', { token: 'stale' })).toMatchObject({ ok: false, error: { code: 'import', key: 'import.stale-preview' } });
    expect(await dispatch('import.xlsxApply', { token: view.token })).toMatchObject({ ok: true, value: { canUndo: true } });
    expect(current().state.raci).not.toEqual(before);
    await dispatch('project.undo', {});
    expect(current().state.raci).toEqual(before);
    expect(await dispatch('import.xlsxApply', { token: view.token })).toMatchObject({ ok: false, error: { code: 'import' } });
  }, 60_000);

  it('a cell changed in the app and in the workbook waits for the user to settle it', async () => {
    const { dispatch, current, download } = await setup();
    const xlsx = download(await dispatch('export.file', { kind: 'xlsx' }));
    let stepId = '';
    let partyId = '';
    const base64 = await edit(xlsx.bytes, (sheet) => {
      const at = findCell(sheet, 'C');
      sheet.getCell(at.row, at.col).value = 'I';
      stepId = String(sheet.getCell(at.row, 1).value);
      partyId = String(sheet.getCell(3, at.col).value);
    });
    await dispatch('project.execute', { command: { type: 'setRaci', stepId, partyId, letters: 'R' } });
    const view = viewOf(await dispatch('import.xlsxPreview', { fileName: '客户.xlsx', base64 }));
    expect(view.counts.conflicts).toBe(1);
    expect(view.conflicts[0]).toMatchObject({ base: 'C', mine: 'R', theirs: 'I' });

    const refused = await dispatch('import.xlsxApply', { token: view.token });
    expect(refused).toMatchObject({ ok: false, error: { code: 'import', key: 'import.unsettled', params: { file: '客户.xlsx', count: '1' } } });
    expect(await dispatch('import.xlsxApply', { token: view.token, conflicts: { cells: [{ index: 0, take: 'theirs' }] } })).toMatchObject({ ok: true });
    expect(current().state.raci[stepId]?.[partyId]).toBe('I');
  }, 60_000);

  it('a file that is not a workbook gets a clear error naming the uploaded file, in both languages, and changes nothing', async () => {
    const { dispatch, current } = await setup();
    const before = structuredClone(current().state);
    const r = await dispatch('import.xlsxPreview', { fileName: '客户返回.xlsx', base64: Buffer.from('hello').toString('base64') });
    expect(r).toMatchObject({ ok: false, error: { code: 'import', key: 'workbook.not-xlsx', params: { file: '客户返回.xlsx' } } });
    const error = (r as { ok: false; error: { key: UserErrorKey; params: Record<string, string> } }).error;
    expect(userErrorText(error.key, error.params, 'zh-CN')).toBe('“客户返回.xlsx”不是 Excel 工作簿（.xlsx）');
    expect(current().state).toEqual(before);
  });
});
