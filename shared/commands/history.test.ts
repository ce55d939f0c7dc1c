import { describe, expect, it } from 'vitest';
import { emptyHistory, record, takeRedo, takeUndo, type History, type HistoryEntry } from './history';

const entry = (n: number): HistoryEntry => ({
  label: `edit ${n}`,
  ops: [{ t: 'raci', stepId: 's1', partyId: 'd1', letters: String(n) }],
  inverse: [{ t: 'raci', stepId: 's1', partyId: 'd1', letters: '' }],
});
const labels = (h: History) => ({ undo: h.undo.map((e) => e.label), redo: h.redo.map((e) => e.label) });

describe('undo history', () => {
  it('nothing to undo or redo at first', () => {
    expect(takeUndo(emptyHistory)).toBeNull();
    expect(takeRedo(emptyHistory)).toBeNull();
  });

  it('undo takes the latest edit and offers it to redo; redo puts it back', () => {
    const h = record(record(emptyHistory, entry(1)), entry(2));
    const undone = takeUndo(h)!;
    expect(undone.entry.label).toBe('edit 2');
    expect(labels(undone.history)).toEqual({ undo: ['edit 1'], redo: ['edit 2'] });
    const twice = takeUndo(undone.history)!;
    expect(labels(twice.history)).toEqual({ undo: [], redo: ['edit 2', 'edit 1'] });
    const redone = takeRedo(twice.history)!;
    expect(redone.entry.label).toBe('edit 1');
    expect(labels(redone.history)).toEqual({ undo: ['edit 1'], redo: ['edit 2'] });
  });

  it('a new edit after an undo clears what could be redone', () => {
    const undone = takeUndo(record(record(emptyHistory, entry(1)), entry(2)))!.history;
    expect(labels(record(undone, entry(3)))).toEqual({ undo: ['edit 1', 'edit 3'], redo: [] });
  });

  it('a command that changed nothing is not an undo step (and keeps the redo list)', () => {
    const undone = takeUndo(record(emptyHistory, entry(1)))!.history;
    const same = record(undone, { label: 'no-op', ops: [], inverse: [] });
    expect(same).toBe(undone);
  });

  it('redo takes back the latest undone edit first, however many there are', () => {
    let h = emptyHistory;
    for (let n = 1; n <= 3; n++) h = record(h, entry(n));
    for (let n = 0; n < 3; n++) h = takeUndo(h)!.history;
    const first = takeRedo(h)!;
    expect(first.entry.label).toBe('edit 1');
    expect(labels(first.history)).toEqual({ undo: ['edit 1'], redo: ['edit 3', 'edit 2'] });
  });

  it('keeps the latest 500 edits, dropping the oldest', () => {
    let exactly = emptyHistory;
    for (let n = 1; n <= 500; n++) exactly = record(exactly, entry(n));
    expect(exactly.undo[0]!.label).toBe('edit 1');
    let h = emptyHistory;
    for (let n = 1; n <= 501; n++) h = record(h, entry(n));
    expect(h.undo).toHaveLength(500);
    expect(h.undo[0]!.label).toBe('edit 2');
    expect(h.undo.at(-1)!.label).toBe('edit 501');
  });
});
