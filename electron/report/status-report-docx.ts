import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, LineRuleType, NumberFormat, Packer, PageNumber, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { buildStatusReport, type ReportBlock, type ReportDocument } from '../../shared/diagnosis/report-document';
import { reportLabels } from '../../shared/diagnosis/report-labels';
import type { ProjectState } from '../../shared/model/project-state';
import { policyLabels, type PolicyLabels } from '../../shared/policy/policy-labels';
import type { ApprovalBlock } from '../word/policy-docx-types';
import { fitInside, pngSize } from '../word/png-size';
import { diagramOrientation } from '../word/word-blocks';
import { contentsPage, coverPage } from '../word/word-cover';
import { pageProperties, pictureBox, textWidth, twipsToPixels, type Orientation } from '../word/word-page';
import { documentStyles, STYLE } from '../word/word-styles';
import { wordTable } from '../word/word-tables';
import { typography } from '../word/word-typography';
import { drawReportPictures, type ReportDrawing, type ReportPictures } from './report-pictures';

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

function picture(png: Uint8Array, caption: string, orientation: Orientation, pageBreak: boolean): Paragraph[] {
  const box = pictureBox(orientation);
  const size = fitInside(pngSize(png), { width: twipsToPixels(box.width), height: twipsToPixels(box.height) });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      pageBreakBefore: pageBreak,
      spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ImageRun({ type: 'png', data: png, transformation: size, altText: { name: caption, title: caption, description: caption } })],
    }),
    new Paragraph({ style: STYLE.caption, text: caption }),
  ];
}

/** The body as runs of portrait and landscape pages: wide tables and wide diagrams get landscape ones. */
function bodyRuns(doc: ReportDocument, pictures: ReportPictures, labels: PolicyLabels): Run[] {
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
        return push(orientation, [new Paragraph({ style: STYLE.caption, text: b.caption, keepNext: true }), wordTable(b.table, textWidth(orientation)), new Paragraph({ style: STYLE.table, text: '' })]);
      }
      case 'chart':
        return push('portrait', picture(pictures.charts[chart++]!, b.caption, 'portrait', false));
      case 'diagram': {
        const parts = pictures.diagrams.get(b.processId) ?? [];
        const orientation = parts.some((png) => diagramOrientation(png) === 'landscape') ? 'landscape' : 'portrait';
        parts.forEach((png, k) => push(orientation, picture(png, parts.length > 1 ? b.caption + labels.part(k + 1, parts.length) : b.caption, orientation, k > 0)));
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

function header(text: string): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, text, border: { bottom: { style: 'single', size: 4, color: '000000', space: 1 } } })] });
}

function footer(labels: PolicyLabels, plain: boolean): Footer {
  const { before, after } = plain ? { before: '', after: '' } : labels.page;
  return new Footer({ children: [new Paragraph({ style: STYLE.header, children: [new TextRun(before), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(after)] })] });
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
  const policy = policyLabels(doc.language);
  const labels: PolicyLabels = { ...policy, title: report.title };
  const pictures = await drawReportPictures(doc, options.drawing, (id) => state.tables.processes[id]?.name ?? id);
  const cover = coverPage(labels, {
    organisation: doc.organisation,
    status: labels.statusLine(labels.draft),
    version: options.version ?? 'V1.0',
    date: labels.formatDate(options.date ?? new Date()),
    approval: options.approval ?? {},
  });
  const decorated = (plain = false) => ({ headers: { default: header(report.headerLine) }, footers: { default: footer(labels, plain) } });
  const sections: ISectionOptions[] = [
    { properties: { page: pageProperties('portrait') }, children: cover },
    { properties: { page: { ...pageProperties('portrait'), pageNumbers: { start: 1, formatType: NumberFormat.UPPER_ROMAN } } }, ...decorated(true), children: contentsPage(labels) },
    ...bodyRuns(doc, pictures, labels).map((run, i) => ({
      properties: { page: { ...pageProperties(run.orientation), ...(i === 0 ? { pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } : {}) } },
      ...decorated(),
      children: run.children,
    })),
  ];
  const document = new Document({
    title: report.title,
    creator: 'Lanewise',
    description: doc.organisation,
    styles: documentStyles(typography(doc.language)),
    features: { updateFields: true },
    sections,
  });
  return Packer.toBuffer(document);
}
