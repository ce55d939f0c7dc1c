import { AlignmentType, Document, Footer, Header, HeadingLevel, LineRuleType, Packer, Paragraph, type FileChild, type ISectionOptions } from 'docx';
import { buildStatusReport, type ReportBlock, type ReportDocument } from '../../shared/diagnosis/report-document';
import { reportLabels } from '../../shared/diagnosis/report-labels';
import type { ProjectState } from '../../shared/model/project-state';
import { policyFacts, type PolicyFacts } from '../../shared/policy/policy-facts';
import { policyLabels, type PolicyLabels } from '../../shared/policy/policy-labels';
import type { PolicyLayout } from '../../shared/policy/policy-params';
import type { ApprovalBlock } from '../word/policy-docx-types';
import { diagramPages, pictureSize } from '../word/word-blocks';
import { pictureRun } from '../word/word-images';
import { pageOfPages, runningHeader } from '../word/running-heads';
import { contentsPage, coverPage } from '../word/word-cover';
import { pageProperties, textWidth, type Orientation } from '../word/word-page';
import { documentStyles, STYLE } from '../word/word-styles';
import { wordTable } from '../word/word-tables';
import { typography } from '../word/word-typography';
import { drawReportPictures, type ReportDrawing, type ReportPictures } from './report-pictures';
import { PAGE_NUMBERS } from '../word/page-numbers';

export interface StatusReportOptions {
  readonly drawing: ReportDrawing;
  readonly date?: Date;
  readonly version?: string;
  readonly approval?: ApprovalBlock;
}

interface Run {
  readonly orientation: Orientation;
  readonly children: FileChild[];
}

function picture(image: Uint8Array, caption: string, layout: PolicyLayout, orientation: Orientation, pageBreak: boolean): Paragraph[] {
  const size = pictureSize(image, layout, orientation);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      pageBreakBefore: pageBreak,
      spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [pictureRun(image, size, caption)],
    }),
    new Paragraph({ style: STYLE.caption, text: caption }),
  ];
}

/** The body as runs of portrait and landscape pages: wide tables and wide diagrams get landscape ones. */
function bodyRuns(doc: ReportDocument, pictures: ReportPictures, labels: PolicyLabels, layout: PolicyLayout): Run[] {
  const runs: Run[] = [];
  const push = (orientation: Orientation, children: FileChild[]) => {
    const last = runs[runs.length - 1];
    if (last && last.orientation === orientation) last.children.push(...children);
    else runs.push({ orientation, children });
  };
  const report = reportLabels(doc.language);
  let chart = 0;
  const block = (b: ReportBlock) => {
    switch (b.kind) {
      case 'paragraph':
        return push('portrait', [new Paragraph({ style: STYLE.article, text: b.text })]);
      case 'heading':
        return push('portrait', [new Paragraph({ heading: HeadingLevel.HEADING_2, text: b.text })]);
      case 'table': {
        const orientation = b.table.landscape ? 'landscape' : 'portrait';
        return push(orientation, [new Paragraph({ style: STYLE.caption, text: b.caption, keepNext: true }), wordTable(b.table, textWidth(layout, orientation)), new Paragraph({ style: STYLE.table, text: '' })]);
      }
      case 'chart':
        return push('portrait', picture(pictures.charts[chart++]!, b.caption, layout, 'portrait', false));
      case 'diagram': {
        const { orientation, pages } = diagramPages(pictures.diagrams.get(b.processId), b.caption, labels.part, layout);
        pages.forEach((children) => push(orientation, children));
        return;
      }
    }
  };
  doc.chapters.forEach((c, i) => {
    push('portrait', [new Paragraph({ heading: HeadingLevel.HEADING_1, text: report.chapterHeading(i + 1, c.title) })]);
    c.blocks.forEach(block);
  });
  return runs;
}

/**
 * 《跨部门协作现状调研报告》 as a Word document in the project's language: the cover and approval
 * block of the policy draft, contents, then scope and method, the current processes with their
 * swimlanes, questionnaire and history results with charts, the core problems, the priority
 * ranking and the recommendations.
 */
export async function exportStatusReport(state: ProjectState, options: StatusReportOptions): Promise<Buffer> {
  const doc = buildStatusReport(state);
  const report = reportLabels(doc.language);
  const labels = policyLabels(doc.language);
  // The policy's facts (company, stage, version, date, approvers) under the report's own title.
  const facts: PolicyFacts = { ...policyFacts(state, doc.language, options.date ?? new Date()), title: report.title, ...(options.version ? { version: options.version } : {}) };
  const layout = facts.params.layout;
  const pictures = await drawReportPictures(doc, options.drawing, (id) => state.tables.processes[id]?.name ?? id);
  const decorated = { headers: { default: runningHeader(report.headerLine) }, footers: { default: pageOfPages(labels) } };
  // Pages are counted from the cover, which shows no number, as in the policy draft.
  const sections: ISectionOptions[] = [
    {
      properties: { page: pageProperties(layout, 'portrait'), titlePage: true },
      headers: { first: new Header({ children: [new Paragraph('')] }), ...decorated.headers },
      footers: { first: new Footer({ children: [new Paragraph('')] }), ...decorated.footers },
      children: [...coverPage(labels, facts, options.approval ?? {}, layout, 'report'), ...contentsPage(labels)],
    },
    ...bodyRuns(doc, pictures, labels, layout).map((run) => ({ properties: { page: pageProperties(layout, run.orientation) }, ...decorated, children: run.children })),
  ];
  const document = new Document({
    title: report.title,
    creator: 'Lanewise',
    description: facts.company,
    styles: documentStyles(typography(doc.language, layout)),
    pageNumbers: PAGE_NUMBERS,
    sections,
  });
  return Packer.toBuffer(document);
}
