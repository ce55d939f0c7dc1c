import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { Document, Footer, Header, NumberFormat, Packer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { ProjectState } from '../../shared/model/project-state';
import { buildPolicyDocument } from '../../shared/policy/policy-document';
import type { PolicyDocument } from '../../shared/policy/policy-document-types';
import { policyLabels, type PolicyLabels } from '../../shared/policy/policy-labels';
import type { PolicyDocxOptions, RenderPng } from './policy-docx-types';
import { bodyRuns } from './word-blocks';
import { contentsPage, coverPage } from './word-cover';
import { pageProperties } from './word-page';
import { pngSize } from './png-size';
import { documentStyles, STYLE } from './word-styles';
import { typography } from './word-typography';

/** Diagrams drawn at once: one is outlined on this thread while the other is rasterised off it. */
const DRAWING_LANES = 2;

async function renderDiagrams(state: ProjectState, doc: PolicyDocument, renderPng: RenderPng): Promise<Map<string, readonly Uint8Array[]>> {
  const processIds = [...new Set(doc.chapters.flatMap((chapter) => chapter.blocks.flatMap((block) => (block.kind === 'diagram' ? [block.processId] : []))))];
  const drawn = new Map<string, readonly Uint8Array[]>();
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < processIds.length; i = next++) {
      const processId = processIds[i]!;
      try {
        const pictures = await renderPng(processId);
        const parts = pictures instanceof Uint8Array ? [pictures] : pictures;
        if (parts.length === 0) throw new Error('no picture');
        for (const png of parts) pngSize(png); // fails here, with the process named, rather than deep inside the layout
        drawn.set(processId, parts);
      } catch (e) {
        const name = state.tables.processes[processId]?.name ?? processId;
        throw new Error(`Could not draw the swimlane diagram of "${name}": ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    }
  };
  await Promise.all(Array.from({ length: DRAWING_LANES }, lane));
  return drawn;
}

function header(labels: PolicyLabels, status: string): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, text: labels.headerLine(labels.title, status), border: { bottom: { style: 'single', size: 4, color: '000000', space: 1 } } })] });
}

/** "第 3 页" under the body; the bare roman number under the contents. */
function footer(labels: PolicyLabels, plain: boolean): Footer {
  const { before, after } = plain ? { before: '', after: '' } : labels.page;
  return new Footer({ children: [new Paragraph({ style: STYLE.header, children: [new TextRun(before), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(after)] })] });
}

async function writeAtomically(path: string, data: Buffer): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * The policy draft 《跨部门协作管理办法》 as a Word document: cover with approval block, table of
 * contents, the project's chapters (or the default text) with numbered articles, and the parts
 * generated from the model at every export — processes in scope, swimlane diagrams, key-node and
 * RACI tables, rulings. Follows the project's language.
 */
export async function exportPolicyDocx(state: ProjectState, options: PolicyDocxOptions): Promise<Buffer> {
  const doc = buildPolicyDocument(state);
  const labels = policyLabels(doc.language);
  const type = typography(doc.language);
  const status = options.status === 'final' ? labels.final : labels.draft;
  const diagrams = await renderDiagrams(state, doc, options.renderPng);

  const cover = coverPage(labels, {
    organisation: doc.organisation,
    status: labels.statusLine(status),
    version: options.version ?? 'V1.0',
    date: labels.formatDate(options.date ?? new Date()),
    approval: options.approval ?? {},
  });
  const decorated = (plain = false) => ({ headers: { default: header(labels, status) }, footers: { default: footer(labels, plain) } });

  const sections: ISectionOptions[] = [
    { properties: { page: pageProperties('portrait') }, children: cover },
    { properties: { page: { ...pageProperties('portrait'), pageNumbers: { start: 1, formatType: NumberFormat.UPPER_ROMAN } } }, ...decorated(true), children: contentsPage(labels) },
    ...bodyRuns(doc.chapters, { language: doc.language, typography: type, diagrams, part: labels.part }).map((run, i) => ({
      properties: { page: { ...pageProperties(run.orientation), ...(i === 0 ? { pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } : {}) } },
      ...decorated(),
      children: run.children,
    })),
  ];

  const document = new Document({
    title: labels.title,
    creator: 'Lanewise',
    description: doc.organisation,
    styles: documentStyles(type),
    features: { updateFields: true },
    sections,
  });
  const buffer = await Packer.toBuffer(document);
  if (options.outPath) await writeAtomically(options.outPath, buffer);
  return buffer;
}
