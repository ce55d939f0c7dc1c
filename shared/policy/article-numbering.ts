import type { Language } from '../model/entities';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/**
 * Chinese numeral as written in regulations: 十一 (not 一十一) at the start, 一百零一 with the
 * zero for a skipped place, 一百一十 with the 一 kept after a higher place. 1 ≤ n ≤ 9999.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`No Chinese numeral for ${n}`);
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十 alone at the start of a number from 10 to 19.
    const digit = d === 1 && place === 1 && out === '' ? '' : DIGITS[d]!;
    out += digit + UNITS[place]!;
  });
  return out;
}

export function articleLabel(n: number, language: Language): string {
  return language === 'zh-CN' ? `第${chineseNumeral(n)}条` : `Article ${n}`;
}

export function chapterLabel(n: number, language: Language): string {
  return language === 'zh-CN' ? `第${chineseNumeral(n)}章` : `Chapter ${n}`;
}

/** Chinese list markers （一）（二）… ; (a) (b) … in English. */
export function itemLabel(n: number, language: Language): string {
  if (language === 'zh-CN') return `（${chineseNumeral(n)}）`;
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return `(${s})`;
}

const NUMBER_PREFIX = /^\s*(第[零一二三四五六七八九十百千\d]+[章条]|附件\s*\d+|(chapter|article|annex)\s+\d+\.?)[\s:：、.]*/i;

/** A title or article the user typed with its own number ("第三条 …", "Chapter 2 …", "附件1 …") loses it, so it is not numbered twice. */
export function stripNumberPrefix(text: string): string {
  return text.replace(NUMBER_PREFIX, '').trim();
}

export function annexLabel(n: number, language: Language): string {
  return language === 'zh-CN' ? `附件${n}` : `Annex ${n}`;
}
