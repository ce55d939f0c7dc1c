import { describe, expect, it } from 'vitest';
import { displayLetters, parseLetters, RACI_LIST_VALUES, strongestLetter } from './raci-cell-text';

describe('RACI cell text', () => {
  it('shows letters in R-A-C-I order joined by "/"', () => {
    expect(displayLetters('AR')).toBe('R/A');
    expect(displayLetters('ICR')).toBe('R/C/I');
    expect(displayLetters('')).toBe('');
  });

  it('reads what clients type: lower case, any separator, any order, full-width letters', () => {
    expect(parseLetters('r')).toBe('R');
    expect(parseLetters('A,R')).toBe('RA');
    expect(parseLetters('a / r')).toBe('RA');
    expect(parseLetters('AR')).toBe('RA');
    expect(parseLetters('C、I')).toBe('CI');
    expect(parseLetters('Ｒ／Ａ')).toBe('RA');
    expect(parseLetters('  ')).toBe('');
    expect(parseLetters('-')).toBe('');
  });

  it('refuses anything that is not RACI letters', () => {
    expect(parseLetters('X')).toBeNull();
    expect(parseLetters('RX')).toBeNull();
    expect(parseLetters('1')).toBeNull();
    expect(parseLetters('Responsible')).toBeNull();
    expect(parseLetters('/R')).toBeNull();
  });

  it('ranks A over R over C over I for the fill of a cell', () => {
    expect(strongestLetter('RA')).toBe('A');
    expect(strongestLetter('CI')).toBe('C');
    expect(strongestLetter('RI')).toBe('R');
    expect(strongestLetter('')).toBeNull();
  });

  it('offers drop-down values that read back as themselves and fit Excel\'s 255-character list limit', () => {
    for (const value of RACI_LIST_VALUES) expect(displayLetters(parseLetters(value)!)).toBe(value);
    expect(`"${RACI_LIST_VALUES.join(',')}"`.length).toBeLessThanOrEqual(255);
  });
});
