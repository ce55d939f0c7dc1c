import { describe, expect, it } from 'vitest';
import { formatRaciBlock, parseCell, parseRaciBlock } from './raci-clipboard';

describe('parseCell', () => {
  it('reads the ways people write letters: any case, any order, with separators', () => {
    expect(parseCell('R/A')).toBe('RA');
    expect(parseCell('A,R')).toBe('RA');
    expect(parseCell(' a r ')).toBe('RA');
    expect(parseCell('i、c')).toBe('CI');
    expect(parseCell('C+I')).toBe('CI');
    expect(parseCell('"R/A"')).toBe('RA');
    expect(parseCell('RR')).toBe('R');
    expect(parseCell('')).toBe('');
  });

  it('folds full-width letters and commas typed with a Chinese input method', () => {
    expect(parseCell('Ｒ，Ａ')).toBe('RA');
  });

  it('refuses anything else', () => {
    expect(parseCell('X')).toBeNull();
    expect(parseCell('Owner')).toBeNull();
    expect(parseCell('负责')).toBeNull();
    expect(parseCell('R1')).toBeNull();
  });
});

describe('parseRaciBlock', () => {
  it('reads a spreadsheet block with CRLF line ends and the closing line break', () => {
    expect(parseRaciBlock('a\tR\r\nR/A\t\r\n')).toEqual({ ok: true, cells: [['A', 'R'], ['RA', '']] });
  });

  it('pads short rows with empty cells', () => {
    expect(parseRaciBlock('R\tA\tC\nI')).toEqual({ ok: true, cells: [['R', 'A', 'C'], ['I', '', '']] });
  });

  it('keeps a single value', () => {
    expect(parseRaciBlock('c')).toEqual({ ok: true, cells: [['C']] });
  });

  it('names the first bad cell by 1-based row and column', () => {
    expect(parseRaciBlock('R\tA\nC\tOwner\tX')).toEqual({ ok: false, reason: 'invalid', row: 2, column: 2, text: 'Owner' });
  });

  it('calls empty text empty', () => {
    expect(parseRaciBlock('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseRaciBlock('  \n')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reads back what it formats', () => {
    const cells = [['RA', ''], ['CI', 'A']];
    const text = formatRaciBlock(cells);
    expect(text).toBe('R/A\t\r\nC/I\tA');
    expect(parseRaciBlock(text)).toEqual({ ok: true, cells });
  });
});
