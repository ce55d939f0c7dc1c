import type { DiagnosisExportKind } from '../../shared/ipc/diagnosis-requests';
import type { ReportProgress } from '../../shared/jobs/job-progress';
import type { ProjectState } from '../../shared/model/project-state';
import { safeFileBase } from '../diagram/diagram-file-names';
import { chartPicture, processWordPictures, warmPictureDrawing } from '../pictures/picture-drawing';
import { MIME, type ExportedFile } from './project-exports';
import { formLabels } from '../../shared/diagnosis/form-labels';
import { reportLabels } from '../../shared/diagnosis/report-labels';


export async function statusReportBytes(state: ProjectState, date?: Date): Promise<Buffer> {
  warmPictureDrawing();
  const { exportStatusReport } = await import('../report/status-report-docx');
  return exportStatusReport(state, { drawing: { renderDiagram: (id) => processWordPictures(state, id), renderChart: chartPicture }, ...(date ? { date } : {}) });
}

/** Where a deliverable of the diagnosis is saved: the kind of file the save dialog offers. */
export const DIAGNOSIS_EXTENSION: Record<DiagnosisExportKind, 'xlsx' | 'docx'> = { 'survey-xlsx': 'xlsx', 'survey-docx': 'docx', 'history-xlsx': 'xlsx', 'report-docx': 'docx' };

/** The name and type of a deliverable of the diagnosis, in the project's language, known before it is made. */
export function diagnosisFileName(state: ProjectState, kind: DiagnosisExportKind): { fileName: string; mime: string } {
  const lang = state.meta.language;
  const form = formLabels(lang);
  const title = { 'survey-xlsx': form.title, 'survey-docx': form.title, 'history-xlsx': form.historyTitle, 'report-docx': reportLabels(lang).title }[kind];
  const extension = DIAGNOSIS_EXTENSION[kind];
  return { fileName: `${safeFileBase(state.meta.name, lang)} ${safeFileBase(title, lang)}.${extension}`, mime: MIME[extension] };
}

// Each writer loads when its deliverable is first asked for (see project-exports).
async function diagnosisBytes(state: ProjectState, kind: DiagnosisExportKind): Promise<Buffer> {
  switch (kind) {
    case 'survey-xlsx':
      return (await import('../survey/survey-form-workbook')).surveyWorkbookBytes(state);
    case 'survey-docx':
      return (await import('../survey/survey-paper-form')).surveyPaperFormBytes(state);
    case 'history-xlsx':
      return (await import('../survey/history-workbook')).historyWorkbookBytes(state);
    case 'report-docx':
      return statusReportBytes(state);
  }
}

/** A deliverable of the diagnosis as bytes, named in the project's language. */
export async function exportDiagnosisFile(state: ProjectState, kind: DiagnosisExportKind, report: ReportProgress = () => undefined): Promise<ExportedFile> {
  report(kind === 'report-docx' ? 'drawing' : 'writing', 0);
  const bytes = await diagnosisBytes(state, kind);
  report('writing', 1);
  return { ...diagnosisFileName(state, kind), bytes };
}
