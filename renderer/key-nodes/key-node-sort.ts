import { STEP_KINDS, type Step } from '../../shared/model/entities';

export const KEY_NODE_COLUMNS = ['code', 'name', 'kind', 'lane', 'input', 'output', 'owner', 'duration', 'notes'] as const;
export type KeyNodeColumn = (typeof KEY_NODE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface KeyNodeSort {
  column: KeyNodeColumn;
  direction: SortDirection;
}

/** Names the sort needs that are not on the step itself. */
export interface SortContext {
  laneOrder: ReadonlyMap<string, number>;
  ownerName: (positionId: string | null) => string;
}

/** A working day, for comparing durations given in days with durations given in hours. */
const HOURS_PER_DAY = 8;

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

function hours(step: Step): number {
  if (step.durationValue === null) return Number.POSITIVE_INFINITY;
  return step.durationUnit === 'days' ? step.durationValue * HOURS_PER_DAY : step.durationValue;
}

function compare(column: KeyNodeColumn, a: Step, b: Step, ctx: SortContext): number {
  switch (column) {
    case 'kind':
      return STEP_KINDS.indexOf(a.kind) - STEP_KINDS.indexOf(b.kind);
    case 'lane':
      return (ctx.laneOrder.get(a.laneId) ?? 0) - (ctx.laneOrder.get(b.laneId) ?? 0);
    case 'owner':
      return collator.compare(ctx.ownerName(a.ownerPositionId), ctx.ownerName(b.ownerPositionId));
    case 'duration':
      return hours(a) - hours(b) || 0;
    default:
      return collator.compare(a[column], b[column]);
  }
}

/**
 * Rows sorted by a column; ties keep the flow order they came in. Empty values go last either way,
 * so the steps still to be documented collect at the bottom.
 */
export function sortKeyNodes(steps: readonly Step[], sort: KeyNodeSort | null, ctx: SortContext): Step[] {
  if (!sort) return [...steps];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const isEmpty = (s: Step) => (sort.column === 'duration' ? s.durationValue === null : sort.column === 'owner' ? s.ownerPositionId === null : sort.column in s && (s as unknown as Record<string, unknown>)[sort.column] === '');
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => {
      const ea = isEmpty(a.step);
      const eb = isEmpty(b.step);
      if (ea !== eb) return ea ? 1 : -1;
      const c = ea ? 0 : compare(sort.column, a.step, b.step, ctx);
      return c !== 0 && Number.isFinite(c) ? sign * c : a.index - b.index;
    })
    .map((x) => x.step);
}

/** Clicking a header: ascending first, then descending, then back to the flow order. */
export function nextSort(current: KeyNodeSort | null, column: KeyNodeColumn): KeyNodeSort | null {
  if (!current || current.column !== column) return { column, direction: 'ascending' };
  if (current.direction === 'ascending') return { column, direction: 'descending' };
  return null;
}
