import { z } from 'zod';
import { diagnosisSettingsSchema } from './diagnosis-entities';
import { colourSchema, idSchema, orderSchema, safeName, safeText } from './field-schemas';
import { policyParamsSchema } from '../policy/policy-params';
import { randomId } from './random-id';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const STEP_KINDS = ['start', 'end', 'task', 'decision', 'approval', 'delivery'] as const;
export const stepKindSchema = z.enum(STEP_KINDS);
export type StepKind = z.infer<typeof stepKindSchema>;

export const orientationSchema = z.enum(['horizontal', 'vertical']);
export type Orientation = z.infer<typeof orientationSchema>;

export const durationUnitSchema = z.enum(['hours', 'days']);
export type DurationUnit = z.infer<typeof durationUnitSchema>;

const id = idSchema;
const name = safeName();
const text = safeText(10_000);
const order = orderSchema;
const colour = colourSchema;

export const departmentSchema = z.object({ id, name, color: colour, order });
export const positionSchema = z.object({ id, departmentId: id, name, order });
export const processSchema = z.object({
  id,
  name,
  category: safeText(200),
  description: text,
  orientation: orientationSchema,
  order,
});
export const laneSchema = z.object({ id, processId: id, departmentId: id, order, size: z.number().min(40).max(5000) });
export const phaseSchema = z.object({ id, processId: id, name, order, size: z.number().min(40).max(20000) });
/** Width and height a user gave a shape; null keeps the kind's size. Text that does not fit makes the drawn shape larger still. */
const shapeSide = z.number().min(16).max(4000).nullable();
export const pointSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Point = z.infer<typeof pointSchema>;

export const stepSchema = z.object({
  id,
  processId: id,
  laneId: id,
  phaseId: id.nullable(),
  code: safeText(20),
  name: safeText(200),
  kind: stepKindSchema,
  x: z.number().finite(),
  y: z.number().finite(),
  input: text,
  output: text,
  ownerPositionId: id.nullable(),
  durationValue: z.number().min(0).nullable(),
  durationUnit: durationUnitSchema,
  notes: text,
  /** The step stands for a sub-process (a BPMN subProcess or callActivity); its inner flow may be a process of its own. */
  subProcess: z.boolean(),
  width: shapeSide,
  height: shapeSide,
  /** A colour chosen for this step's shape; null draws it in its kind's colours. */
  color: colour.nullable(),
});
/** A free-text note drawn on a process's canvas and in its pictures; not part of the flow. */
export const annotationSchema = z.object({
  id,
  processId: id,
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().min(40).max(4000),
  height: z.number().min(24).max(4000),
  text: safeText(4000),
});
export type Annotation = z.infer<typeof annotationSchema>;
export const DECISION_KINDS = ['resolved', 'accepted'] as const;
/** An entry of the resolution log: who settled a RACI finding, when and why. */
export const decisionSchema = z.object({
  id,
  processId: id,
  /** Null for a finding about the whole process, and once the step is deleted: the log outlives it. */
  stepId: id.nullable(),
  /** The step's code and name when the entry was made, so the log still says which step after a delete. */
  stepLabel: safeText(300),
  /** The finding it answers (rule and subject), so an accepted exception keeps matching its finding. */
  findingKey: safeText(300).min(1),
  ruleId: safeText(100).min(1),
  kind: z.enum(DECISION_KINDS),
  /** Name of the party named accountable, kept as text so the log reads the same after renames. */
  accountableName: safeText(200),
  decidedBy: safeName(200),
  decidedAt: safeText(40).min(1),
  reason: safeName(10_000),
});
export type Decision = z.infer<typeof decisionSchema>;

/** Chapter kinds in their usual order; generated parts go into the first chapter of their kind. */
export const POLICY_CHAPTERS = [
  'general',
  'principles',
  'responsibilities',
  'framework',
  'procedure',
  'escalation',
  'communication',
  'confidentiality',
  'supervision',
  'training',
  'evaluation',
  'supplementary',
  'annex',
] as const;
/**
 * One chapter of the policy draft (《跨部门协作管理办法》) as the user wrote it. Each paragraph of the
 * body is an article; lines starting with "- " are list items of the article above.
 */
export const policySectionSchema = z.object({
  id,
  chapter: z.enum(POLICY_CHAPTERS),
  title: safeName(200),
  body: safeText(100_000),
  order,
});
export type PolicySection = z.infer<typeof policySectionSchema>;

export const REVIEW_NOTE_SOURCES = ['remark', 'comment'] as const;
export type ReviewNoteSource = (typeof REVIEW_NOTE_SOURCES)[number];
/**
 * A client's remark on a step, brought back from a RACI workbook: text typed in the remarks column
 * (意见) or a note left on one of the step's cells. It stays open, and shown with the findings,
 * until someone resolves it.
 */
