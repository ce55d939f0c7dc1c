import fc from 'fast-check';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { STEP_KINDS } from '../../shared/model/entities';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';

export interface Intent {
  kind: number;
  a: number;
  b: number;
  c: number;
  text: string;
}

export const intent = fc.record({ kind: fc.nat(99), a: fc.nat(), b: fc.nat(), c: fc.nat(), text: fc.string({ minLength: 1, maxLength: 8 }) });

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length ? items[n % items.length] : undefined;
}

/** Turns a random intent into a command that makes sense for the current state (or a deliberately bad one). */
export function toCommand(state: ProjectState, i: Intent, seq: number): CommandInput | null {
  const t = state.tables;
  const depts = Object.values(t.departments);
  const positions = Object.values(t.positions);
  const procs = Object.values(t.processes);
  const lanes = Object.values(t.lanes);
  const phases = Object.values(t.phases);
  const steps = Object.values(t.steps);
  const flows = Object.values(t.flows);
  const parties = [...depts.map((d) => d.id), ...positions.map((p) => p.id)];
  const id = `x${seq}`;
  switch (i.kind % 21) {
    case 0:
      return { type: 'add', table: 'departments', row: { id, name: i.text } };
    case 1: {
      const d = pick(depts, i.a);
      return d ? { type: 'add', table: 'positions', row: { id, departmentId: d.id, name: i.text } } : null;
    }
    case 2:
      return { type: 'add', table: 'processes', row: { id, name: i.text } };
    case 3: {
      const p = pick(procs, i.a);
      const d = pick(depts, i.b);
      return p && d ? { type: 'add', table: 'lanes', row: { id, processId: p.id, departmentId: d.id } } : null;
    }
    case 4: {
      const p = pick(procs, i.a);
      return p ? { type: 'add', table: 'phases', row: { id, processId: p.id, name: i.text } } : null;
    }
    case 5:
    case 6: {
      const lane = pick(lanes, i.a);
      if (!lane) return null;
      const phase = pick(phases.filter((ph) => ph.processId === lane.processId), i.b);
      const owner = pick(positions, i.c);
      return {
        type: 'add',
        table: 'steps',
        row: { id, processId: lane.processId, laneId: lane.id, phaseId: phase?.id ?? null, ownerPositionId: owner?.id ?? null, name: i.text, kind: STEP_KINDS[i.b % STEP_KINDS.length], x: i.a % 1000, y: i.c % 500 },
      };
    }
    case 7: {
      const from = pick(steps, i.a);
      const to = pick(steps.filter((s) => s.processId === from?.processId), i.b);
      return from && to ? { type: 'add', table: 'flows', row: { id, processId: from.processId, fromStepId: from.id, toStepId: to.id, label: i.text } } : null;
    }
    case 8:
    case 9: {
      const s = pick(steps, i.a);
      const party = pick(parties, i.b);
      return s && party ? { type: 'setRaci', stepId: s.id, partyId: party, letters: ['R', 'A', 'C', 'I', 'RA', 'CI', '', 'a/r'][i.c % 8]! } : null;
    }
    case 10: {
      const s = pick(steps, i.a);
      const lane = pick(lanes.filter((l) => l.processId === s?.processId), i.b);
      return s && lane ? { type: 'update', table: 'steps', id: s.id, patch: { laneId: lane.id, name: i.text, x: i.c % 900 } } : null;
    }
    case 11: {
      const d = pick(depts, i.a);
      return d ? { type: 'update', table: 'departments', id: d.id, patch: { name: i.text } } : null;
    }
    case 12: {
      const d = pick(depts, i.a);
      return d ? { type: 'move', table: 'departments', id: d.id, toIndex: i.b % (depts.length + 1) } : null;
    }
    case 13: {
      const f = pick(flows, i.a);
      return f ? { type: 'update', table: 'flows', id: f.id, patch: { label: i.text } } : null;
    }
    case 14: {
      const tables = ['departments', 'positions', 'processes', 'lanes', 'phases', 'steps', 'flows', 'decisions'] as const;
      const table = tables[i.a % tables.length]!;
      const row = pick(Object.values(t[table]), i.b);
      return row ? { type: 'delete', table, id: row.id } : null;
    }
    case 15:
      return { type: 'setMeta', patch: { name: i.text } };
    case 16: {
      const s = pick(steps, i.a);
      // Deliberately bad: a reference to a row that does not exist must be refused without change.
      return s ? { type: 'update', table: 'steps', id: s.id, patch: { laneId: 'missing-lane' } } : { type: 'add', table: 'lanes', row: { id, processId: 'nope', departmentId: 'nope' } };
    }
    case 17: {
      const d1 = `${id}a`;
      // One in three batches fails on its last command, after the first ones already ran.
      const last: CommandInput = i.b % 3 === 0 ? { type: 'add', table: 'lanes', row: { id: `${id}c`, processId: 'missing', departmentId: d1 } } : { type: 'add', table: 'positions', row: { id: `${id}b`, departmentId: d1, name: i.text } };
      return { type: 'batch', commands: [{ type: 'add', table: 'departments', row: { id: d1, name: i.text } }, last] };
    }
    case 19: {
      const s = pick(steps, i.a);
      return s ? { type: 'add', table: 'decisions', row: { id, processId: s.processId, stepId: s.id, findingKey: `raci.multiple-accountable|${s.id}`, ruleId: 'raci.multiple-accountable', kind: 'accepted', accountableName: '', decidedBy: 'VP', decidedAt: '2026-11-25T10:00:00Z', reason: i.text + 'x' } } : null;
    }
    case 18: {
      const p = pick(procs, i.a);
      return p ? { type: 'update', table: 'processes', id: p.id, patch: { orientation: i.b % 2 ? 'vertical' : 'horizontal', description: i.text } } : null;
    }
    default: {
      const lane = pick(lanes, i.a);
      return lane ? { type: 'move', table: 'lanes', id: lane.id, toIndex: i.b % 5 } : null;
    }
  }
}

/** A small project to start from, so random sequences reach deep states (cells on steps, cascades) quickly. */
export function seeded(): ProjectState {
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } },
    { type: 'add', table: 'departments', row: { id: 'd2', name: 'R&D' } },
    { type: 'add', table: 'positions', row: { id: 'p1', departmentId: 'd1', name: 'Manager' } },
    { type: 'add', table: 'processes', row: { id: 'pr1', name: 'Launch' } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'pr1', departmentId: 'd1' } },
    { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'pr1', departmentId: 'd2' } },
    { type: 'add', table: 'phases', row: { id: 'ph1', processId: 'pr1', name: 'Plan' } },
    { type: 'add', table: 'steps', row: { id: 's1', processId: 'pr1', laneId: 'l1', phaseId: 'ph1', ownerPositionId: 'p1' } },
    { type: 'add', table: 'steps', row: { id: 's2', processId: 'pr1', laneId: 'l2' } },
    { type: 'add', table: 'flows', row: { id: 'f1', processId: 'pr1', fromStepId: 's1', toStepId: 's2' } },
    { type: 'setRaci', stepId: 's1', partyId: 'd1', letters: 'RA' },
    { type: 'setRaci', stepId: 's1', partyId: 'p1', letters: 'C' },
    { type: 'setRaci', stepId: 's2', partyId: 'd2', letters: 'R' },
  ];
  return commands.reduce((state, c) => execute(state, c).state, emptyProject({ name: 'P', language: 'en', organisation: '' }));
}

