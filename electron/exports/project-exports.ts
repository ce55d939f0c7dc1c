import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportKind } from '../../shared/ipc/contract';
import type { ProjectState } from '../../shared/model/project-state';
import { renderProcessSvg, renderProcessSvgParts } from '../../shared/diagram/process-svg';
import { checkProject } from '../../shared/raci/raci-checker';
import { svgSize, svgToPngAsync } from '../diagram/diagram-png';
import { safeFileBase } from '../diagram/diagram-file-names';
import { decisionsForExport, findingsForExport } from '../excel/findings-for-export';
import { exportRaciWorkbook } from '../excel/raci-workbook-export';
import { exportPolicyDocx } from '../word/policy-docx-export';
import { printZoom } from '../word/word-page';
import { processFileBytes } from '../interchange/process-files';
import { diagramsPdfBytes } from '../pdf/diagrams-pdf';
import { policyPdfBytes } from '../pdf/policy-pdf';

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

export class ExportError extends Error {}

export async function raciWorkbookBytes(state: ProjectState, processIds?: readonly string[]): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'lanewise-export-'));
  try {
    const outPath = join(dir, 'raci.xlsx');
    await exportRaciWorkbook(state, {
      outPath,
      ...(processIds ? { processIds } : {}),
      findings: findingsForExport(state, checkProject(state)),
      decisions: decisionsForExport(state),
    });
    return await readFile(outPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Longest stretch of the flow one picture in the Word document shows: about ten steps, so step
 * names print at a readable size across a landscape page. Longer processes come in parts.
 */
const WORD_PART_LENGTH = 1800;
/** Resolution of the pictures where the Word document shows them: sharp in print, small to embed. */
const WORD_PICTURE_DPI = 300;
/** Longest side of a picture inside the Word document. */
const WORD_PICTURE_SIDE = 6000;

export function processPng(state: ProjectState, processId: string): Promise<Buffer> {
  return svgToPngAsync(renderProcessSvg(state, processId));
}

/** The pictures of a process for the policy document: the whole diagram, or its parts when it is long. */
export async function processWordPictures(state: ProjectState, processId: string): Promise<Buffer[]> {
  const parts = renderProcessSvgParts(state, processId, { maxLength: WORD_PART_LENGTH });
  const pictures: Buffer[] = [];
  // One at a time: the document draws two processes at once already, and each picture in flight holds its pixels.
  for (const svg of parts) {
    const size = svgSize(svg);
    pictures.push(await svgToPngAsync(svg, size ? printZoom(size.width, size.height, WORD_PICTURE_DPI) : 1, WORD_PICTURE_SIDE));
  }
  return pictures;
}

export async function policyDocxBytes(state: ProjectState): Promise<Buffer> {
  return exportPolicyDocx(state, { renderPng: (processId) => processWordPictures(state, processId) });
}

/** One deliverable of the project as bytes with a file name in the project's language. */
export async function exportProjectFile(state: ProjectState, kind: ExportKind, processId?: string): Promise<ExportedFile> {
  const lang = state.meta.language;
  const project = safeFileBase(state.meta.name, lang);
  if (processId !== undefined && !Object.hasOwn(state.tables.processes, processId)) throw new ExportError('That process no longer exists; choose another to export');
  switch (kind) {
    case 'xlsx':
      return { fileName: `${project} ${TITLES.xlsx[lang]}.xlsx`, mime: MIME.xlsx, bytes: await raciWorkbookBytes(state, processId ? [processId] : undefined) };
    case 'docx':
      return { fileName: `${project} ${TITLES.docx[lang]}.docx`, mime: MIME.docx, bytes: await policyDocxBytes(state) };
    case 'pdf':
      return { fileName: `${project} ${TITLES.docx[lang]}.pdf`, mime: MIME.pdf, bytes: await policyPdfBytes(state) };
    case 'diagramsPdf': {
      const process = processId ? state.tables.processes[processId] : undefined;
      const base = process ? `${safeFileBase(process.name, lang)} ${TITLES.diagramsPdf[lang]}` : `${project} ${TITLES.diagramsPdf[lang]}`;
      return { fileName: `${base}.pdf`, mime: MIME.diagramsPdf, bytes: await diagramsPdfBytes(state, process ? [process.id] : undefined) };
    }
    case 'bpmn':
    case 'tableXlsx':
    case 'tableCsv': {
      const process = processId ? state.tables.processes[processId] : undefined;
      if (!process) throw new ExportError('Choose a process to export it');
      const format = PROCESS_FILES[kind];
      return { fileName: `${safeFileBase(process.name, lang)}.${format}`, mime: MIME[kind], bytes: await processFileBytes(state, process.id, format) };
    }
    case 'svg':
    case 'png': {
      const process = processId ? state.tables.processes[processId] : undefined;
      if (!process) throw new ExportError('Choose a process to export its diagram');
      const base = safeFileBase(process.name, lang);
      const bytes = kind === 'svg' ? Buffer.from(renderProcessSvg(state, process.id), 'utf8') : await processPng(state, process.id);
      return { fileName: `${base}.${kind}`, mime: MIME[kind], bytes };
    }
  }
}