export const reviewNoteSchema = z.object({
  id,
  processId: id,
  /** Null once the step is deleted: the note outlives it, with the step's label as text. */
  stepId: id.nullable(),
  stepLabel: safeText(300),
  /** The party of the RACI cell the note was left on, as text; '' for a remark or a note on the step itself. */
  partyLabel: safeText(300),
  source: z.enum(REVIEW_NOTE_SOURCES),
  /** Who wrote it and when, as the workbook says ('' where it does not). */
  author: safeText(200),
  writtenAt: safeText(40),
  text: safeName(10_000),
  /** The workbook it came from, as the user named it. */
  fileName: safeText(260),
  importedAt: safeText(40).min(1),
  /** '' while open. */
  resolvedAt: safeText(40),
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

export const flowSchema = z.object({
  id,
  processId: id,
  fromStepId: id,
  toStepId: id,
  label: safeText(200),
  /** Corners of a route the user shaped by hand, in diagram units; empty: routed automatically. */
  bends: z.array(pointSchema).max(64),
});

/**
 * One process with everything it needs to stand on its own: its rows, the departments and
 * positions it uses (by id and name) and its RACI cells. Duplicating a process, user templates and
 * saved versions of a process are all snapshots.
 */
export const processSnapshotSchema = z.object({
  process: processSchema.pick({ name: true, category: true, description: true, orientation: true }),
  departments: z.array(departmentSchema.pick({ id: true, name: true, color: true })),
  positions: z.array(positionSchema.pick({ id: true, departmentId: true, name: true })),
  lanes: z.array(laneSchema.pick({ id: true, departmentId: true, size: true })),
  phases: z.array(phaseSchema.pick({ id: true, name: true, size: true })),
  // Snapshots saved before steps could be sub-processes, or before shapes had sizes, colours and bends, lack them.
  steps: z.array(
    stepSchema.omit({ processId: true }).extend({
      subProcess: stepSchema.shape.subProcess.default(false),
      width: stepSchema.shape.width.default(null),
      height: stepSchema.shape.height.default(null),
      color: stepSchema.shape.color.default(null),
    }),
  ),
  flows: z.array(flowSchema.omit({ id: true, processId: true }).extend({ bends: flowSchema.shape.bends.default([]) })),
  raci: z.array(z.object({ stepId: z.string().min(1), partyId: z.string().min(1), letters: z.string().min(1).max(8) })),
  // Snapshots saved before processes had notes lack them.
  annotations: z.array(annotationSchema.omit({ processId: true })).max(10_000).default([]),
});
export type ProcessSnapshot = z.infer<typeof processSnapshotSchema>;

/** A named version of a process ("现状 As-is", "优化后 To-be v1"), kept in the project file to restore and compare. */
export const processVersionSchema = z.object({
  id,
  processId: id,
  label: safeName(200),
  /** When it was saved, ISO 8601. */
  savedAt: safeText(40).min(1),
  snapshot: processSnapshotSchema,
});
export type ProcessVersion = z.infer<typeof processVersionSchema>;

export type Department = z.infer<typeof departmentSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Process = z.infer<typeof processSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Flow = z.infer<typeof flowSchema>;

/** Project settings of the RACI checks; defaults follow common RACI practice. */
export const raciSettingsSchema = z.object({
  maxConsulted: z.number().int().min(1).max(100).default(3),
  maxInformed: z.number().int().min(1).max(100).default(3),
  /** Share of a process's steps a party may be accountable for before it counts as overloaded. */
  overloadShare: z.number().min(0.05).max(1).default(0.5),
  /** A new step gets R for its lane's department. */
  seedResponsible: z.boolean().default(true),
  /** Start and end events are checked like other steps (off: they need no RACI). */
  eventsNeedRaci: z.boolean().default(false),
});
export type RaciSettings = z.infer<typeof raciSettingsSchema>;

const projectMetaFields = {
  name,
  language: languageSchema,
  organisation: safeText(200),
  raciSettings: raciSettingsSchema,
  policy: policyParamsSchema,
  diagnosis: diagnosisSettingsSchema,
};

export const projectMetaSchema = z.object({
  /**
   * Stays the same for the life of the project (and its copies): exported workbooks carry it, so
   * a workbook is only ever merged back into the project it came from.
   */
  projectId: id.default(randomId),
  ...projectMetaFields,
  // Defaults let files written before a setting existed load.
  raciSettings: raciSettingsSchema.default(() => raciSettingsSchema.parse({})),
  /** Parameters of the policy draft; files from before they existed load with the defaults. */
  policy: policyParamsSchema.default(() => policyParamsSchema.parse({})),
  diagnosis: diagnosisSettingsSchema.default(() => diagnosisSettingsSchema.parse({})),
});
/** A change of project details: only what it names, so a setting left out keeps its value (no defaults); never the project id. */
export const projectMetaPatchSchema = z.object(projectMetaFields).partial();
export type ProjectMetaInput = z.input<typeof projectMetaSchema>;
export type ProjectMeta = z.infer<typeof projectMetaSchema>;
