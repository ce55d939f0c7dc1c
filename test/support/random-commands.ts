import fc from 'fast-check';
import type { z } from 'zod';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { processVersionSchema, projectMetaSchema } from '../../shared/model/entities';
import { snapshotProcess } from '../../shared/process/process-snapshot';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { ORDERED_TABLE_NAMES, TABLE_NAMES, tableSpec, type TableName } from '../../shared/model/table-registry';
import { seededRandom, valueOf, type Random } from './schema-values';

/**
 * Random commands derived from the table registry: every table's adds, updates and deletes, the
 * moves of every ordered table, RACI cells, project details, batches and deliberately bad
 * references. A table added to the registry is covered without touching this file.
 */
export interface Intent {
  kind: number;
  seed: number;
  a: number;
  b: number;
}

export const intent = fc.record({ kind: fc.nat(9_999), seed: fc.nat(), a: fc.nat(), b: fc.nat() });

/** Every kind of command the generator makes, as "type:table" (or "setRaci", "batch", …). */
export const COMMAND_KINDS = [
  ...TABLE_NAMES.flatMap((t) => [`add:${t}`, `update:${t}`, `delete:${t}`]),
  ...ORDERED_TABLE_NAMES.map((t) => `move:${t}`),
  'setRaci',
  'setMeta',
  'batch',
  'bad-reference',
] as const;

/** The kind a command counts as when tallying what was accepted. */
export function kindOf(command: CommandInput): string {
  switch (command.type) {
    case 'add':
    case 'update':
    case 'delete':
    case 'move':
      return `${command.type}:${command.table}`;
    case 'batch':
      return 'batch';
    case 'setRaci':
    case 'setMeta':
      return command.type;
  }
}

function pick<T>(items: readonly T[], random: Random): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

function rowsOf(state: ProjectState, table: TableName): Array<Record<string, unknown>> {
  return Object.values(state.tables[table]) as unknown as Array<Record<string, unknown>>;
}

/** A field's value for a row of `table`: a real row for a reference (of the same process), else drawn from its schema. */
function fieldValue(state: ProjectState, table: TableName, field: string, row: Record<string, unknown>, random: Random): unknown {
  const spec = tableSpec(table);
  const fk = spec.foreignKeys.find((k) => k.field === field);
  if (fk) {
    if (fk.onDelete === 'setNull' && random() < 0.25) return null;
    const processId = row.processId;
    const candidates = rowsOf(state, fk.table as TableName).filter((r) => processId === undefined || r.processId === undefined || r.processId === processId);
    return pick(candidates, random)?.id;
  }
  return valueOf((spec.schema.shape as Record<string, z.ZodType>)[field]!, random);
}

/** Fields in the order that lets references be scoped: the owning process first. */
function fieldsOf(table: TableName): string[] {
  const fields = Object.keys(tableSpec(table).schema.shape);
  return [...fields.filter((f) => f === 'processId'), ...fields.filter((f) => f !== 'processId' && f !== 'id')];
}

/**
 * Rows whose fields must agree with the rest of the project beyond what their schema says (a saved
 * version holds a snapshot of its process): half of their adds are drawn from the state instead.
 */
const ROWS_FROM_STATE: Partial<Record<TableName, (state: ProjectState, id: string, random: Random) => Record<string, unknown> | null>> = {
  processVersions: (state, id, random) => {
    const process = pick(rowsOf(state, 'processes'), random);
    if (!process) return null;
    return { id, processId: process.id, label: valueOf(processVersionSchema.shape.label, random), savedAt: '2026-11-26T09:00:00.000Z', snapshot: snapshotProcess(state, String(process.id)) };
  },
};

function addRow(state: ProjectState, table: TableName, id: string, random: Random): Record<string, unknown> | null {
  const fromState = ROWS_FROM_STATE[table];
  if (fromState && random() < 0.5) return fromState(state, id, random);
  const spec = tableSpec(table);
  const defaults = spec.defaults as Record<string, unknown>;
  const row: Record<string, unknown> = { id };
  for (const field of fieldsOf(table)) {
    if ((field in defaults || field === 'order') && random() < 0.5) continue;
    const value = fieldValue(state, table, field, row, random);
    if (value === undefined) {
      // A required reference with nothing to point at: this add cannot be made yet.
      if (spec.foreignKeys.some((k) => k.field === field) && !(field in defaults)) return null;
      continue;
    }
    row[field] = value;
  }
  return row;
}

