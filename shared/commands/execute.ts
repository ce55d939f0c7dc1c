import { commandSchema, commandTreeProblem, type Command, type CommandInput, type LeafCommand } from './command-schema';
import { CommandError } from './command-error';
import { deletionOps } from './cascade';
import { Draft, type ApplyOptions, type Op, type PutOp } from './ops';
import { checkReferences, isParty } from './references';
import { RowCounters } from './row-counters';
import { normaliseLetters } from '../model/raci-letters';
import type { Step } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { ORDER_SCOPE, rowSchemas, type AnyRow, type TableName } from '../model/table-registry';

export interface Executed {
  readonly state: ProjectState;
  /** What changed, in order: persisted as is and replayed by redo. */
  readonly ops: Op[];
  /** Applying these to the new state gives back the old one. */
  readonly inverse: Op[];
}

class Recorder {
  readonly ops: Op[] = [];
  readonly inverse: Op[] = [];
  readonly counters: RowCounters;
  constructor(readonly draft: Draft) {
    this.counters = new RowCounters(draft);
  }
  emit(op: Op): void {
    const deleted = op.t === 'del' ? { table: op.table, row: this.draft.get(op.table, op.id) } : undefined;
    this.inverse.push(this.draft.apply(op));
    this.ops.push(op);
    if (op.t === 'put') this.counters.saw(op.table, op.row);
    if (deleted?.row) this.counters.forgot(deleted.table, deleted.row);
  }
}

/** Validates and runs a command. Throws CommandError (state untouched) when it cannot apply. */
export function execute(state: ProjectState, input: CommandInput | Command, options: ApplyOptions = {}): Executed {
  const tooLarge = commandTreeProblem(input);
  if (tooLarge) throw new CommandError('too-large', tooLarge, { detail: tooLarge });
  const parsed = commandSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CommandError('invalid', detail, { detail: detail.slice(0, 300) });
  }
  const rec = new Recorder(new Draft(state, options));
  try {
    run(rec, parsed.data);
  } catch (err) {
    // In place, what already ran must be taken back so a refused command changes nothing.
    if (options.inPlace) for (const op of rec.inverse.reverse()) rec.draft.apply(op);
    rec.draft.finish();
    throw err;
  }
  return { state: rec.draft.finish(), ops: rec.ops, inverse: rec.inverse.reverse() };
}

function run(rec: Recorder, command: Command): void {
  // A loop over a batch's own commands; nesting depth is bounded by the schema.
  if (command.type === 'batch') {
    for (const c of command.commands) run(rec, c);
    return;
  }
  runLeaf(rec, command);
}

function put(rec: Recorder, table: TableName, row: AnyRow): void {
  const parsed = rowSchemas[table].safeParse(row);
  if (!parsed.success) throw new CommandError('invalid', `${table}: ${parsed.error.issues[0]?.message ?? 'invalid row'}`, { detail: `${table}: ${parsed.error.issues[0]?.message ?? 'invalid row'}` });
  checkReferences(rec.draft, table, parsed.data);
  rec.emit({ t: 'put', table, row: parsed.data } as PutOp);
}

/** A new step starts with R for its lane's department, so no matrix row is ever blank. */
function seedResponsible(rec: Recorder, step: Step): void {
  const settings = rec.draft.currentMeta().raciSettings;
  if (!settings.seedResponsible) return;
  // Start and end events need no RACI unless the project checks them.
  if ((step.kind === 'start' || step.kind === 'end') && !settings.eventsNeedRaci) return;
  const lane = rec.draft.get('lanes', step.laneId);
  if (lane) rec.emit({ t: 'raci', stepId: step.id, partyId: lane.departmentId, letters: 'R' });
}

