import type { Borders, Fill, Font, PageSetup, Worksheet } from 'exceljs';
import type { Language } from '../../shared/model/entities';

const thin = { style: 'thin', color: { argb: 'FF9E9E9E' } } as const;
export const THIN_BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export function solidFill(rgb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}

/** Conditional formats take their fill colour from bgColor. */
export function conditionalFill(rgb: string): Fill {
  return { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${rgb}` } };
}

export const HEADER_FILL = solidFill('E7E6E6');
/** Excel's own "bad" style, so the flag reads as a warning to anyone used to Excel. */
export const FLAG_FILL = 'FFC7CE';
const FLAG_FONT_COLOUR = 'FF9C0006';

export interface SheetFonts {
  readonly body: Partial<Font>;
  readonly bold: Partial<Font>;
  readonly title: Partial<Font>;
  readonly subtitle: Partial<Font>;
  readonly flag: Partial<Font>;
  /** Points per wrapped line, for row heights Excel and LibreOffice do not fit on their own. */
  readonly lineHeight: number;
}

/**
 * Every font names its face: a font without a name falls back to a serif face in LibreOffice.
 * Microsoft YaHei ships with Windows and Office; LibreOffice maps it to an installed CJK sans face.
 */
export function sheetFonts(language: Language): SheetFonts {
  const body = { name: language === 'zh-CN' ? 'Microsoft YaHei' : 'Calibri', size: 10 };
  return {
    body,
    bold: { ...body, bold: true },
    title: { ...body, bold: true, size: 14 },
    subtitle: { ...body, color: { argb: 'FF595959' } },
    flag: { ...body, bold: true, color: { argb: FLAG_FONT_COLOUR } },
    lineHeight: language === 'zh-CN' ? 15 : 13.5,
  };
}

/** A department's colour lightened towards white, light enough to keep black text readable. */
export function tint(hex: string, towardsWhite = 0.78): string {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '4F7CAC';
  const channel = (i: number) => {
    const c = parseInt(value.slice(i, i + 2), 16);
    return Math.round(c + (255 - c) * towardsWhite)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

/** Width in Excel character units: CJK and full-width characters take two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

// Widths are measured in 11-point characters; the 10-point text takes about 0.9 of that.
const TEXT_SCALE = 0.9;

/** Column width that shows the text on one line, with a little padding. */
export function columnWidthFor(text: string): number {
  return Math.ceil(textWidth(text) * TEXT_SCALE) + 2;
}

/** Height of a row whose wrapped cells need more than one line, or undefined to leave the row as is. */
export function wrappedRowHeight(cells: ReadonlyArray<readonly [text: string, width: number]>, lineHeight: number): number | undefined {
  let lines = 1;
  for (const [text, width] of cells) {
    const perLine = Math.max(1, width - 1.5);
    const needed = text.split('\n').reduce((n, paragraph) => n + Math.max(1, Math.ceil((textWidth(paragraph) * TEXT_SCALE) / perLine)), 0);
    lines = Math.max(lines, needed);
  }
  return lines > 1 ? Math.min(409, lines * lineHeight + 3) : undefined;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Landscape, all columns on one page width, header rows repeated on every page. */
export function landscapeFitToWidth(ws: Worksheet, titleRows: string): void {
  const setup: Partial<PageSetup> = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: titleRows,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.pageSetup = { ...ws.pageSetup, ...setup };
}

/**
 * Page footer "name … page / pages". & starts a code in Excel footers, so it is doubled in text,
 * and Excel refuses footers over 255 characters, so long names are cut.
 */
export function pageFooter(ws: Worksheet, text: string): void {
  const short = text.length > 100 ? `${text.slice(0, 99)}…` : text;
  ws.headerFooter = { oddFooter: `&L${short.replace(/&/g, '&&')}&R&P / &N` };
}