function patchOf(state: ProjectState, table: TableName, existing: Record<string, unknown>, random: Random): Record<string, unknown> {
  const fixed = new Set<string>(['id', ...(tableSpec(table).fixed as readonly string[])]);
  const fields = fieldsOf(table).filter((f) => !fixed.has(f));
  const patch: Record<string, unknown> = {};
  for (let n = 1 + Math.floor(random() * 2); n > 0; n--) {
    const field = pick(fields, random);
    if (!field) break;
    const value = fieldValue(state, table, field, existing, random);
    if (value !== undefined) patch[field] = value;
  }
  return patch;
}

/** Turns a random intent into a command for the current state (or a deliberately bad one); null when none fits. */
export function toCommand(state: ProjectState, i: Intent, seq: number, depth = 0): CommandInput | null {
  const random = seededRandom(i.seed ^ (seq * 2654435761));
  const kind = COMMAND_KINDS[i.kind % COMMAND_KINDS.length]!;
  const id = `x${seq}${depth ? `_${depth}_${i.a % 97}` : ''}`;
  const [type, tableName] = kind.split(':') as [string, TableName | undefined];
  switch (type) {
    case 'add': {
      const row = addRow(state, tableName!, id, random);
      return row ? ({ type: 'add', table: tableName!, row } as CommandInput) : null;
    }
    case 'update': {
      const existing = pick(rowsOf(state, tableName!), random);
      return existing ? ({ type: 'update', table: tableName!, id: String(existing.id), patch: patchOf(state, tableName!, existing, random) } as CommandInput) : null;
    }
    case 'delete': {
      const existing = pick(rowsOf(state, tableName!), random);
      return existing ? { type: 'delete', table: tableName!, id: String(existing.id) } : null;
    }
    case 'move': {
      const existing = pick(rowsOf(state, tableName!), random);
      return existing ? ({ type: 'move', table: tableName!, id: String(existing.id), toIndex: i.b % 6 } as CommandInput) : null;
    }
    case 'setRaci': {
      const step = pick(rowsOf(state, 'steps'), random);
      const party = pick([...rowsOf(state, 'departments'), ...rowsOf(state, 'positions')], random);
      const letters = pick(['R', 'A', 'C', 'I', 'RA', 'CI', '', 'a/r', 'x'], random)!;
      return step && party ? { type: 'setRaci', stepId: String(step.id), partyId: String(party.id), letters } : null;
    }
    case 'setMeta':
      return { type: 'setMeta', patch: { name: String(valueOf(projectMetaSchema.shape.name, random)) } };
    case 'batch': {
      if (depth > 1) return null;
      const commands: CommandInput[] = [];
      for (let n = 0; n < 2 + (i.b % 3); n++) {
        const c = toCommand(state, { kind: (i.kind * 31 + n * 7) % 9_999, seed: i.seed + n + 1, a: i.a + n, b: i.b + n }, seq, depth + 1 + n);
        if (c) commands.push(c);
      }
      return commands.length ? { type: 'batch', commands } : null;
    }
    default: {
      // Deliberately bad: a reference to a row that does not exist must be refused without change.
      const step = pick(rowsOf(state, 'steps'), random);
      return step ? { type: 'update', table: 'steps', id: String(step.id), patch: { laneId: 'missing-lane' } } : { type: 'add', table: 'lanes', row: { id, processId: 'nope', departmentId: 'nope' } };
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
    { type: 'add', table: 'decisions', row: { id: 'dc1', processId: 'pr1', stepId: 's1', findingKey: 'raci.multiple-accountable|s1', ruleId: 'raci.multiple-accountable', kind: 'resolved', accountableName: 'Sales', decidedBy: 'VP', decidedAt: '2026-11-25', reason: 'One owner' } },
    { type: 'add', table: 'annotations', row: { id: 'an1', processId: 'pr1', x: 300, y: 40, text: 'Ask legal' } },
    { type: 'add', table: 'policySections', row: { id: 'po1', chapter: 'general', title: 'Purpose', body: 'Why.' } },
    { type: 'add', table: 'reviewNotes', row: { id: 'rn1', processId: 'pr1', stepId: 's1', source: 'remark', text: 'Check the owner', importedAt: '2026-11-26T09:00:00Z' } },
    // The diagnosis: rows its deeper tables (answers, links, quotes) point at.
    { type: 'add', table: 'surveyDimensions', row: { id: 'sd1', nameZh: '流程清晰度', nameEn: 'Process clarity' } },
    { type: 'add', table: 'surveyQuestions', row: { id: 'sq1', dimensionId: 'sd1', textEn: 'The process is clear.' } },
    { type: 'add', table: 'surveyResponses', row: { id: 'sr1', departmentId: 'd1' } },
    { type: 'add', table: 'interviews', row: { id: 'in1', date: '2026-03-02' } },
    { type: 'add', table: 'problems', row: { id: 'pb1', title: 'Rework after changes' } },
    { type: 'add', table: 'scopeProcesses', row: { id: 'sp1', processId: 'pr1' } },
    { type: 'add', table: 'scopeDepartments', row: { id: 'sdp1', departmentId: 'd1' } },
    { type: 'add', table: 'interviewees', row: { id: 'iv1', name: 'Wang Lei', departmentId: 'd2' } },
    { type: 'add', table: 'interviewDepartments', row: { id: 'idp1', interviewId: 'in1', departmentId: 'd2' } },
    { type: 'add', table: 'interviewProcesses', row: { id: 'ipr1', interviewId: 'in1', processId: 'pr1' } },
    { type: 'add', table: 'interviewQuotes', row: { id: 'iq1', interviewId: 'in1', text: 'Nobody told R&D.' } },
    { type: 'add', table: 'surveyAnswers', row: { id: 'sa1', responseId: 'sr1', questionId: 'sq1', value: 4 } },
    { type: 'add', table: 'historyRecords', row: { id: 'hr1', processId: 'pr1', projects: 10, delayedProjects: 2 } },
    { type: 'add', table: 'problemProcesses', row: { id: 'pp1', problemId: 'pb1', processId: 'pr1' } },
    { type: 'add', table: 'problemSteps', row: { id: 'ps1', problemId: 'pb1', stepId: 's2' } },
    { type: 'add', table: 'problemDepartments', row: { id: 'pd1', problemId: 'pb1', departmentId: 'd2' } },
  ];
  const state = commands.reduce((done, c) => execute(done, c).state, emptyProject({ name: 'P', language: 'en', organisation: '' }));
  // A saved version of the process, so its versions can be updated and deleted from the start.
  return execute(state, { type: 'add', table: 'processVersions', row: { id: 'pv1', processId: 'pr1', label: 'As-is', savedAt: '2026-11-26T09:00:00.000Z', snapshot: snapshotProcess(state, 'pr1') } }).state;
}

/** Counts accepted and refused commands by kind, so a property can fail when a kind never gets through. */
export class Tally {
  readonly accepted = new Map<string, number>();
  readonly refused = new Map<string, number>();

  count(command: CommandInput, accepted: boolean): void {
    const map = accepted ? this.accepted : this.refused;
    const kind = kindOf(command);
    map.set(kind, (map.get(kind) ?? 0) + 1);
  }

  /** Kinds the generator can make that were never accepted (bad references are meant to be refused). */
  neverAccepted(): string[] {
    return COMMAND_KINDS.filter((k) => k !== 'bad-reference' && !this.accepted.get(k));
  }

  report(): string {
    return COMMAND_KINDS.filter((k) => k !== 'bad-reference')
      .map((k) => `${k} ${this.accepted.get(k) ?? 0}/${(this.accepted.get(k) ?? 0) + (this.refused.get(k) ?? 0)}`)
      .join(', ');
  }
}
