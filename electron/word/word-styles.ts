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
} as const;

const SINGLE = 240;

export function documentStyles(t: Typography): IStylesOptions {
  const indent = t.indentChars > 0 ? { firstLineChars: t.indentChars * 100, firstLine: t.indentChars * t.size.body * 10 } : {};
  const body = t.justified ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;
  const style = (id: string, name: string, o: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({ id, name, basedOn: 'Normal', quickFormat: true, ...o });
  return {
    default: {
      document: {
        run: { font: t.body, size: t.size.body },
        paragraph: { spacing: { line: t.line, lineRule: LineRuleType.AUTO, after: t.afterParagraph } },
      },
      heading1: {
        run: { font: t.heading, size: t.size.chapter, bold: t.headingBold, color: '000000' },
        paragraph: { alignment: t.chapterCentred ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 360, after: 240, line: t.line, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: t.heading, size: t.size.section, bold: t.headingBold, color: '000000' },
        paragraph: { spacing: { before: 240, after: 120, line: t.line, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
    },
    paragraphStyles: [
      style(STYLE.article, 'Policy Article', { paragraph: { indent, alignment: body } }),
      style(STYLE.item, 'Policy List Item', { paragraph: { indent: t.indentChars > 0 ? indent : { left: 720 }, alignment: body } }),
      style(STYLE.table, 'Policy Table Text', { run: { size: t.size.table }, paragraph: { spacing: { line: SINGLE, lineRule: LineRuleType.AUTO, before: 0, after: 0 } } }),
      style(STYLE.tableCentred, 'Policy Table Centred', { basedOn: STYLE.table, paragraph: { alignment: AlignmentType.CENTER } }),
      style(STYLE.tableHeader, 'Policy Table Header', {
        run: { font: t.heading, size: t.size.table, bold: t.headingBold },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: SINGLE, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      }),
      style(STYLE.caption, 'Policy Caption', {
        run: { font: t.heading, size: t.size.table, bold: t.headingBold },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120, line: SINGLE, lineRule: LineRuleType.AUTO } },
      }),
      style(STYLE.header, 'Policy Header', { run: { size: t.size.small }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: SINGLE, lineRule: LineRuleType.AUTO, after: 0 } } }),
      style(STYLE.coverTitle, 'Policy Cover Title', {
        run: { font: t.heading, size: t.size.title, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240, line: SINGLE, lineRule: LineRuleType.AUTO } },
      }),
      style(STYLE.cover, 'Policy Cover Text', { run: { font: t.heading, size: t.size.chapter }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: t.line, lineRule: LineRuleType.AUTO } } }),
      style(STYLE.contents, 'Policy Contents Title', { run: { font: t.heading, size: t.size.chapter }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } }),
    ],
  };
}
