import type { ProjectState } from '../../shared/model/project-state';
import { svgSize, svgToPngAsync } from '../diagram/diagram-png';
import { safeFileBase } from '../diagram/diagram-file-names';
import { exportStatusReport } from '../report/status-report-docx';
import { historyWorkbookBytes } from '../survey/history-workbook';
import { surveyPaperFormBytes } from '../survey/survey-paper-form';
import { surveyWorkbookBytes } from '../survey/survey-form-workbook';
import { printZoom } from '../word/word-page';
import { MIME, processWordPictures, type ExportedFile } from './project-exports';
import { formLabels } from '../../shared/diagnosis/form-labels';
import { reportLabels } from '../../shared/diagnosis/report-labels';

export const DIAGNOSIS_EXPORTS = ['survey-xlsx', 'survey-docx', 'history-xlsx', 'report-docx'] as const;
export type DiagnosisExport = (typeof DIAGNOSIS_EXPORTS)[number];

/** Charts print at this resolution where the report shows them. */
const CHART_DPI = 300;

export function chartPng(svg: string): Promise<Buffer> {
  const size = svgSize(svg);
  return svgToPngAsync(svg, size ? printZoom(size.width, size.height, CHART_DPI) : 2);
}

export function statusReportBytes(state: ProjectState, date?: Date): Promise<Buffer> {
  return exportStatusReport(state, { drawing: { renderDiagram: (id) => processWordPictures(state, id), renderChart: chartPng }, ...(date ? { date } : {}) });
}

/** A deliverable of the diagnosis as bytes, named in the project's language. */
export async function exportDiagnosisFile(state: ProjectState, kind: DiagnosisExport): Promise<ExportedFile> {
  const lang = state.meta.language;
  const project = safeFileBase(state.meta.name, lang);
  const form = formLabels(lang);
  const named = (title: string, extension: string) => `${project} ${safeFileBase(title, lang)}.${extension}`;
  switch (kind) {
    case 'survey-xlsx':
      return { fileName: named(form.title, 'xlsx'), mime: MIME.xlsx, bytes: await surveyWorkbookBytes(state) };
    case 'survey-docx':
      return { fileName: named(form.title, 'docx'), mime: MIME.docx, bytes: await surveyPaperFormBytes(state) };
    case 'history-xlsx':
      return { fileName: named(form.historyTitle, 'xlsx'), mime: MIME.xlsx, bytes: await historyWorkbookBytes(state) };
    case 'report-docx':
      return { fileName: named(reportLabels(lang).title, 'docx'), mime: MIME.docx, bytes: await statusReportBytes(state) };
  }
}
