import { describe, expect, it } from 'vitest';
import { clampSelection, moveTarget, rectOf, type KeyMove } from './grid-range';

const bounds = { rows: 5, cols: 4 };
const key = (k: string, extra: Partial<KeyMove> = {}): KeyMove => ({ key: k, shift: false, ctrl: false, ...extra });

describe('moveTarget', () => {
  it('moves with arrows and stops at the edges', () => {
    expect(moveTarget({ row: 0, col: 0 }, key('ArrowUp'), bounds, 3)).toEqual({ row: 0, col: 0 });
    expect(moveTarget({ row: 0, col: 0 }, key('ArrowDown'), bounds, 3)).toEqual({ row: 1, col: 0 });
    expect(moveTarget({ row: 2, col: 3 }, key('ArrowRight'), bounds, 3)).toEqual({ row: 2, col: 3 });
    expect(moveTarget({ row: 2, col: 3 }, key('ArrowLeft', { ctrl: true }), bounds, 3)).toEqual({ row: 2, col: 0 });
  });

  it('Tab and Shift+Tab never move the active cell, from anywhere: they leave the grid', () => {
    for (const from of [{ row: 0, col: 0 }, { row: 1, col: 3 }, { row: 2, col: 1 }, { row: 4, col: 3 }]) {
      expect(moveTarget(from, key('Tab'), bounds, 3)).toBeNull();
      expect(moveTarget(from, key('Tab', { shift: true }), bounds, 3)).toBeNull();
    }
  });

  it('Enter goes down, Shift+Enter up; Home/End and Page keys', () => {
    expect(moveTarget({ row: 1, col: 2 }, key('Enter'), bounds, 3)).toEqual({ row: 2, col: 2 });
    expect(moveTarget({ row: 1, col: 2 }, key('Enter', { shift: true }), bounds, 3)).toEqual({ row: 0, col: 2 });
    expect(moveTarget({ row: 1, col: 2 }, key('End', { ctrl: true }), bounds, 3)).toEqual({ row: 4, col: 3 });
    expect(moveTarget({ row: 1, col: 2 }, key('Home'), bounds, 3)).toEqual({ row: 1, col: 0 });
    expect(moveTarget({ row: 1, col: 2 }, key('PageDown'), bounds, 3)).toEqual({ row: 4, col: 2 });
  });

  it('ignores other keys', () => {
    expect(moveTarget({ row: 1, col: 2 }, key('x'), bounds, 3)).toBeNull();
  });
});

describe('selection', () => {
  it('is the rectangle between anchor and focus in any direction', () => {
    expect(rectOf({ anchor: { row: 3, col: 1 }, focus: { row: 1, col: 2 } })).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
  });

  it('is clamped when the grid shrinks', () => {
    expect(clampSelection({ anchor: { row: 9, col: 9 }, focus: { row: 2, col: 1 } }, bounds)).toEqual({ anchor: { row: 4, col: 3 }, focus: { row: 2, col: 1 } });
  });
});
