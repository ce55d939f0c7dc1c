import type { CommandInput } from '../commands/command-schema';
import type { Lane, Language, Phase } from '../model/entities';
import { layoutProcess } from '../diagram/geometry';
import { isPositionKey, type PartyKey } from './departments-and-positions';
import { COLUMN_WIDTH, LANE_SIZE, phaseIndexOfColumn, placeStep } from './step-placement';
import type { TemplateProcess, TemplateStep } from './template-types';

export interface ProcessTarget {
  readonly name: string;
  readonly category: string;
  readonly language: Language;
  readonly parties: ReadonlyMap<PartyKey, string>;
  readonly newId: () => string;
}

function partyId(parties: ReadonlyMap<PartyKey, string>, key: PartyKey): string {
  const id = parties.get(key);
  if (!id) throw new Error(`Template party ${key} was not resolved`);
  return id;
}

/** The key-node table's 负责人 is the accountable party, when that is a position. */
function ownerKey(step: TemplateStep): PartyKey | null {
  const entry = Object.entries(step.raci).find(([, letters]) => letters?.includes('A'));
  const key = entry?.[0] as PartyKey | undefined;
  return key && isPositionKey(key) ? key : null;
}

/**
 * Sets the step's whole matrix row. The lane department's cell is always written, because adding
 * the step may have seeded an R there that the template does not want.
 */
function raciCommands(step: TemplateStep, stepId: string, laneDepartmentId: string, parties: ReadonlyMap<PartyKey, string>): CommandInput[] {
  const cells = new Map<string, string>([[laneDepartmentId, '']]);
  for (const [key, letters] of Object.entries(step.raci)) cells.set(partyId(parties, key as PartyKey), letters ?? '');
  return [...cells].map(([id, letters]) => ({ type: 'setRaci', stepId, partyId: id, letters }));
}

/** Commands adding one template process with its lanes, phases, laid-out steps, flows and matrix. */
export function processCommands(process: TemplateProcess, target: ProcessTarget): CommandInput[] {
  const { language, parties, newId } = target;
  const processId = newId();
  const commands: CommandInput[] = [
    { type: 'add', table: 'processes', row: { id: processId, name: target.name, category: target.category, description: process.description[language], orientation: 'horizontal' } },
  ];

  const lanes: Lane[] = process.lanes.map((key, order) => ({ id: newId(), processId, departmentId: partyId(parties, key), order, size: LANE_SIZE }));
  const phases: Phase[] = process.phases.map((phase, order) => ({ id: newId(), processId, name: phase.name[language], order, size: phase.columns * COLUMN_WIDTH }));
  for (const row of lanes) commands.push({ type: 'add', table: 'lanes', row });
  for (const row of phases) commands.push({ type: 'add', table: 'phases', row });

  const columns = process.phases.reduce((sum, p) => sum + p.columns, 0);
  const layout = layoutProcess('horizontal', lanes, phases, columns * COLUMN_WIDTH);
  const laneOf = new Map(process.lanes.map((key, i) => [key, lanes[i]!]));
  const stepIds = new Map<string, string>();
  // Added along the flow so the automatic codes N01, N02 … read left to right, top to bottom.
  const ordered = [...process.steps].sort((a, b) => a.column - b.column || process.lanes.indexOf(a.lane) - process.lanes.indexOf(b.lane));
  for (const step of ordered) {
    const lane = laneOf.get(step.lane);
    if (!lane) throw new Error(`Step ${step.key} is in ${step.lane}, which has no lane`);
    const phase = phases[phaseIndexOfColumn(process.phases, step.column)];
    if (!phase) throw new Error(`Step ${step.key} lies beyond the last phase`);
    const id = newId();
    stepIds.set(step.key, id);
    const owner = ownerKey(step);
    commands.push({
      type: 'add',
      table: 'steps',
      row: {
        id,
        processId,
        laneId: lane.id,
        phaseId: phase.id,
        name: step.name[language],
        kind: step.kind,
        ...placeStep(layout, lane.id, step.column, step.kind),
        input: step.input[language],
        output: step.output[language],
        ownerPositionId: owner ? partyId(parties, owner) : null,
        durationValue: step.duration?.value ?? null,
        durationUnit: step.duration?.unit ?? 'hours',
      },
    });
    commands.push(...raciCommands(step, id, lane.departmentId, parties));
  }

  for (const flow of process.flows) {
    const fromStepId = stepIds.get(flow.from);
    const toStepId = stepIds.get(flow.to);
    if (!fromStepId || !toStepId) throw new Error(`Flow ${flow.from} → ${flow.to} names a missing step`);
    commands.push({ type: 'add', table: 'flows', row: { id: newId(), processId, fromStepId, toStepId, label: flow.label?.[language] ?? '' } });
  }
  return commands;
}
