import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCell } from './three-way';

const letters = fc.constantFrom('', 'R', 'A', 'C', 'I', 'RA', 'CI');

/** The cell after an import where every conflict is settled one way. */
function merged(base: string | null, mine: string, theirs: string, take: 'mine' | 'theirs'): string {
  switch (classifyCell(base, mine, theirs)) {
    case 'apply':
      return theirs;
    case 'keep':
    case 'same':
      return mine;
    case 'conflict':
      return take === 'mine' ? mine : theirs;
  }
}

describe('three-way comparison of a RACI cell', () => {
  it('names each case', () => {
    expect(classifyCell('R', 'R', 'C')).toBe('apply');
    expect(classifyCell('R', 'A', 'R')).toBe('keep');
    expect(classifyCell('R', 'A', 'C')).toBe('conflict');
    expect(classifyCell('R', 'A', 'A')).toBe('same');
    expect(classifyCell(null, 'A', 'C')).toBe('apply');
    expect(classifyCell('', '', 'I')).toBe('apply');
  });

  it('never reverts what Lanewise changed when the client left the cell as exported', () => {
    fc.assert(
      fc.property(letters, letters, fc.constantFrom('mine', 'theirs' as const), (base, mine, take) => {
        expect(merged(base, mine, base, take)).toBe(mine);
      }),
    );
  });

  it('takes every change of the client on a cell Lanewise left alone', () => {
    fc.assert(
      fc.property(letters, letters, fc.constantFrom('mine', 'theirs' as const), (base, theirs, take) => {
        expect(merged(base, base, theirs, take)).toBe(theirs);
      }),
    );
  });

  it('asks only when both sides changed a cell to different letters', () => {
    fc.assert(
      fc.property(letters, letters, letters, (base, mine, theirs) => {
        expect(classifyCell(base, mine, theirs) === 'conflict').toBe(mine !== base && theirs !== base && mine !== theirs);
      }),
    );
  });

  it('importing the same workbook twice changes nothing the second time', () => {
    fc.assert(
      fc.property(fc.option(letters, { nil: null }), letters, letters, fc.constantFrom('mine', 'theirs' as const), (base, mine, theirs, take) => {
        const once = merged(base, mine, theirs, take);
        const twice = merged(base, once, theirs, take);
        expect(twice).toBe(once);
      }),
    );
  });
});
