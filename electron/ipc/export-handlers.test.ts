import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('Excel import in the browser host', () => {
  it('previews a client edit, applies it as one undoable change, and refuses a stale token', async () => {
    const { dispatch, current, download } = await setup();
    const xlsx = download(await dispatch('export.file', { kind: 'xlsx' }));
    const unchanged = await dispatch('import.xlsxPreview', { fileName: 'raci.xlsx', base64: xlsx.bytes.toString('base64') });
    expect(unchanged).toMatchObject({ ok: true, value: { added: 0, removed: 0, changed: 0, token: '' } });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    let edited: { row: number; col: number } | null = null;
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (!edited && r > 5 && c > 3 && cell.value === 'C') edited = { row: r, col: c };
      });
    });
    expect(edited).not.toBeNull();
    sheet.getCell(edited!.row, edited!.col).value = 'i';
    const changedBytes = Buffer.from(await book.xlsx.writeBuffer());

    const preview = await dispatch('import.xlsxPreview', { fileName: 'client.xlsx', base64: changedBytes.toString('base64') });
    expect(preview).toMatchObject({ ok: true, value: { changed: 1, added: 0, removed: 0 } });
    const view = (preview as { ok: true; value: ImportPreviewView }).value;
    expect(view.changes[0]).toMatchObject({ before: 'C', after: 'I' });

    const before = structuredClone(current().state.raci);
    expect(await dispatch('import.xlsxApply', { token: 'stale' })).toMatchObject({ ok: false, error: { code: 'import' } });
    expect(await dispatch('import.xlsxApply', { token: view.token })).toMatchObject({ ok: true, value: { canUndo: true } });
    expect(current().state.raci).not.toEqual(before);
    await dispatch('project.undo', {});
    expect(current().state.raci).toEqual(before);
    expect(await dispatch('import.xlsxApply', { token: view.token })).toMatchObject({ ok: false, error: { code: 'import' } });
  }, 60_000);

  it('a file that is not a workbook gets a clear error and changes nothing', async () => {
    const { dispatch, current, download } = await setup();
    const before = structuredClone(current().state);
    const r = await dispatch('import.xlsxPreview', { fileName: 'notes.txt', base64: Buffer.from('hello').toString('base64') });
    expect(r).toMatchObject({ ok: false, error: { code: 'import' } });
    expect(current().state).toEqual(before);
  });
});
