import type { IFontAttributesProperties } from 'docx';
import type { Language } from '../../shared/model/entities';

/** Sizes in half-points, as docx wants them. */
export interface Typography {
  readonly body: IFontAttributesProperties;
  readonly heading: IFontAttributesProperties;
  readonly size: { readonly title: number; readonly chapter: number; readonly section: number; readonly body: number; readonly table: number; readonly small: number };
  /** Line spacing in 240ths of a line. */
  readonly line: number;
  /** Chinese articles start indented two characters; English ones are flush with a gap after. */
  readonly indentChars: number;
  readonly afterParagraph: number;
  /** Chinese chapter headings are centred in 黑体 without bold; English ones flush left in bold. */
  readonly chapterCentred: boolean;
  readonly headingBold: boolean;
  /** Chinese body text is justified; English is ragged right, which reads better without hyphenation. */
  readonly justified: boolean;
}

const font = (latin: string, eastAsia: string): IFontAttributesProperties => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia });

/** Chinese: 黑体 headings, 宋体 body; 二号 title, 三号 chapters, 四号 sections, 小四 body, 五号 tables; 1.5 lines. */
const zh: Typography = {
  body: font('Times New Roman', 'SimSun'),
  heading: font('Times New Roman', 'SimHei'),
  size: { title: 44, chapter: 32, section: 28, body: 24, table: 21, small: 18 },
  line: 360,
  indentChars: 2,
  afterParagraph: 0,
  chapterCentred: true,
  headingBold: false,
  justified: true,
};

/** English: Calibri throughout (CJK names still in 宋体/黑体), 11 pt body, 1.15 lines. */
const en: Typography = {
  body: font('Calibri', 'SimSun'),
  heading: font('Calibri', 'SimHei'),
  size: { title: 52, chapter: 32, section: 26, body: 22, table: 19, small: 16 },
  line: 276,
  indentChars: 0,
  afterParagraph: 120,
  chapterCentred: false,
  headingBold: true,
  justified: false,
};

export function typography(language: Language): Typography {
  return language === 'zh-CN' ? zh : en;
}
