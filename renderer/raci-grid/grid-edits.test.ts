import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import type { ProjectState } from '../../shared/model/project-state';
import { clearEdits, editCommand, lettersIn, pasteEdits, toggleEdits, type LettersAt } from './grid-edits';
import { gridLayout } from './grid-layout';
import { gridTestProject } from './grid-test-project';

function setup() {
  const state = gridTestProject([
    { type: 'setRaci', stepId: 'o1', partyId: 'sales', letters: 'RA' },
    { type: 'setRaci', stepId: 'o2', partyId: 'sales', letters: 'R' },
    { type: 'setRaci', stepId: 'o2', partyId: 'mgr', letters: 'A' },
  ]);
  // Columns: sales, mgr, rep, fin. Step rows: o1, o2, o3, o4.
  const layout = gridLayout(state, 'order', 'positions', true);
  const at = (s: ProjectState): LettersAt => (stepId, partyId) => s.raci[stepId]?.[partyId] ?? '';
  return { state, layout, at };
}

const rect = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('toggleEdits', () => {
  it('adds a letter where it is missing, keeping R-A-C-I order', () => {
    const { state, layout, at } = setup();
    expect(toggleEdits(layout, rect(0, 0, 1, 0), 'A', at(state))).toEqual([{ stepId: 'o2', partyId: 'sales', letters: 'RA' }]);
    expect(toggleEdits(layout, rect(0, 3), 'C', at(state))).toEqual([{ stepId: 'o1', partyId: 'fin', letters: 'C' }]);
  });

  it('takes it out of every cell when all have it', () => {
    const { state, layout, at } = setup();
    expect(toggleEdits(layout, rect(0, 0, 1, 0), 'R', at(state))).toEqual([
      { stepId: 'o1', partyId: 'sales', letters: 'A' },
      { stepId: 'o2', partyId: 'sales', letters: '' },
    ]);
  });
});

describe('clearEdits', () => {
  it('empties exactly the cells that hold letters', () => {
    const { state, layout, at } = setup();
    const edits = clearEdits(layout, rect(0, 0, 3, 3), at(state));
    // New steps get R for their lane's department, so O3 and O4 hold Sales: R too.
    expect(edits.map((e) => `${e.stepId}/${e.partyId}=${e.letters}`)).toEqual(['o1/sales=', 'o2/sales=', 'o2/mgr=', 'o3/sales=', 'o4/sales=']);
  });
});

describe('pasteEdits', () => {
  it('places the block from the top-left of the selection, across phase headings', () => {
    const { state, layout, at } = setup();
    const plan = pasteEdits(layout, rect(1, 1), [['R', 'C'], ['I', '']], at(state));
    expect(plan).toEqual({
      ok: true,
      cells: 4,
      edits: [
        { stepId: 'o2', partyId: 'mgr', letters: 'R' },
        { stepId: 'o2', partyId: 'rep', letters: 'C' },
        { stepId: 'o3', partyId: 'mgr', letters: 'I' },
      ],
    });
  });

  it('fills the whole selection with a single value', () => {
    const { state, layout, at } = setup();
    const plan = pasteEdits(layout, rect(2, 1, 3, 2), [['I']], at(state));
    expect(plan.ok && plan.edits.map((e) => `${e.stepId}/${e.partyId}=${e.letters}`)).toEqual(['o3/mgr=I', 'o3/rep=I', 'o4/mgr=I', 'o4/rep=I']);
  });

  it('refuses a block that does not fit', () => {
    const { state, layout, at } = setup();
    expect(pasteEdits(layout, rect(3, 2), [['R', 'A', 'C']], at(state))).toEqual({ ok: false, rows: 1, columns: 3, fitRows: 1, fitColumns: 2 });
  });

  it('becomes one command, and copying reads back what was pasted', () => {
    const { state, layout, at } = setup();
    const block = [['RA', 'C'], ['I', 'R']];
    const plan = pasteEdits(layout, rect(2, 2), block, at(state));
    if (!plan.ok) throw new Error('should fit');
    const command = editCommand(plan.edits, 'paste');
    expect(command?.type).toBe('batch');
    const next = execute(state, command!).state;
    expect(lettersIn(layout, rect(2, 2, 3, 3), at(next))).toEqual(block);
    expect(editCommand([], 'nothing')).toBeNull();
  });
});
