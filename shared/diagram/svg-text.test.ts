import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, wrapText } from './svg-text';

describe('textWidth', () => {
  it('counts CJK characters as a full em and latin letters as about half', () => {
    expect(textWidth('研发执行', 10)).toBe(40);
    expect(textWidth('task', 10)).toBeGreaterThan(15);
    expect(textWidth('task', 10)).toBeLessThan(30);
  });
});

describe('wrapText', () => {
  it('breaks Chinese text between characters to fit the width', () => {
    const lines = wrapText('研发执行含原型设计样机试制', 60, 12, 3);
    expect(lines).toEqual(['研发执行含', '原型设计样', '机试制']);
  });

  it('keeps latin words whole', () => {
    expect(wrapText('Legal review of compensation', 90, 11, 3)).toEqual(['Legal review of', 'compensation']);
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    const lines = wrapText('整理投诉材料，核实客户（华东区）信息', 72, 12, 4);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。）]/);
    for (const line of lines) expect(line).not.toMatch(/（$/);
    expect(lines.join('')).toBe('整理投诉材料，核实客户（华东区）信息');
  });

  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapText('一二三四五六七八九十', 24, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1]!, 12)).toBeLessThanOrEqual(24);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('   ', 100, 12, 2)).toEqual([]);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">R&D's</a>\u0000`)).toBe('&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;');
  });
});
