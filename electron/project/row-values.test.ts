import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import type { Op } from '../../shared/commands/ops';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { stillAsLeftBy } from './row-values';

/** Sales, a process with a lane, two steps joined by a flow with a bend, and one RACI cell. */
function project(): ProjectState {
  return execute(emptyProject({ name: 'P', language: 'en', organisation: '' }), {
    type: 'batch',
    commands: [
      { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
      { type: 'add', table: 'processes', row: { id: 'p', name: 'Sell' } },
      { type: 'add', table: 'lanes', row: { id: 'l', processId: 'p', departmentId: 'd1' } },
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'p', laneId: 'l', name: 'Offer' } },
      { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'l', name: 'Sign' } },
      { type: 'add', table: 'flows', row: { id: 'f', processId: 'p', fromStepId: 's1', toStepId: 's2', bends: [{ x: 10, y: 20 }] } },
      { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'RA' },
    ],
  }).state;
}

/** The ops an edit left behind, as undo keeps them: copies of what the rows held right after it. */
const copy = <T>(value: T): T => structuredClone(value);

describe('undo only replays onto rows that still hold what the edit left', () => {
  it('a row, a cell and the project details as the edit left them', () => {
    const state = project();
    const ops: Op[] = [
      { t: 'put', table: 'flows', row: copy(state.tables.flows.f!) },
      { t: 'raci', stepId: 's1', partyId: 'd1', letters: 'RA' },
      { t: 'meta', meta: copy(state.meta) },
    ];
    expect(stillAsLeftBy(state, ops)).toBe(true);
  });

  it('a row someone changed since, down to a point of a flow', () => {
    const state = project();
    const left: Op[] = [{ t: 'put', table: 'flows', row: copy(state.tables.flows.f!) }];
    const moved = execute(state, { type: 'update', table: 'flows', id: 'f', patch: { bends: [{ x: 10, y: 21 }] } }).state;
    expect(stillAsLeftBy(moved, left)).toBe(false);
    const more = execute(state, { type: 'update', table: 'flows', id: 'f', patch: { bends: [{ x: 10, y: 20 }, { x: 30, y: 20 }] } }).state;
    expect(stillAsLeftBy(more, left)).toBe(false);
    const relabelled = execute(state, { type: 'update', table: 'flows', id: 'f', patch: { label: 'yes' } }).state;
    expect(stillAsLeftBy(relabelled, left)).toBe(false);
  });

  it('a row the edit added that someone deleted since, or deleted that someone added again', () => {
    const state = project();
    const added: Op[] = [{ t: 'put', table: 'departments', row: copy(state.tables.departments.d1!) }];
    const gone = execute(execute(state, { type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } }).state, { type: 'delete', table: 'departments', id: 'd2' }).state;
    expect(stillAsLeftBy(gone, [{ t: 'put', table: 'departments', row: { ...copy(state.tables.departments.d1!), id: 'd2', name: 'Finance' } }])).toBe(false);
    expect(stillAsLeftBy(state, added)).toBe(true);
    expect(stillAsLeftBy(state, [{ t: 'del', table: 'departments', id: 'd9' }])).toBe(true);
    expect(stillAsLeftBy(state, [{ t: 'del', table: 'departments', id: 'd1' }])).toBe(false);
  });

  it('a cell the edit set or cleared that someone changed since', () => {
    const state = project();
    const changed = execute(state, { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'R' }).state;
    expect(stillAsLeftBy(changed, [{ t: 'raci', stepId: 's1', partyId: 'd1', letters: 'RA' }])).toBe(false);
    expect(stillAsLeftBy(state, [{ t: 'raci', stepId: 's9', partyId: 'd1', letters: '' }])).toBe(true);
    expect(stillAsLeftBy(state, [{ t: 'raci', stepId: 's1', partyId: 'ghost', letters: '' }])).toBe(true);
    expect(stillAsLeftBy(state, [{ t: 'raci', stepId: 's1', partyId: 'd1', letters: '' }])).toBe(false);
  });

  it('project details someone changed since', () => {
    const state = project();
    const renamed = execute(state, { type: 'setMeta', patch: { name: 'Renamed' } }).state;
    expect(stillAsLeftBy(renamed, [{ t: 'meta', meta: copy(state.meta) }])).toBe(false);
  });

  it('an edit that touched one thing twice is judged by what it left last', () => {
    const state = project();
    const twice: Op[] = [
      { t: 'raci', stepId: 's1', partyId: 'd1', letters: 'C' },
      { t: 'raci', stepId: 's1', partyId: 'd1', letters: 'RA' },
    ];
    expect(stillAsLeftBy(state, twice)).toBe(true);
    expect(stillAsLeftBy(state, [...twice].reverse())).toBe(false);
  });

  it('values of another shape are different values: a list for a record, a missing field for another', () => {
    const state = project();
    const flow = state.tables.flows.f!;
    const asRecord = { ...flow, bends: { 0: { x: 10, y: 20 } } } as unknown as typeof flow;
    expect(stillAsLeftBy(state, [{ t: 'put', table: 'flows', row: asRecord }])).toBe(false);
    const { label: _label, ...withoutLabel } = flow;
    const otherField = { ...withoutLabel, note: flow.label } as unknown as typeof flow;
    expect(stillAsLeftBy(state, [{ t: 'put', table: 'flows', row: otherField }])).toBe(false);
    const nulled = { ...flow, bends: null } as unknown as typeof flow;
    expect(stillAsLeftBy(state, [{ t: 'put', table: 'flows', row: nulled }])).toBe(false);
  });
});

