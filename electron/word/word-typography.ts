import type { IFontAttributesProperties } from 'docx';
import type { Language } from '../../shared/model/entities';
import type { PolicyLayout } from '../../shared/policy/policy-params';

/** Sizes in half-points, as docx wants them; line heights in twips. */
export interface Typography {
  readonly layout: PolicyLayout;
  readonly body: IFontAttributesProperties;
  /** Chapter headings, article labels and table headers. */
  readonly heading: IFontAttributesProperties;
  /** Second-level headings: the annexes and forms. */
  readonly section: IFontAttributesProperties;
  /** The document title on the cover. */
  readonly title: IFontAttributesProperties;
  readonly size: { readonly title: number; readonly chapter: number; readonly section: number; readonly body: number; readonly table: number; readonly small: number; readonly pageNumber: number };
  /**
   * Exact line heights: lines as tall in every application, so the pages the export works out for
   * the table of contents are the pages Word, WPS and LibreOffice show.
   */
  readonly line: number;
  readonly tableLine: number;
  /** Twentieths of a point added to every character: GB/T 9704's 28 characters a line. */
  readonly characterSpacing: number;
  /** Chinese articles start indented two characters; English ones are flush with a gap after. */
  readonly indentChars: number;
  readonly afterParagraph: number;
  /** Chinese chapter headings are centred without bold; English ones flush left in bold. */
  readonly chapterCentred: boolean;
  readonly headingBold: boolean;
  /** Chinese body text is justified; English is ragged right, which reads better without hyphenation. */
  readonly justified: boolean;
}

const font = (latin: string, eastAsia: string): IFontAttributesProperties => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia });

/** Chinese enterprise style: 黑体 headings, 宋体 body; 二号 title, 三号 chapters, 四号 sections, 小四 body at 22 pt, 五号 tables. */
const zhEnterprise: Typography = {
  layout: 'enterprise',
  body: font('Times New Roman', 'SimSun'),
  heading: font('Times New Roman', 'SimHei'),
  section: font('Times New Roman', 'SimHei'),
  title: font('Times New Roman', 'SimHei'),
  size: { title: 44, chapter: 32, section: 28, body: 24, table: 21, small: 18, pageNumber: 18 },
  line: 440,
  tableLine: 300,
  characterSpacing: 0,
  indentChars: 2,
  afterParagraph: 0,
  chapterCentred: true,
  headingBold: false,
  justified: true,
};

/**
 * GB/T 9704: 仿宋_GB2312 三号 body, 22 lines of 28 characters (28.95 pt lines, characters closed up
 * by 0.25 pt); 黑体 chapters, 楷体_GB2312 second-level headings, 方正小标宋简体 二号 title; tables in 仿宋 四号.
 */
const zhGbt: Typography = {
  layout: 'gbt9704',
  body: font('Times New Roman', '仿宋_GB2312'),
  heading: font('Times New Roman', '黑体'),
  section: font('Times New Roman', '楷体_GB2312'),
  title: font('Times New Roman', '方正小标宋简体'),
  size: { title: 44, chapter: 32, section: 32, body: 32, table: 28, small: 28, pageNumber: 28 },
  line: 579,
  tableLine: 400,
  characterSpacing: -5,
  indentChars: 2,
  afterParagraph: 0,
  chapterCentred: true,
  headingBold: false,
  justified: true,
};

/** English: Calibri throughout (CJK names still in 宋体/黑体), 11 pt body on 16 pt lines. */
const enEnterprise: Typography = {
  layout: 'enterprise',
  body: font('Calibri', 'SimSun'),
  heading: font('Calibri', 'SimHei'),
  section: font('Calibri', 'SimHei'),
  title: font('Calibri', 'SimHei'),
  size: { title: 44, chapter: 32, section: 26, body: 22, table: 19, small: 16, pageNumber: 18 },
  line: 320,
  tableLine: 260,
  characterSpacing: 0,
  indentChars: 0,
  afterParagraph: 120,
  chapterCentred: false,
  headingBold: true,
  justified: false,
};

/** English in the GB/T frame: Times New Roman 16 pt on the same 22-line grid. */
const enGbt: Typography = {
  ...zhGbt,
  body: font('Times New Roman', '仿宋_GB2312'),
  heading: font('Times New Roman', '黑体'),
  section: font('Times New Roman', '楷体_GB2312'),
  title: font('Times New Roman', '方正小标宋简体'),
  characterSpacing: 0,
  indentChars: 0,
  afterParagraph: 0,
  chapterCentred: false,
  headingBold: true,
  justified: false,
};

export function typography(language: Language, layout: PolicyLayout): Typography {
  if (layout === 'gbt9704') return language === 'zh-CN' ? zhGbt : enGbt;
  return language === 'zh-CN' ? zhEnterprise : enEnterprise;
}
