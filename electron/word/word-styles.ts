import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { Typography } from './word-typography';

/** Paragraph style ids; named styles let the user restyle the draft in Word in one place. */
export const STYLE = {
  article: 'PolicyArticle',
  item: 'PolicyItem',
  table: 'PolicyTableText',
  tableCentred: 'PolicyTableCentred',
  tableHeader: 'PolicyTableHeader',
  caption: 'PolicyCaption',
  header: 'PolicyHeader',
  coverTitle: 'PolicyCoverTitle',
  cover: 'PolicyCover',
  contents: 'PolicyContentsTitle',
  pageNumber: 'PolicyPageNumber',
  annexTitle: 'PolicyAnnexTitle',
} as const;

export function documentStyles(t: Typography): IStylesOptions {
  const indent = t.indentChars > 0 ? { firstLineChars: t.indentChars * 100, firstLine: t.indentChars * t.size.body * 10 } : {};
  const body = t.justified ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;
  const style = (id: string, name: string, o: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({ id, name, basedOn: 'Normal', quickFormat: true, ...o });
  // Every line exact, and every gap a whole line: the pages come out the same in Word, WPS and LibreOffice.
  const exact = { line: t.line, lineRule: LineRuleType.EXACT };
  const tableExact = { line: t.tableLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  return {
    default: {
      document: {
        run: { font: t.body, size: t.size.body, ...(t.characterSpacing ? { characterSpacing: t.characterSpacing } : {}) },
        paragraph: { spacing: { ...exact, after: t.afterParagraph } },
      },
      heading1: {
        run: { font: t.heading, size: t.size.chapter, bold: t.headingBold, color: '000000' },
        paragraph: { alignment: t.chapterCentred ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { ...exact, before: t.line, after: t.layout === 'gbt9704' ? 0 : t.afterParagraph }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: t.section, size: t.size.section, bold: t.headingBold, color: '000000' },
        paragraph: { spacing: { ...exact, before: 0, after: t.afterParagraph }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
    },
    paragraphStyles: [
      style(STYLE.article, 'Policy Article', { paragraph: { indent, alignment: body } }),
      style(STYLE.item, 'Policy List Item', { paragraph: { indent: t.indentChars > 0 ? indent : { left: 720 }, alignment: body } }),
      style(STYLE.table, 'Policy Table Text', { run: { size: t.size.table, characterSpacing: 0 }, paragraph: { indent: { firstLine: 0 }, spacing: tableExact } }),
      style(STYLE.tableCentred, 'Policy Table Centred', { basedOn: STYLE.table, paragraph: { alignment: AlignmentType.CENTER } }),
      style(STYLE.tableHeader, 'Policy Table Header', {
        run: { font: t.heading, size: t.size.table, bold: t.headingBold, characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: tableExact },
      }),
      style(STYLE.caption, 'Policy Caption', {
        run: { font: t.heading, size: t.size.table, bold: t.headingBold, characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact, before: 0, after: 0 } },
      }),
      style(STYLE.header, 'Policy Header', { run: { size: t.size.small, characterSpacing: 0 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: t.tableLine, lineRule: LineRuleType.EXACT, after: 0 } } }),
      style(STYLE.pageNumber, 'Policy Page Number', { run: { font: { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun', cs: 'SimSun' }, size: t.size.pageNumber, characterSpacing: 0 }, paragraph: { spacing: { line: t.tableLine, lineRule: LineRuleType.EXACT, after: 0 } } }),
      style(STYLE.coverTitle, 'Policy Cover Title', {
        run: { font: t.title, size: t.size.title, bold: t.layout !== 'gbt9704', characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: Math.round(t.size.title * 15), lineRule: LineRuleType.EXACT } },
      }),
      style(STYLE.annexTitle, 'Policy Annex Title', {
        run: { font: t.title, size: t.size.section, bold: t.layout !== 'gbt9704', characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...exact, before: 0, after: 0 } },
      }),
      style(STYLE.cover, 'Policy Cover Text', { run: { font: t.section, size: t.size.chapter }, paragraph: { alignment: AlignmentType.CENTER, spacing: exact } }),
      // The contents' entries on lines no taller than the enterprise body's, so GB/T's 29 pt lines do not push the last entries onto a page of their own.
      ...([1, 2] as const).map((level) =>
        style(`TOC${level}`, `toc ${level}`, { paragraph: { indent: { left: (level - 1) * t.size.body * 20, firstLine: 0 }, spacing: { line: Math.min(t.line, 440), lineRule: LineRuleType.EXACT, before: 0, after: 0 } } }),
      ),
      style(STYLE.contents, 'Policy Contents Title', { run: { font: t.heading, size: t.size.chapter }, paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact, after: 0 } } }),
    ],
  };
}