describe('each row and cell an edit touched is judged on its own', () => {
  type Row = Record<string, unknown> & { id: string };
  const sales = { id: 'd1', name: 'Sales', color: null, order: 1 };
  const finance = { id: 'd2', name: 'Finance', color: null, order: 2 };
  const put = (row: Row): Op => ({ t: 'put', table: 'departments', row }) as unknown as Op;
  const del = (id: string): Op => ({ t: 'del', table: 'departments', id });
  const cell = (stepId: string, partyId: string, letters: string): Op => ({ t: 'raci', stepId, partyId, letters });

  /** A project holding these department rows and RACI cells, as a file would hold them. */
  function holding(departments: Row[], raci: Record<string, Record<string, string>> = {}): ProjectState {
    const state = emptyProject({ name: 'Rows', language: 'en', organisation: '' });
    for (const row of departments) (state.tables.departments as unknown as Record<string, Row>)[row.id] = row;
    Object.assign(state.raci, raci);
    return state;
  }

  it('a change to the first of several rows or cells is seen', () => {
    expect(stillAsLeftBy(holding([{ ...sales, name: 'Changed' }, finance]), [put(sales), put(finance)])).toBe(false);
    expect(stillAsLeftBy(holding([sales]), [del('d1'), del('d2')])).toBe(false);
    expect(stillAsLeftBy(holding([], { s1: { d1: 'C', d2: 'I' } }), [cell('s1', 'd1', 'RA'), cell('s1', 'd2', 'I')])).toBe(false);
    expect(stillAsLeftBy(holding([], { s1: { d1: 'C' }, s2: { d1: 'I' } }), [cell('s1', 'd1', 'RA'), cell('s2', 'd1', 'I')])).toBe(false);
    expect(stillAsLeftBy(holding([{ ...sales, name: 'Changed' }], { s1: { d1: 'I' } }), [put(sales), cell('s1', 'd1', 'I')])).toBe(false);
  });

  it('a row it wrote that was deleted since, or lost a field, or gained one', () => {
    const { color: _color, ...withoutColour } = sales;
    expect(stillAsLeftBy(holding([]), [put(sales)])).toBe(false);
    expect(stillAsLeftBy(holding([withoutColour]), [put(sales)])).toBe(false);
    expect(stillAsLeftBy(holding([sales]), [put(withoutColour)])).toBe(false);
  });

  it('a field holding an object that was cleared since, or that was empty and now holds one', () => {
    const shaped = { ...sales, layout: { x: 1 } };
    expect(stillAsLeftBy(holding([{ ...sales, layout: null }]), [put(shaped)])).toBe(false);
    expect(stillAsLeftBy(holding([shaped]), [put({ ...sales, layout: null })])).toBe(false);
  });

  it('a text field changed since, in a row written twice by the edit', () => {
    const state = holding([{ ...sales, name: 'Second' }]);
    expect(stillAsLeftBy(state, [put({ ...sales, name: 'First' }), put({ ...sales, name: 'Second' })])).toBe(true);
    expect(stillAsLeftBy(state, [put({ ...sales, name: 'Second' }), put({ ...sales, name: 'First' })])).toBe(false);
    expect(stillAsLeftBy(holding([]), [put(sales), del('d1')])).toBe(true);
  });
});
