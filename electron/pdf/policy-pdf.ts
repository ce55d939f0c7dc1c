import type { ProjectState } from '../../shared/model/project-state';
import { withMeasurementAppendix } from '../../shared/metrics/policy-appendix';
import { buildPolicyDocument } from '../../shared/policy/policy-document';
import type { PolicyBlock, PolicyTable } from '../../shared/policy/policy-document-types';
import type { PolicyFacts } from '../../shared/policy/policy-facts';
import { policyLabels, type PolicyLabels } from '../../shared/policy/policy-labels';
import { addDiagramPages } from './diagram-pages';
import { BOLD, FONT, newPdfDocument, pdfBytes } from './pdf-document';

const MARGIN = 64;
const BODY = 11;

export interface PolicyPdfOptions {
  /** The day the document is written: the issue date when the project sets none. */
  readonly today?: Date;
}

type Orientation = 'portrait' | 'landscape';

class PolicyWriter {
  private orientation: Orientation | null = null;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly labels: PolicyLabels,
  ) {}

  page(orientation: Orientation): void {
    this.doc.addPage({ size: 'A4', layout: orientation, margin: MARGIN });
    this.orientation = orientation;
  }

  /** Text pages are portrait; after a diagram or a wide table the next text starts a page of its own. */
  ensure(orientation: Orientation): void {
    if (this.orientation !== orientation) this.page(orientation);
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  /** The cover as the Word export has it: 文件编号, company, title, status, version, approving body, dates, approval block. */
  cover(facts: PolicyFacts): void {
    const { doc, labels } = this;
    this.page('portrait');
    doc.font(FONT).fontSize(10).text(labels.field(labels.documentNumber, facts.documentNumber), { align: 'right' });
    // The company on its own line above the policy's name, as in Word, not the name wrapped under the company again.
    const rest = facts.company && facts.title.startsWith(facts.company) ? facts.title.slice(facts.company.length).trim() : '';
    if (rest) doc.moveDown(6).font(BOLD).fontSize(24).text(facts.company, { align: 'center' }).text(rest, { align: 'center' });
    else doc.moveDown(5).fontSize(16).text(facts.company, { align: 'center' }).moveDown(2).font(BOLD).fontSize(24).text(facts.title, { align: 'center' });
    doc.moveDown(0.5).font(FONT).fontSize(14).text(labels.statusLine(facts.status), { align: 'center' });
    doc.moveDown(4).fontSize(12).text(labels.field(labels.version, facts.version), { align: 'center' });
    doc.text(labels.field(labels.approvingBodyField, facts.approvingBody), { align: 'center' });
    doc.text(labels.field(labels.effectiveField(facts.stage === 'issued'), facts.effectiveDate), { align: 'center' });
    doc.text(labels.field(labels.date, facts.issueDate), { align: 'center' });
    doc.moveDown(4).font(BOLD).fontSize(11).text(labels.approvalTitle, { align: 'center' });
    doc.moveDown(0.5);
    this.table({
      role: 'form',
      widths: [2, 3, 3],
      header: [[labels.approvalRole, labels.approvalName, labels.approvalDate].map((text) => ({ text }))],
      rows: [[labels.drafted, '', ''], [labels.reviewed, '', ''], [labels.approved, '', '']],
      centred: [0, 1, 2],
      landscape: false,
      blank: true,
    });
    this.orientation = null;
  }

  /** A new page when less than `points` are left on this one: a heading is never left at the foot of a page. */
  room(points: number): void {
    if (this.doc.y + points > this.doc.page.height - this.doc.page.margins.bottom) this.page('portrait');
  }

  chapter(label: string, title: string, annex: boolean): void {
    this.ensure('portrait');
    if (annex) this.page('portrait');
    else this.room(90);
    this.doc.moveDown(1).font(BOLD).fontSize(15).text([label, title].filter(Boolean).join('  '), { align: 'center' }).moveDown(0.6);
  }

  block(state: ProjectState, block: PolicyBlock, annexStart: boolean): void {
    const { doc } = this;
    switch (block.kind) {
      case 'heading':
        this.ensure('portrait');
        // Each annex starts a page, as in Word, so a form can be copied and filled in.
        if (annexStart) this.page('portrait');
        else this.room(80);
        doc.moveDown(0.5).font(BOLD).fontSize(12.5).text(block.text).moveDown(0.3);
        return;
      case 'paragraph':
        this.ensure('portrait');
        doc.font(FONT).fontSize(BODY).text(block.text, { lineGap: 3 }).moveDown(0.4);
        return;
      case 'article':
        this.ensure('portrait');
        doc.font(BOLD).fontSize(BODY).text(`${block.label}  `, { continued: true }).font(FONT).text(block.text, { lineGap: 3 });
        for (const item of block.items) doc.text(item, { indent: 22, lineGap: 3 });
        doc.moveDown(0.4);
        return;
      case 'diagram':
        addDiagramPages(doc, state, block.processId, (part, parts) => block.caption + (parts > 1 ? this.labels.part(part, parts) : ''));
        this.orientation = null;
        return;
      case 'table':
        this.ensure(block.table.landscape ? 'landscape' : 'portrait');
        if (block.caption) doc.moveDown(0.4).font(BOLD).fontSize(10.5).text(block.caption, { align: 'center' }).moveDown(0.3);
        this.table(block.table);
        doc.moveDown(0.6);
        return;
      default:
        // A new kind of block must be drawn here before it compiles.
        block satisfies never;
    }
  }

  table(table: PolicyTable): void {
    const { doc } = this;
    const total = table.widths.reduce((a, b) => a + b, 0);
    const widths = table.widths.map((w) => (w / total) * this.width);
    const header = table.header.map((row) => row.map((cell) => ({ text: cell.text, colSpan: cell.colSpan, rowSpan: cell.rowSpan, type: 'TH' as const, font: { src: BOLD }, align: { x: 'center' as const, y: 'center' as const }, backgroundColor: '#e6ebf2' })));
    const body = table.rows.map((row) => row.map((text, c) => ({ text, align: { x: table.centred.includes(c) ? ('center' as const) : ('left' as const), y: 'center' as const }, ...(table.blank ? { minHeight: 28 } : {}) })));
    doc.font(FONT).fontSize(table.widths.length > 8 ? 7.5 : 9.5);
    doc.table({ columnStyles: widths, defaultStyle: { padding: 3, border: 0.5, borderColor: '#55657a' }, data: [...header, ...body] });
  }
}

