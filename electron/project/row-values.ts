import type { Op } from '../../shared/commands/ops';
import { own } from '../../shared/model/id-map';
import type { ProjectState } from '../../shared/model/project-state';

/** One thing a change can touch: a row, a RACI cell or the project details. */
type Key = string;

function keyOf(op: Op): Key {
  switch (op.t) {
    case 'put':
      return `row\u0000${op.table}\u0000${op.row.id}`;
    case 'del':
      return `row\u0000${op.table}\u0000${op.id}`;
    case 'raci':
      return `raci\u0000${op.stepId}\u0000${op.partyId}`;
    case 'meta':
      return 'meta';
  }
}

function valueAfter(op: Op): unknown {
  switch (op.t) {
    case 'put':
      return op.row;
    case 'del':
      return undefined;
    case 'raci':
      return op.letters || undefined;
    case 'meta':
      return op.meta;
  }
}

function valueNow(state: ProjectState, op: Op): unknown {
  switch (op.t) {
    case 'put':
      return own(state.tables[op.table] as Readonly<Record<string, unknown>>, op.row.id);
    case 'del':
      return own(state.tables[op.table] as Readonly<Record<string, unknown>>, op.id);
    case 'raci': {
      const row = own(state.raci, op.stepId);
      return row ? own(row, op.partyId) : undefined;
    }
    case 'meta':
      return state.meta;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Whether the state still holds exactly what `ops` left behind: true when nobody has changed any
 * of those rows or cells since, so replaying their inverse reverts only what they did.
 */
export function stillAsLeftBy(state: ProjectState, ops: readonly Op[]): boolean {
  const last = new Map<Key, Op>();
  for (const op of ops) last.set(keyOf(op), op);
  for (const op of last.values()) if (!sameValue(valueNow(state, op), valueAfter(op))) return false;
  return true;
}
