import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportKind } from '../../shared/ipc/contract';
import type { ProjectState } from '../../shared/model/project-state';
import { renderProcessSvg } from '../../shared/diagram/process-svg';
import { checkProject } from '../../shared/raci/raci-checker';
import { svgToPngAsync } from '../diagram/diagram-png';
import { safeFileBase } from '../diagram/diagram-file-names';
import { decisionsForExport, findingsForExport } from '../excel/findings-for-export';
import { exportRaciWorkbook } from '../excel/raci-workbook-export';
import { exportPolicyDocx } from '../word/policy-docx-export';

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
};

const TITLES = {
  xlsx: { 'zh-CN': 'RACI 责任矩阵', en: 'RACI matrix' },
  docx: { 'zh-CN': '跨部门协作管理办法', en: 'Cross-Department Collaboration Policy' },
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

/** Longest side of a diagram inside the Word document: sharp at 600 dpi across a landscape page, a few hundred kB each. */
const WORD_PICTURE_SIDE = 6000;

export function processPng(state: ProjectState, processId: string, maxSide?: number): Promise<Buffer> {
  return svgToPngAsync(renderProcessSvg(state, processId), 2, maxSide);
}

export async function policyDocxBytes(state: ProjectState): Promise<Buffer> {
  return exportPolicyDocx(state, { renderPng: (processId) => processPng(state, processId, WORD_PICTURE_SIDE) });
}

/** One deliverable of the project as bytes with a file name in the project's language. */
export async function exportProjectFile(state: ProjectState, kind: ExportKind, processId?: string): Promise<ExportedFile> {
  const lang = state.meta.language;
  const project = safeFileBase(state.meta.name, lang);
  switch (kind) {
    case 'xlsx':
      return { fileName: `${project} ${TITLES.xlsx[lang]}.xlsx`, mime: MIME.xlsx, bytes: await raciWorkbookBytes(state, processId ? [processId] : undefined) };
    case 'docx':
      return { fileName: `${project} ${TITLES.docx[lang]}.docx`, mime: MIME.docx, bytes: await policyDocxBytes(state) };
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