/**
 * The policy draft 《跨部门协作管理办法》 as a PDF, from the same document model as the Word
 * export: cover, chapters with numbered articles, the swimlane diagrams (one page per part) and
 * the generated tables. Needs no office software: pdfkit writes it with the system's CJK font.
 */
export async function policyPdfBytes(state: ProjectState, options: PolicyPdfOptions = {}): Promise<Buffer> {
  const document = withMeasurementAppendix(buildPolicyDocument(state, state.meta.language, options.today ? { today: options.today } : {}), state);
  const labels = policyLabels(document.language);
  const doc = newPdfDocument(document.language, document.facts.title);
  const writer = new PolicyWriter(doc, labels);
  writer.cover(document.facts);
  for (const chapter of document.chapters) {
    const annex = chapter.chapter === 'annex';
    writer.chapter(chapter.label, chapter.title, annex);
    chapter.blocks.forEach((block, i) => writer.block(state, block, annex && i > 0));
  }
  addPageNumbers(doc, labels);
  return pdfBytes(doc);
}

/** "第 3 页 共 40 页" at the foot of every page after the cover; pages are counted from the cover, as in Word. */
function addPageNumbers(doc: PDFKit.PDFDocument, labels: PolicyLabels): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(9).fillColor('#000000').text(`${labels.page.before}${i - range.start + 1}${labels.page.middle}${range.count}${labels.page.after}`, 0, doc.page.height - 36, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
