import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportKind } from '../../shared/ipc/contract';
import type { ReportProgress } from '../../shared/jobs/job-progress';
import type { ProjectState } from '../../shared/model/project-state';
import { renderProcessSvg } from '../../shared/diagram/process-svg';
import { checkProject } from '../../shared/raci/raci-checker';
import { svgToPngAsync } from '../diagram/diagram-png';
import { safeFileBase } from '../diagram/diagram-file-names';
import { decisionsForExport, findingsForExport } from '../excel/findings-for-export';
import { processWordPictures, warmPictureDrawing } from '../pictures/picture-drawing';
import { ExportError } from './export-error';

export interface ExportedFile {
  fileName: string;
  mime: string;
  bytes: Buffer;
}

export const MIME: Record<ExportKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  diagramsPdf: 'application/pdf',
  bpmn: 'application/xml',
  tableXlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  tableCsv: 'text/csv',
};
/** Per-process files and their extension. */
const PROCESS_FILES = { bpmn: 'bpmn', tableXlsx: 'xlsx', tableCsv: 'csv' } as const;

const TITLES = {
  xlsx: { 'zh-CN': 'RACI 责任矩阵', en: 'RACI matrix' },
  docx: { 'zh-CN': '跨部门协作管理办法', en: 'Cross-Department Collaboration Policy' },
  diagramsPdf: { 'zh-CN': '泳道图', en: 'swimlane diagram' },
} as const;

const ignoreProgress: ReportProgress = () => undefined;

// The writers (exceljs, docx, pdfkit, bpmn-moddle) load when their kind is first asked for: a job
// worker starts for one export, and loading them all took half its start.

export async function raciWorkbookBytes(state: ProjectState, processIds?: readonly string[], report = ignoreProgress): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'lanewise-export-'));
  try {
    const outPath = join(dir, 'raci.xlsx');
    const findings = findingsForExport(state, checkProject(state));
    report('writing', 0.2);
    const { exportRaciWorkbook } = await import('../excel/raci-workbook-export');
    await exportRaciWorkbook(state, {
      outPath,
      ...(processIds ? { processIds } : {}),
      findings,
      decisions: decisionsForExport(state),
    });
    report('writing', 0.9);
    return await readFile(outPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function processPng(state: ProjectState, processId: string): Promise<Buffer> {
  return svgToPngAsync(renderProcessSvg(state, processId));
}

/** Drawing the pictures is most of the time: the fraction follows the processes drawn, then the document is put together. */
export async function policyDocxBytes(state: ProjectState, report = ignoreProgress): Promise<Buffer> {
  const total = Math.max(1, Object.keys(state.tables.processes).length);
  let drawn = 0;
  warmPictureDrawing();
  report('drawing', 0);
  const { exportPolicyDocx } = await import('../word/policy-docx-export');
  return exportPolicyDocx(state, {
    renderPng: async (processId) => {
      const pictures = await processWordPictures(state, processId);
      drawn++;
      if (drawn >= total) report('writing', 0.9);
      else report('drawing', (0.9 * drawn) / total);
      return pictures;
    },
  });
}

/** The process a per-process file is of; a diagram or process file needs one. */
function processOf(state: ProjectState, processId: string | undefined, message: string) {
  const process = processId ? state.tables.processes[processId] : undefined;
  if (!process) throw new ExportError(message);
  return process;
}

/** The name and type of a deliverable, known before it is made (the save dialog offers the name). */
export function exportFileName(state: ProjectState, kind: ExportKind, processId?: string): { fileName: string; mime: string } {
  if (processId !== undefined && !Object.hasOwn(state.tables.processes, processId)) throw new ExportError('That process no longer exists; choose another to export');
  const lang = state.meta.language;
  const project = safeFileBase(state.meta.name, lang);
  const named = (fileName: string) => ({ fileName, mime: MIME[kind] });
  switch (kind) {
    case 'xlsx':
      return named(`${project} ${TITLES.xlsx[lang]}.xlsx`);
    case 'docx':
      return named(`${project} ${TITLES.docx[lang]}.docx`);
    case 'pdf':
      return named(`${project} ${TITLES.docx[lang]}.pdf`);
    case 'diagramsPdf': {
      const process = processId ? state.tables.processes[processId] : undefined;
      return named(`${process ? safeFileBase(process.name, lang) : project} ${TITLES.diagramsPdf[lang]}.pdf`);
    }
    case 'bpmn':
    case 'tableXlsx':
    case 'tableCsv':
      return named(`${safeFileBase(processOf(state, processId, 'Choose a process to export it').name, lang)}.${PROCESS_FILES[kind]}`);
    case 'svg':
    case 'png':
      return named(`${safeFileBase(processOf(state, processId, 'Choose a process to export its diagram').name, lang)}.${kind}`);
  }
}

async function exportBytes(state: ProjectState, kind: ExportKind, processId: string | undefined, report: ReportProgress): Promise<Buffer> {
  switch (kind) {
    case 'xlsx':
      return raciWorkbookBytes(state, processId ? [processId] : undefined, report);
    case 'docx':
      return policyDocxBytes(state, report);
    case 'pdf':
      report('writing', 0);
      return (await import('../pdf/policy-pdf')).policyPdfBytes(state);
    case 'diagramsPdf':
      report('drawing', 0);
      return (await import('../pdf/diagrams-pdf')).diagramsPdfBytes(state, processId ? [processId] : undefined);
    case 'bpmn':
    case 'tableXlsx':
    case 'tableCsv':
      report('writing', 0);
      return (await import('../interchange/process-files')).processFileBytes(state, processOf(state, processId, 'Choose a process to export it').id, PROCESS_FILES[kind]);
    case 'svg':
      return Buffer.from(renderProcessSvg(state, processOf(state, processId, 'Choose a process to export its diagram').id), 'utf8');
    case 'png':
      report('drawing', 0);
      return processPng(state, processOf(state, processId, 'Choose a process to export its diagram').id);
  }
}

/** One deliverable of the project as bytes with a file name in the project's language. */
export async function exportProjectFile(state: ProjectState, kind: ExportKind, processId?: string, report = ignoreProgress): Promise<ExportedFile> {
  const { fileName, mime } = exportFileName(state, kind, processId);
  return { fileName, mime, bytes: await exportBytes(state, kind, processId, report) };
}
