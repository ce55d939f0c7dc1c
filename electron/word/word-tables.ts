import { FileChild, type IXmlableObject } from 'docx';
import type { PolicyTable, PolicyTableCell } from '../../shared/policy/policy-document-types';
import { STYLE } from './word-styles';

const HEADER_FILL = 'E7E6E6';
const FIELD_FILL = 'F2F2F2';
/** Room to write by hand in a blank form row: 1 cm. */
const BLANK_ROW_HEIGHT = 567;
/** A table this short is kept on one page, as Word does it: every row but the last kept with the next. */
const KEEP_TOGETHER_ROWS = 15;

type Xml = IXmlableObject;
const el = (name: string, attrs?: Record<string, string | number>): Xml => ({ [name]: attrs ? { _attr: attrs } : {} });
const border = (side: string) => el(`w:${side}`, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' });
const shading = (fill: string) => el('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': fill });
const width = (twips: number) => el('w:tcW', { 'w:w': twips, 'w:type': 'dxa' });
const CANT_SPLIT = el('w:cantSplit');
const TABLE_HEADER = el('w:tblHeader');
const V_CENTER = el('w:vAlign', { 'w:val': 'center' });

/**
 * A table written straight as WordprocessingML. docx's Table builds about ten objects a cell and
 * a RACI matrix of a large project has a hundred thousand cells, so this writes plain XML objects,
 * sharing the parts every cell repeats.
 */
class PlainXml extends FileChild {
  constructor(private readonly xml: Xml) {
    super('w:tbl');
  }
  override prepForXml(): Xml {
    return this.xml;
  }
}

/** Paragraph properties and empty paragraphs per style, shared by every cell that uses them. */
class Paragraphs {
  private readonly cache = new Map<string, { pPr: Xml; empty: Xml }>();
  of(style: string, keepNext: boolean): { pPr: Xml; empty: Xml } {
    const key = `${style}|${keepNext}`;
    let found = this.cache.get(key);
    if (!found) {
      const pPr = { 'w:pPr': keepNext ? [el('w:pStyle', { 'w:val': style }), el('w:keepNext')] : [el('w:pStyle', { 'w:val': style })] };
      found = { pPr, empty: { 'w:p': [pPr] } };
      this.cache.set(key, found);
    }
    return found;
  }
  /** Lines of a cell's text as paragraphs; Word needs at least one, even when empty. */
  cell(text: string, style: string, keepNext: boolean): Xml[] {
    const { pPr, empty } = this.of(style, keepNext);
    if (!text) return [empty];
    return text.split(/\r?\n/).map((line) => (line ? { 'w:p': [pPr, { 'w:r': [{ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, line] }] }] } : empty));
  }
}

/** Column widths in twips from the relative widths, filling `total`. */
export function columnWidths(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/**
 * Header rows with their spans: a cell spanning rows is continued by an empty merged cell in the
 * rows below, placed where the walk over the grid columns reaches it.
 */
function headerRows(header: PolicyTable['header'], widths: readonly number[], p: Paragraphs): Xml[] {
  const below = new Map<number, { rows: number; span: number }>(); // grid column → merge still open
  return header.map((cells) => {
    const out: Xml[] = [];
    const queue = [...cells];
    for (let column = 0; column < widths.length; ) {
      const open = below.get(column);
      if (open && open.rows > 0) {
        out.push({ 'w:tc': [{ 'w:tcPr': [width(sum(widths, column, open.span)), ...gridSpan(open.span), el('w:vMerge'), shading(HEADER_FILL), V_CENTER] }, p.of(STYLE.tableHeader, true).empty] });
        open.rows--;
        column += open.span;
        continue;
      }
      const cell: PolicyTableCell | undefined = queue.shift();
      if (!cell) break;
      const span = cell.colSpan ?? 1;
      const rows = cell.rowSpan ?? 1;
      if (rows > 1) below.set(column, { rows: rows - 1, span });
      const merge = rows > 1 ? [el('w:vMerge', { 'w:val': 'restart' })] : [];
      out.push({ 'w:tc': [{ 'w:tcPr': [width(sum(widths, column, span)), ...gridSpan(span), ...merge, shading(HEADER_FILL), V_CENTER] }, ...p.cell(cell.text, STYLE.tableHeader, true)] });
      column += span;
    }
    return { 'w:tr': [{ 'w:trPr': [CANT_SPLIT, TABLE_HEADER] }, ...out] };
  });
}

const sum = (widths: readonly number[], from: number, span: number) => widths.slice(from, from + span).reduce((a, b) => a + b, 0);
const gridSpan = (span: number) => (span > 1 ? [el('w:gridSpan', { 'w:val': span })] : []);

/** A process's key-node and responsibility tables each start a page: they are read, and kept up to date, on their own. */
export const startsOwnPage = (table: PolicyTable) => table.role === 'keyNodes' || table.role === 'raci';

/** A policy table at the given width: fixed layout so Word, WPS and LibreOffice keep the columns. */
export function wordTable(table: PolicyTable, total: number, centredOnPage = false): FileChild {
  const widths = columnWidths(table.widths, total);
  const p = new Paragraphs();
  const centred = new Set(table.centred);
  // A table that starts a page gains nothing from being kept together; when it is longer than a
  // page, keeping it only moves it off its caption's page in some applications and not in others.
  const keep = !startsOwnPage(table) && table.rows.length <= KEEP_TOGETHER_ROWS;
  const rowPr = { 'w:trPr': table.blank ? [CANT_SPLIT, el('w:trHeight', { 'w:val': BLANK_ROW_HEIGHT, 'w:hRule': 'atLeast' })] : [CANT_SPLIT] };
  // The field names of a blank form are shaded like a header.
  const shadeFirst = table.blank && table.header.length === 0;
  const cellPr = widths.map((w, i) => ({ 'w:tcPr': shadeFirst && i === 0 ? [width(w), shading(FIELD_FILL), V_CENTER] : [width(w), V_CENTER] }));
  const bodyRows = table.rows.map((cells, r) => {
    const keepNext = keep && r < table.rows.length - 1;
    return { 'w:tr': [rowPr, ...cells.map((text, i) => ({ 'w:tc': [cellPr[i]!, ...p.cell(text, centred.has(i) ? STYLE.tableCentred : STYLE.table, keepNext)] }))] };
  });
  const tblPr = {
    'w:tblPr': [
      el('w:tblW', { 'w:w': total, 'w:type': 'dxa' }),
      ...(centredOnPage ? [el('w:jc', { 'w:val': 'center' })] : []),
      { 'w:tblBorders': ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border) },
      el('w:tblLayout', { 'w:type': 'fixed' }),
      { 'w:tblCellMar': [el('w:top', { 'w:w': 40, 'w:type': 'dxa' }), el('w:left', { 'w:w': 85, 'w:type': 'dxa' }), el('w:bottom', { 'w:w': 40, 'w:type': 'dxa' }), el('w:right', { 'w:w': 85, 'w:type': 'dxa' })] },
    ],
  };
  const grid = { 'w:tblGrid': widths.map((w) => el('w:gridCol', { 'w:w': w })) };
  return new PlainXml({ 'w:tbl': [tblPr, grid, ...headerRows(table.header, widths, p), ...bodyRows] });
}