/** Fields an add fills in when the caller leaves them out. */
function completeRow(rec: Recorder, table: TableName, row: Record<string, unknown>): void {
  if (table in ORDER_SCOPE && row.order === undefined) row.order = rec.counters.nextOrder(table, row);
  if (table === 'steps' && !row.code) row.code = rec.counters.nextStepCode(String(row.processId));
  if (table === 'decisions' && !row.stepLabel && typeof row.stepId === 'string') {
    const step = rec.draft.get('steps', row.stepId);
    if (step) row.stepLabel = [step.code, step.name].filter(Boolean).join(' ');
  }
  if (table === 'problems') keepAddressingStep(rec, row, row);
}

/** A problem copies the step that addresses it as id and text, so deleting the step (setNull) keeps both. */
function keepAddressingStep(rec: Recorder, row: Record<string, unknown>, given: Record<string, unknown>): void {
  // An add arrives with its defaults filled in, so a ref given as null is no ref at all.
  if (!('addressedByStepId' in given) || typeof given.addressedStepRef === 'string') return;
  const step = typeof row.addressedByStepId === 'string' ? rec.draft.get('steps', row.addressedByStepId) : undefined;
  row.addressedStepRef = step?.id ?? null;
  row.addressedStepLabel = step ? [step.code, step.name].filter(Boolean).join(' ') : '';
}

function runLeaf(rec: Recorder, command: LeafCommand): void {
  const { draft } = rec;
  switch (command.type) {
    case 'add': {
      if (draft.get(command.table, command.row.id)) throw new CommandError('duplicate', `${command.table} row ${command.row.id} already exists`);
      const row: Record<string, unknown> = { ...command.row };
      completeRow(rec, command.table, row);
      put(rec, command.table, row as unknown as AnyRow);
      if (command.table === 'steps') seedResponsible(rec, row as unknown as Step);
      return;
    }
    case 'update': {
      const prev = draft.get(command.table, command.id);
      if (!prev) throw new CommandError('missing', `${command.table} row ${command.id} does not exist`);
      const row: Record<string, unknown> = { ...prev, ...command.patch };
      if (command.table === 'problems') keepAddressingStep(rec, row, command.patch);
      put(rec, command.table, row as unknown as AnyRow);
      return;
    }
    case 'delete': {
      if (!draft.get(command.table, command.id)) throw new CommandError('missing', `${command.table} row ${command.id} does not exist`);
      for (const op of deletionOps(draft, command.table, command.id)) rec.emit(op);
      return;
    }
    case 'move': {
      const row = draft.get(command.table, command.id) as (AnyRow & { order: number }) | undefined;
      if (!row) throw new CommandError('missing', `${command.table} row ${command.id} does not exist`);
      const scope = ORDER_SCOPE[command.table];
      const siblings = (draft.all(command.table) as Array<AnyRow & { order: number }>)
        .filter((r) => !scope || (r as unknown as Record<string, unknown>)[scope] === (row as unknown as Record<string, unknown>)[scope])
        .sort((a, b) => a.order - b.order)
        .filter((r) => r.id !== row.id);
      siblings.splice(Math.min(command.toIndex, siblings.length), 0, row);
      siblings.forEach((r, order) => {
        if (r.order !== order) rec.emit({ t: 'put', table: command.table, row: { ...r, order } } as PutOp);
      });
      return;
    }
    case 'setRaci': {
      if (!draft.get('steps', command.stepId)) throw new CommandError('missing', `Step ${command.stepId} does not exist`);
      if (!isParty(draft, command.partyId)) throw new CommandError('missing', `Party ${command.partyId} is neither a department nor a position`);
      const letters = normaliseLetters(command.letters);
      if ((draft.raciRow(command.stepId)?.[command.partyId] ?? '') !== letters) {
        rec.emit({ t: 'raci', stepId: command.stepId, partyId: command.partyId, letters });
      }
      return;
    }
    case 'setMeta': {
      rec.emit({ t: 'meta', meta: { ...draft.currentMeta(), ...command.patch } });
      return;
    }
  }
}
