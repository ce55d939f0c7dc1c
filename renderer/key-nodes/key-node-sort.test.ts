import { describe, expect, it } from 'vitest';
import type { Step } from '../../shared/model/entities';
import { nextSort, sortKeyNodes, type SortContext } from './key-node-sort';

const step = (id: string, patch: Partial<Step>): Step => ({
  id,
  processId: 'p',
  laneId: 'l0',
  phaseId: null,
  code: '',
  name: '',
  kind: 'task',
  x: 0,
  y: 0,
  input: '',
  output: '',
  ownerPositionId: null,
  durationValue: null,
  durationUnit: 'hours',
  notes: '',
  subProcess: false,
  width: null,
  height: null,
  color: null,
  ...patch,
});

const steps = [
  step('a', { code: 'N10', name: 'Zulu', durationValue: 1, durationUnit: 'days', laneId: 'l1', ownerPositionId: 'pos2' }),
  step('b', { code: 'N2', name: 'alpha', durationValue: 4, kind: 'decision' }),
  step('c', { code: 'N3', name: '', kind: 'start' }),
];
const ctx: SortContext = { laneOrder: new Map([['l0', 0], ['l1', 1]]), ownerName: (id) => (id === 'pos2' ? 'Buyer' : '') };
const ids = (list: Step[]) => list.map((s) => s.id);

describe('key-node sorting', () => {
  it('keeps the flow order without a sort', () => {
    expect(ids(sortKeyNodes(steps, null, ctx))).toEqual(['a', 'b', 'c']);
  });

  it('sorts node numbers naturally (N2 before N10) both ways', () => {
    expect(ids(sortKeyNodes(steps, { column: 'code', direction: 'ascending' }, ctx))).toEqual(['b', 'c', 'a']);
    expect(ids(sortKeyNodes(steps, { column: 'code', direction: 'descending' }, ctx))).toEqual(['a', 'c', 'b']);
  });

  it('puts empty values last in either direction', () => {
    expect(ids(sortKeyNodes(steps, { column: 'name', direction: 'ascending' }, ctx))).toEqual(['b', 'a', 'c']);
    expect(ids(sortKeyNodes(steps, { column: 'name', direction: 'descending' }, ctx))).toEqual(['a', 'b', 'c']);
  });

  it('compares durations in hours, a day being a working day', () => {
    expect(ids(sortKeyNodes(steps, { column: 'duration', direction: 'ascending' }, ctx))).toEqual(['b', 'a', 'c']);
  });

  it('sorts kinds, lanes and owners by their meaning', () => {
    expect(ids(sortKeyNodes(steps, { column: 'kind', direction: 'ascending' }, ctx))).toEqual(['c', 'a', 'b']);
    expect(ids(sortKeyNodes(steps, { column: 'lane', direction: 'descending' }, ctx))).toEqual(['a', 'b', 'c']);
    expect(ids(sortKeyNodes(steps, { column: 'owner', direction: 'ascending' }, ctx))).toEqual(['a', 'b', 'c']);
  });

  it('cycles a header: ascending, descending, flow order', () => {
    const first = nextSort(null, 'name');
    expect(first).toEqual({ column: 'name', direction: 'ascending' });
    const second = nextSort(first, 'name');
    expect(second).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort(second, 'name')).toBeNull();
    expect(nextSort(second, 'code')).toEqual({ column: 'code', direction: 'ascending' });
  });
});
