import { z } from 'zod';
import {
  decisionSchema,
  policySectionSchema,
  departmentSchema,
  durationUnitSchema,
  flowSchema,
  laneSchema,
  orientationSchema,
  phaseSchema,
  positionSchema,
  processSchema,
  projectMetaSchema,
  stepKindSchema,
  stepSchema,
} from '../model/entities';

const order = z.number().int().min(0).optional();

/** What a caller supplies to add a row: ids are chosen by the caller, order and step codes may be left to the command. */
export const addRowSchemas = {
  departments: departmentSchema.extend({ order, color: departmentSchema.shape.color.default('#4f7cac') }),
  positions: positionSchema.extend({ order }),
  processes: processSchema.extend({
    order,
    category: processSchema.shape.category.default(''),
    description: processSchema.shape.description.default(''),
    orientation: orientationSchema.default('horizontal'),
  }),
  lanes: laneSchema.extend({ order, size: laneSchema.shape.size.default(160) }),
  phases: phaseSchema.extend({ order, size: phaseSchema.shape.size.default(480) }),
  steps: stepSchema.extend({
    phaseId: stepSchema.shape.phaseId.default(null),
    code: stepSchema.shape.code.default(''),
    name: stepSchema.shape.name.default(''),
    kind: stepKindSchema.default('task'),
    x: stepSchema.shape.x.default(0),
    y: stepSchema.shape.y.default(0),
    input: stepSchema.shape.input.default(''),
    output: stepSchema.shape.output.default(''),
    ownerPositionId: stepSchema.shape.ownerPositionId.default(null),
    durationValue: stepSchema.shape.durationValue.default(null),
    durationUnit: durationUnitSchema.default('hours'),
    notes: stepSchema.shape.notes.default(''),
  }),
  flows: flowSchema.extend({ label: flowSchema.shape.label.default('') }),
  decisions: decisionSchema,
  policySections: policySectionSchema.extend({ order }),
} as const;

/** Fields a command may change; ids and owning process never change. */
export const patchSchemas = {
  departments: departmentSchema.omit({ id: true }).partial(),
  positions: positionSchema.omit({ id: true }).partial(),
  processes: processSchema.omit({ id: true }).partial(),
  lanes: laneSchema.omit({ id: true, processId: true }).partial(),
  phases: phaseSchema.omit({ id: true, processId: true }).partial(),
  steps: stepSchema.omit({ id: true, processId: true }).partial(),
  flows: flowSchema.omit({ id: true, processId: true }).partial(),
  decisions: decisionSchema.omit({ id: true, processId: true }).partial(),
  policySections: policySectionSchema.omit({ id: true }).partial(),
} as const;

const id = z.string().min(1).max(64);

const addCommand = z.discriminatedUnion('table', [
  z.object({ type: z.literal('add'), table: z.literal('departments'), row: addRowSchemas.departments }),
  z.object({ type: z.literal('add'), table: z.literal('positions'), row: addRowSchemas.positions }),
  z.object({ type: z.literal('add'), table: z.literal('processes'), row: addRowSchemas.processes }),
  z.object({ type: z.literal('add'), table: z.literal('lanes'), row: addRowSchemas.lanes }),
  z.object({ type: z.literal('add'), table: z.literal('phases'), row: addRowSchemas.phases }),
  z.object({ type: z.literal('add'), table: z.literal('steps'), row: addRowSchemas.steps }),
  z.object({ type: z.literal('add'), table: z.literal('flows'), row: addRowSchemas.flows }),
  z.object({ type: z.literal('add'), table: z.literal('decisions'), row: addRowSchemas.decisions }),
  z.object({ type: z.literal('add'), table: z.literal('policySections'), row: addRowSchemas.policySections }),
]);

const updateCommand = z.discriminatedUnion('table', [
  z.object({ type: z.literal('update'), table: z.literal('departments'), id, patch: patchSchemas.departments }),
  z.object({ type: z.literal('update'), table: z.literal('positions'), id, patch: patchSchemas.positions }),
  z.object({ type: z.literal('update'), table: z.literal('processes'), id, patch: patchSchemas.processes }),
  z.object({ type: z.literal('update'), table: z.literal('lanes'), id, patch: patchSchemas.lanes }),
  z.object({ type: z.literal('update'), table: z.literal('phases'), id, patch: patchSchemas.phases }),
  z.object({ type: z.literal('update'), table: z.literal('steps'), id, patch: patchSchemas.steps }),
  z.object({ type: z.literal('update'), table: z.literal('flows'), id, patch: patchSchemas.flows }),
  z.object({ type: z.literal('update'), table: z.literal('decisions'), id, patch: patchSchemas.decisions }),
  z.object({ type: z.literal('update'), table: z.literal('policySections'), id, patch: patchSchemas.policySections }),
]);

export const orderedTableSchema = z.enum(['departments', 'positions', 'processes', 'lanes', 'phases', 'policySections']);
export const tableNameSchema = z.enum(['departments', 'positions', 'processes', 'lanes', 'phases', 'steps', 'flows', 'decisions', 'policySections']);

const leafCommand = z.union([
  addCommand,
  updateCommand,
  z.object({ type: z.literal('delete'), table: tableNameSchema, id }),
  z.object({ type: z.literal('move'), table: orderedTableSchema, id, toIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('setRaci'), stepId: id, partyId: id, letters: z.string().max(8) }),
  z.object({ type: z.literal('setMeta'), patch: projectMetaSchema.partial() }),
]);

export type LeafCommand = z.infer<typeof leafCommand>;
export type Command = LeafCommand | { type: 'batch'; label?: string | undefined; commands: Command[] };
/** What callers write: defaults may be omitted. */
export type CommandInput = z.input<typeof leafCommand> | { type: 'batch'; label?: string; commands: CommandInput[] };

export const commandSchema: z.ZodType<Command, CommandInput> = z.lazy(() =>
  z.union([
    leafCommand,
    z.object({ type: z.literal('batch'), label: z.string().max(200).optional(), commands: z.array(commandSchema).min(1).max(100_000) }),
  ]),
);
