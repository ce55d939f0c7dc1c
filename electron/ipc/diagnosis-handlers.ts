import { randomUUID } from 'node:crypto';
import { problem } from '../../shared/diagnosis/import-problems';
import type { ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import { DIAGNOSIS_EXTENSION, diagnosisFileName } from '../exports/diagnosis-exports';
import type { DownloadStore } from '../exports/download-store';
import type { JobRunner } from '../jobs/job-runner';
import { deliverExport, ImportRequestError, type ExportDialogs } from './export-handlers';
import type { ProjectSession } from '../project/project-session';
import { planHistoryFile } from '../survey/history-import';
import { listedProblems, planSurveyFiles } from '../survey/survey-import';
import { chosenWorkbook, type UploadedWorkbook } from '../survey/uploaded-workbook';

type DiagnosisChannel = 'diagnosis.export' | 'diagnosis.importSurvey' | 'diagnosis.importHistory';
type DiagnosisHandlers = { [C in DiagnosisChannel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> };

/** All uploads of one import together: more than the browser host accepts in one request anyway. */
const MAX_TOTAL_BYTES = 48 * 1024 * 1024;

type Uploads = { files: UploadedWorkbook[] } | { cancelled: true } | { tooLarge: number };

async function uploads(request: ParsedRequestOf<'diagnosis.importSurvey'>, dialogs: ExportDialogs | undefined, multiple: boolean): Promise<Uploads> {
  if (request.files) {
    const files = request.files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.base64, 'base64') }));
    const total = files.reduce((n, f) => n + f.bytes.length, 0);
    return total > MAX_TOTAL_BYTES ? { tooLarge: total } : { files };
  }
  if (!dialogs) throw ImportRequestError.keyed('import.choose-file');
  const paths = await dialogs.chooseWorkbooksToImport(multiple);
  if (!paths || paths.length === 0) return { cancelled: true };
  return { files: paths.map(chosenWorkbook) };
}

const now = () => new Date().toISOString();

/**
 * Exports and imports of the diagnosis: exports run as jobs like the others (a download in the
 * browser, a save dialog on the desktop); imports take uploaded bytes or the desktop's open dialog.
 */
export function diagnosisHandlers(session: (id: string) => ProjectSession, dialogs: ExportDialogs | undefined, jobs: JobRunner, downloads: DownloadStore): DiagnosisHandlers {
  return {
    'diagnosis.export': (r) => {
      const { state } = session(r.session);
      const job = jobs.start({ type: 'diagnosisExport', state, kind: r.kind }, r.session);
      return deliverExport(job, { jobs, dialogs, downloads, fileName: diagnosisFileName(state, r.kind).fileName, kind: DIAGNOSIS_EXTENSION[r.kind] });
    },
    'diagnosis.importSurvey': async (r) => {
      const current = session(r.session);
      const chosen = await uploads(r, dialogs, true);
      if ('cancelled' in chosen) return { kind: 'cancelled' };
      if ('tooLarge' in chosen) return { kind: 'refused', problems: [problem('survey.upload-too-large', { detail: `${Math.round(chosen.tooLarge / 1048576)} MB > ${MAX_TOTAL_BYTES / 1048576} MB` })], total: 1 };
      const label = current.state.meta.language === 'zh-CN' ? '导入问卷' : 'Import questionnaires';
      const plan = await planSurveyFiles(current.state, chosen.files, { newId: (prefix) => prefix + randomUUID(), now: now(), label });
      if (plan.problems.length > 0 || !plan.command) {
        const problems = plan.problems.length > 0 ? plan.problems : [problem('survey.empty', { source: chosen.files.map((f) => f.name).join(', ') })];
        return { kind: 'refused', problems: listedProblems(problems), total: problems.length };
      }
      return { kind: 'imported', change: current.execute(plan.command, label), added: plan.responses, updated: 0 };
    },
    'diagnosis.importHistory': async (r) => {
      const current = session(r.session);
      const chosen = await uploads(r, dialogs, false);
      if ('cancelled' in chosen) return { kind: 'cancelled' };
      if ('tooLarge' in chosen) return { kind: 'refused', problems: [problem('survey.upload-too-large', { detail: `${Math.round(chosen.tooLarge / 1048576)} MB > ${MAX_TOTAL_BYTES / 1048576} MB` })], total: 1 };
      const file = chosen.files[0]!;
      const label = current.state.meta.language === 'zh-CN' ? '导入历史数据' : 'Import history data';
      const plan = await planHistoryFile(current.state, file, { newId: (prefix) => prefix + randomUUID(), label });
      if (plan.problems.length > 0) return { kind: 'refused', problems: listedProblems(plan.problems), total: plan.problems.length };
      if (!plan.command) return { kind: 'refused', problems: [problem('history.empty', { source: file.name })], total: 1 };
      return { kind: 'imported', change: current.execute(plan.command, label), added: plan.added, updated: plan.updated };
    },
  };
}
