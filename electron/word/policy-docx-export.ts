import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { ProjectState } from '../../shared/model/project-state';
import { withMeasurementAppendix } from '../../shared/metrics/policy-appendix';
import { buildPolicyDocument } from '../../shared/policy/policy-document';
import type { PolicyDocument } from '../../shared/policy/policy-document-types';
import type { PolicyFacts } from '../../shared/policy/policy-facts';
import { policyLabels, type PolicyLabels } from '../../shared/policy/policy-labels';
import type { PolicyLayout } from '../../shared/policy/policy-params';
import { writeAtomically } from '../exports/write-atomically';
import type { PolicyDocxOptions, RenderPng } from './policy-docx-types';
import { bodyRuns, placedDiagram, type PlacedDiagram } from './word-blocks';
import { contentsPage, coverPage, signoffPage } from './word-cover';
import { pageProperties } from './word-page';
import { pageOfPages, runningHeader } from './running-heads';
import { pictureSizeOf } from './word-images';
import { documentStyles, STYLE } from './word-styles';
import { typography } from './word-typography';
import { PAGE_NUMBERS } from './page-numbers';
import { drawAtOnce, drawingOf } from '../pictures/draw-at-once';

async function renderDiagrams(state: ProjectState, doc: PolicyDocument, renderPng: RenderPng): Promise<Map<string, PlacedDiagram>> {
  const processIds = [...new Set(doc.chapters.flatMap((chapter) => chapter.blocks.flatMap((block) => (block.kind === 'diagram' ? [block.processId] : []))))];
  const drawn = new Map<string, PlacedDiagram>();
  await drawAtOnce(
    processIds.map((processId) => async () => {
      const placed = await drawingOf(state.tables.processes[processId]?.name ?? processId, async () => {
        const pictures = placedDiagram(await renderPng(processId));
        if (pictures.pictures.length === 0) throw new Error('no picture');
        for (const { image } of pictures.pictures) pictureSizeOf(image); // fails here, with the process named, rather than deep inside the layout
        return pictures;
      });
      drawn.set(processId, placed);
    }),
  );
  return drawn;
}

/** GB/T 9704: "— 3 —" in 四号, one character in from the outer edge: right on odd pages, left on even ones. */
function dashedPageNumber(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const inset = alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 };
  return new Footer({ children: [new Paragraph({ style: STYLE.pageNumber, alignment, indent: inset, children: [new TextRun('— '), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' —')] })] });
}

function decoration(facts: PolicyFacts, labels: PolicyLabels, layout: PolicyLayout): Pick<ISectionOptions, 'headers' | 'footers'> {
  if (layout === 'gbt9704') return { footers: { default: dashedPageNumber(AlignmentType.RIGHT), even: dashedPageNumber(AlignmentType.LEFT) } };
  return { headers: { default: runningHeader(`${facts.title}（${facts.status}）`) }, footers: { default: pageOfPages(labels) } };
}

/**
 * The policy draft 《跨部门协作管理办法》 as a Word document: cover with approval block, table of
 * contents, the project's chapters (or the default text) with numbered articles, and the parts
 * generated from the model at every export — processes in scope, swimlane diagrams, key-node and
 * RACI tables, rulings. Follows the project's language.
 */
export async function policyWordDocument(state: ProjectState, options: PolicyDocxOptions): Promise<Document> {
  const doc = withMeasurementAppendix(buildPolicyDocument(state, state.meta.language, options.date ? { today: options.date } : {}), state);
  const { facts } = doc;
  const layout = facts.params.layout;
  const labels = policyLabels(doc.language);
  const type = typography(doc.language, layout);
  const diagrams = await renderDiagrams(state, doc, options.renderPng);
  const decorated = decoration(facts, labels, layout);

  // Pages are counted from the cover, which shows no number, so "共 Y 页" and the contents agree with what is printed.
  const sections: ISectionOptions[] = [
    {
      properties: { page: pageProperties(layout, 'portrait'), titlePage: true },
      headers: { first: new Header({ children: [new Paragraph('')] }), ...(decorated.headers ?? {}) },
      footers: { first: new Footer({ children: [new Paragraph('')] }), ...(decorated.footers ?? {}) },
      children: [...coverPage(labels, facts, options.approval ?? {}, layout), ...signoffPage(labels, facts, layout), ...contentsPage(labels)],
    },
    ...bodyRuns(doc.chapters, { language: doc.language, typography: type, diagrams, part: labels.part }).map((run) => ({
      properties: { page: pageProperties(layout, run.orientation) },
      ...decorated,
      children: run.children,
    })),
  ];

  return new Document({
    title: facts.title,
    creator: 'Lanewise',
    description: facts.company,
    styles: documentStyles(type),
    evenAndOddHeaderAndFooters: layout === 'gbt9704',
    pageNumbers: PAGE_NUMBERS,
    sections,
  });
}

export async function exportPolicyDocx(state: ProjectState, options: PolicyDocxOptions): Promise<Buffer> {
  const buffer = await Packer.toBuffer(await policyWordDocument(state, options));
  if (options.outPath) await writeAtomically(options.outPath, buffer);
  return buffer;
}
