import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardQuestionnaireCommands } from '../../shared/diagnosis/standard-questionnaire';
import type { ExportOutcome, Result } from '../../shared/ipc/contract';
import { fillSurveyForms } from '../../test/support/openpyxl-workbooks';
import { ProjectLibrary } from '../project/project-library';
import { Workspace } from '../project/workspace';
import { createDispatch } from './api-handlers';
import { DownloadStore } from '../exports/download-store';
import type { ExportDialogs } from './export-handlers';
import { sessionDispatch } from './session-dispatch';

const downloads = new DownloadStore();

async function setup(dialogs?: ExportDialogs) {
  const home = mkdtempSync(join(tmpdir(), 'lanewise-diagnosis-ipc-'));
  const workspace = new Workspace(new ProjectLibrary(home));
  const dispatch = sessionDispatch(createDispatch(workspace, { host: dialogs ? 'electron' : 'web', version: 'test', restrictToLibrary: !dialogs, downloads, ...(dialogs ? { exportDialogs: dialogs } : {}) }));
  await dispatch('project.create', { name: '诊断', language: 'zh-CN', templateId: 'product-launch' });
  const current = () => workspace.session(dispatch.session);
  current().execute(standardQuestionnaireCommands(current().state.tables.surveyDimensions, (p) => p + Math.random().toString(36).slice(2), '问卷'));
  return { home, dispatch, current };
}

const all = (v: number) => Object.fromEntries(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4'].map((c) => [c, v]));

function downloaded(result: Result<unknown>): { fileName: string; bytes: Buffer } {
  const outcome = (result as { ok: true; value: ExportOutcome }).value;
  if (outcome.kind !== 'download') throw new Error(`expected a download: ${JSON.stringify(result).slice(0, 200)}`);
  const file = downloads.take(outcome.url);
  if (!file) throw new Error(`nothing to download at ${outcome.url}`);
  return { fileName: outcome.fileName, bytes: file.bytes };
}

describe('diagnosis requests', () => {
  it('hands back the forms and the report named in the project language, and takes the filled forms back as one change', async () => {
    const { home, dispatch, current } = await setup();
    const form = downloaded(await dispatch('diagnosis.export', { kind: 'survey-xlsx' }));
    expect(form.fileName).toBe('诊断 跨部门协作现状调研问卷.xlsx');
    expect(downloaded(await dispatch('diagnosis.export', { kind: 'survey-docx' })).fileName).toBe('诊断 跨部门协作现状调研问卷.docx');
    expect(downloaded(await dispatch('diagnosis.export', { kind: 'history-xlsx' })).fileName).toBe('诊断 跨部门项目历史数据.xlsx');
    const template = join(home, 'form.xlsx');
    writeFileSync(template, form.bytes);
    fillSurveyForms(template, [
      { out: join(home, 'a.xlsx'), department: '市场部', answers: all(3) },
      { out: join(home, 'b.xlsx'), department: '销售部', answers: all(4) },
    ]);
    const files = ['a.xlsx', 'b.xlsx'].map((f) => ({ fileName: f, base64: readFileSync(join(home, f)).toString('base64') }));
    const imported = await dispatch('diagnosis.importSurvey', { files });
    expect(imported).toMatchObject({ ok: true, value: { kind: 'imported', added: 2, updated: 0, change: { canUndo: true } } });
    expect(Object.keys(current().state.tables.surveyResponses)).toHaveLength(2);
    // The same forms again: refused, nothing added.
    expect(await dispatch('diagnosis.importSurvey', { files })).toMatchObject({ ok: true, value: { kind: 'refused', total: 2, problems: [{ key: 'survey.duplicate' }, { key: 'survey.duplicate' }] } });
    expect(Object.keys(current().state.tables.surveyResponses)).toHaveLength(2);
    await dispatch('project.undo', {});
    expect(Object.keys(current().state.tables.surveyResponses)).toHaveLength(0);
    expect(downloaded(await dispatch('diagnosis.export', { kind: 'report-docx' })).fileName).toBe('诊断 跨部门协作现状调研报告.docx');
  }, 60_000);

  it('refuses a request without files in the browser host, and one of unknown kind', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('diagnosis.importHistory', {})).toMatchObject({ ok: false, error: { code: 'import' } });
    expect(await dispatch('diagnosis.export', { kind: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('on the desktop asks where to save and which workbooks to read; cancelling changes nothing', async () => {
    const saved: string[] = [];
    let choice: string[] | null = null;
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-diagnosis-desktop-'));
    const dialogs: ExportDialogs = {
      chooseExportPath: async (fileName) => {
        saved.push(fileName);
        return join(dir, 'out.xlsx');
      },
      chooseWorkbooksToImport: async () => choice,
      chooseWorkbookToImport: async () => null,
      chooseProcessFileToImport: async () => null,
    };
    const { dispatch } = await setup(dialogs);
    expect(await dispatch('diagnosis.export', { kind: 'survey-xlsx' })).toEqual({ ok: true, value: { kind: 'saved', path: join(dir, 'out.xlsx') } });
    expect(saved).toEqual(['诊断 跨部门协作现状调研问卷.xlsx']);
    expect(await dispatch('diagnosis.importSurvey', {})).toEqual({ ok: true, value: { kind: 'cancelled' } });
    choice = [join(dir, 'out.xlsx')];
    // The blank form itself: nobody answered.
    expect(await dispatch('diagnosis.importSurvey', {})).toMatchObject({ ok: true, value: { kind: 'refused', problems: [{ key: 'survey.empty', params: { source: 'out.xlsx' } }] } });
  });
});
