import { describe, expect, it } from 'vitest';
import { byStepCode, sortByStepCode } from './step-code-order';

const codes = (list: string[]) => sortByStepCode(list.map((code, i) => ({ code, id: `id${list.length - i}` }))).map((s) => s.code);

describe('step-code order', () => {
  it('compares the numbers in codes by value, however they are padded', () => {
    expect(codes(['N10', 'N9', 'N100', 'N099', 'N2', 'N1'])).toEqual(['N1', 'N2', 'N9', 'N10', 'N099', 'N100']);
  });

  it('ignores case, puts a shorter code first and numbers before other characters', () => {
    expect(codes(['b1', 'A2', 'a1x', 'a1', 'a-1', 'A1'])).toEqual(['A1', 'a1', 'a1x', 'A2', 'a-1', 'b1']);
  });

  it('orders equal codes by id', () => {
    expect(byStepCode({ code: 'N01', id: 'b' }, { code: 'N1', id: 'a' })).toBeGreaterThan(0);
    expect(sortByStepCode([{ code: '', id: 'z' }, { code: '', id: 'y' }]).map((s) => s.id)).toEqual(['y', 'z']);
  });
});
