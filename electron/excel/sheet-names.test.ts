import { describe, expect, it } from 'vitest';
import { sanitiseSheetName, SheetNamer } from './sheet-names';

describe('sheet names', () => {
  it('replaces the characters Excel refuses, and apostrophes, which exceljs does not escape in print titles', () => {
    expect(sanitiseSheetName('Q1/Q2: 预算[草稿]*?', 'x')).toBe('Q1 Q2 预算 草稿');
    expect(sanitiseSheetName("'报价' O'Neil", 'x')).toBe('’报价’ O’Neil');
    expect(sanitiseSheetName('a\\b', 'x')).toBe('a b');
  });

  it('cuts names to 31 characters without splitting a surrogate pair', () => {
    expect(sanitiseSheetName('跨部门市场活动（展会、品牌推广、客户答谢会）执行流程与复盘总结', 'x')).toHaveLength(31);
    const emoji = sanitiseSheetName(`${'a'.repeat(30)}😀`, 'x');
    expect(emoji).toBe('a'.repeat(30));
  });

  it('falls back when nothing usable is left or the name is reserved', () => {
    expect(sanitiseSheetName('[]*?', 'RACI 1')).toBe('RACI 1');
    expect(sanitiseSheetName('History', 'RACI 2')).toBe('RACI 2');
  });

  it('keeps names unique regardless of case, still within 31 characters', () => {
    const namer = new SheetNamer();
    const long = 'x'.repeat(40);
    expect(namer.take('Budget', 'f')).toBe('Budget');
    expect(namer.take('budget', 'f')).toBe('budget (2)');
    expect(namer.take(long, 'f')).toBe('x'.repeat(31));
    const second = namer.take(long, 'f');
    expect(second).toBe(`${'x'.repeat(27)} (2)`);
    expect(second.length).toBeLessThanOrEqual(31);
  });
});
