import { describe, expect, it } from 'vitest';
import { annexLabel, articleLabel, chapterLabel, chineseNumeral, itemLabel, stripNumberPrefix } from './article-numbering';

const DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Reads a numeral back, independently of how it was written, to check every number round-trips. */
function readNumeral(s: string): number {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in UNIT) {
      total += (digit ?? 1) * UNIT[ch]!;
      digit = null;
    } else throw new Error(`unexpected ${ch}`);
  }
  return total + (digit ?? 0);
}

describe('chineseNumeral', () => {
  it('writes numbers the way regulations number their articles', () => {
    const cases: Array<[number, string]> = [
      [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'],
      [100, '一百'], [101, '一百零一'], [105, '一百零五'], [110, '一百一十'], [111, '一百一十一'], [120, '一百二十'],
      [200, '二百'], [999, '九百九十九'], [1000, '一千'], [1001, '一千零一'], [1010, '一千零一十'], [1100, '一千一百'], [9999, '九千九百九十九'],
    ];
    for (const [n, text] of cases) expect(chineseNumeral(n), String(n)).toBe(text);
  });

  it('round-trips every number up to 9999 and never writes two zeros in a row', () => {
    for (let n = 1; n <= 9999; n++) {
      const text = chineseNumeral(n);
      expect(readNumeral(text)).toBe(n);
      expect(text).not.toMatch(/零零|零$/);
    }
  });

  it('refuses numbers it cannot write', () => {
    for (const n of [0, -1, 1.5, 10_000]) expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});

describe('labels', () => {
  it('numbers articles, chapters, items and annexes in both languages', () => {
    expect(articleLabel(1, 'zh-CN')).toBe('第一条');
    expect(articleLabel(11, 'zh-CN')).toBe('第十一条');
    expect(articleLabel(20, 'zh-CN')).toBe('第二十条');
    expect(articleLabel(101, 'zh-CN')).toBe('第一百零一条');
    expect(articleLabel(7, 'en')).toBe('Article 7');
    expect(chapterLabel(3, 'zh-CN')).toBe('第三章');
    expect(chapterLabel(3, 'en')).toBe('Chapter 3');
    expect(itemLabel(2, 'zh-CN')).toBe('（二）');
    expect([1, 2, 26, 27].map((n) => itemLabel(n, 'en'))).toEqual(['(a)', '(b)', '(z)', '(aa)']);
    expect(annexLabel(2, 'zh-CN')).toBe('附件2');
    expect(annexLabel(2, 'en')).toBe('Annex 2');
  });

  it('drops a number the user typed so it is not numbered twice', () => {
    expect(stripNumberPrefix('第三条 各部门应当……')).toBe('各部门应当……');
    expect(stripNumberPrefix('第十二条　目标统一')).toBe('目标统一');
    expect(stripNumberPrefix('第一章 总则')).toBe('总则');
    expect(stripNumberPrefix('Chapter 2: Principles')).toBe('Principles');
    expect(stripNumberPrefix('Article 10. Scope')).toBe('Scope');
    expect(stripNumberPrefix('附件1 需求申请表')).toBe('需求申请表');
    expect(stripNumberPrefix('第一阶段的工作')).toBe('第一阶段的工作');
  });
});
