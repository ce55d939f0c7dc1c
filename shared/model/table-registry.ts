import { z } from 'zod';
import {
  annotationSchema,
  decisionSchema,
  departmentSchema,
  flowSchema,
  laneSchema,
  phaseSchema,
  policySectionSchema,
  positionSchema,
  processSchema,
  reviewNoteSchema,
  processVersionSchema,
  stepSchema,
} from './entities';
import {
  historyRecordSchema,
  interviewDepartmentSchema,
  interviewProcessSchema,
  interviewQuoteSchema,
  intervieweeSchema,
  interviewSchema,
  problemDepartmentSchema,
  problemProcessSchema,
  problemSchema,
  problemStepSchema,
  scopeDepartmentSchema,
  scopeProcessSchema,
  surveyAnswerSchema,
  surveyDimensionSchema,
  surveyQuestionSchema,
  surveyResponseSchema,
} from './diagnosis-entities';

export type OnDelete = 'cascade' | 'setNull';
export interface ForeignKey {
  readonly field: string;
  /** Name of the table it points at (checked against the registry by a unit test). */
  readonly table: string;
  readonly onDelete: OnDelete;
}

type Shape = z.core.$ZodLooseShape;
type Defaults<S extends Shape> = { readonly [K in keyof S]?: z.input<S[K]> };
type WithDefaults<S extends Shape, D> = z.ZodObject<{ [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K]> : S[K] }>;

/**
 * One kind of row the project holds. Everything else about a table — its command variants, its
 * SQL columns, the empty state, the integrity check and the random-command generator — is derived
 * from this entry, so a new kind of row is one entry here plus one migration.
 */
export interface TableSpec<S extends Shape = Shape, D extends Defaults<S> = Defaults<S>, F extends keyof S = keyof S, O extends OrderScope<S> = OrderScope<S>> {
  /** The row as stored. */
  readonly schema: z.ZodObject<S>;
  /** Values an add command may leave out. */
  readonly defaults: D;
  /** Fields besides the id that no update may change. */
  readonly fixed: readonly F[];
  readonly foreignKeys: readonly ForeignKey[];
  /** For rows with a user-visible order: the field that scopes it, or null for one order per table; false when unordered. */
  readonly orderScope: O;
}
type OrderScope<S extends Shape> = (keyof S & string) | null | false;

function table<S extends Shape, const D extends Defaults<S>, const O extends OrderScope<S>, const F extends keyof S = never>(spec: TableSpec<S, D, F, O>): TableSpec<S, D, F, O> {
  return spec;
}

const inProcess = { field: 'processId', table: 'processes', onDelete: 'cascade' } as const;
const ofProcess = (field: string) => ({ field, table: 'processes', onDelete: 'cascade' }) as const;
const ofDepartment = (field: string) => ({ field, table: 'departments', onDelete: 'cascade' }) as const;

export const TABLES = {
  departments: table({ schema: departmentSchema, defaults: { color: '#4f7cac' }, foreignKeys: [], fixed: [], orderScope: null }),
  positions: table({
    schema: positionSchema,
    defaults: {},
    fixed: [],
    foreignKeys: [{ field: 'departmentId', table: 'departments', onDelete: 'cascade' }],
    orderScope: 'departmentId',
  }),
  processes: table({ schema: processSchema, defaults: { category: '', description: '', orientation: 'horizontal' }, fixed: [], foreignKeys: [], orderScope: null }),
  lanes: table({
    schema: laneSchema,
    defaults: { size: 160 },
    fixed: ['processId'],
    foreignKeys: [inProcess, { field: 'departmentId', table: 'departments', onDelete: 'cascade' }],
    orderScope: 'processId',
  }),
  phases: table({ schema: phaseSchema, defaults: { size: 480 }, fixed: ['processId'], foreignKeys: [inProcess], orderScope: 'processId' }),
  steps: table({
    schema: stepSchema,
    defaults: { phaseId: null, code: '', name: '', kind: 'task', x: 0, y: 0, input: '', output: '', ownerPositionId: null, durationValue: null, durationUnit: 'hours', notes: '', subProcess: false, width: null, height: null, color: null },
    fixed: ['processId'],
    foreignKeys: [
      inProcess,
      { field: 'laneId', table: 'lanes', onDelete: 'cascade' },
      { field: 'phaseId', table: 'phases', onDelete: 'setNull' },
      { field: 'ownerPositionId', table: 'positions', onDelete: 'setNull' },
    ],
    orderScope: false,
  }),
  flows: table({
    schema: flowSchema,
    defaults: { label: '', bends: [] },
    fixed: ['processId'],
    foreignKeys: [inProcess, { field: 'fromStepId', table: 'steps', onDelete: 'cascade' }, { field: 'toStepId', table: 'steps', onDelete: 'cascade' }],
    orderScope: false,
  }),
  annotations: table({ schema: annotationSchema, defaults: { text: '', width: 200, height: 80 }, fixed: ['processId'], foreignKeys: [inProcess], orderScope: false }),
  decisions: table({
    schema: decisionSchema,
    defaults: { stepLabel: '' },
    fixed: ['processId'],
    // The resolution log is an audit trail: deleting its step keeps the entry (with the step's label as text).
    foreignKeys: [inProcess, { field: 'stepId', table: 'steps', onDelete: 'setNull' }],
    orderScope: false,
  }),
  policySections: table({ schema: policySectionSchema, defaults: {}, fixed: [], foreignKeys: [], orderScope: null }),
  reviewNotes: table({
    schema: reviewNoteSchema,
    defaults: { stepLabel: '', partyLabel: '', author: '', writtenAt: '', fileName: '', resolvedAt: '' },
    fixed: ['processId', 'source', 'importedAt'],
    // Like the resolution log, a client's note outlives its step (its label stays as text).
    foreignKeys: [inProcess, { field: 'stepId', table: 'steps', onDelete: 'setNull' }],
    orderScope: false,
  }),
  processVersions: table({ schema: processVersionSchema, defaults: {}, fixed: ['processId', 'snapshot'], foreignKeys: [inProcess], orderScope: false }),
  // Phase 1 of the method, 现状调研与问题诊断 (shared/model/diagnosis-entities.ts).
  scopeProcesses: table({ schema: scopeProcessSchema, defaults: {}, fixed: ['processId'], foreignKeys: [ofProcess('processId')], orderScope: false }),
  scopeDepartments: table({ schema: scopeDepartmentSchema, defaults: {}, fixed: ['departmentId'], foreignKeys: [ofDepartment('departmentId')], orderScope: false }),
  interviewees: table({
    schema: intervieweeSchema,
    defaults: { position: '', departmentId: null, plannedDate: '', status: 'planned' },
    fixed: [],
    foreignKeys: [{ field: 'departmentId', table: 'departments', onDelete: 'setNull' }],
    orderScope: null,
  }),
  interviews: table({
    schema: interviewSchema,
    defaults: { intervieweeId: null, date: '', title: '', notes: '' },
    fixed: [],
    // The notes are the consultant's record: deleting the interviewee from the plan keeps them.
    foreignKeys: [{ field: 'intervieweeId', table: 'interviewees', onDelete: 'setNull' }],
    orderScope: false,
  }),
  interviewDepartments: table({
    schema: interviewDepartmentSchema,
    defaults: {},
    fixed: ['interviewId', 'departmentId'],
    foreignKeys: [{ field: 'interviewId', table: 'interviews', onDelete: 'cascade' }, ofDepartment('departmentId')],
    orderScope: false,
  }),
  interviewProcesses: table({
    schema: interviewProcessSchema,
    defaults: {},
    fixed: ['interviewId', 'processId'],
    foreignKeys: [{ field: 'interviewId', table: 'interviews', onDelete: 'cascade' }, ofProcess('processId')],
    orderScope: false,
  }),
  interviewQuotes: table({
    schema: interviewQuoteSchema,
    defaults: {},
    fixed: ['interviewId'],
    foreignKeys: [{ field: 'interviewId', table: 'interviews', onDelete: 'cascade' }],
    orderScope: 'interviewId',
  }),
  surveyDimensions: table({ schema: surveyDimensionSchema, defaults: { nameZh: '', nameEn: '' }, fixed: [], foreignKeys: [], orderScope: null }),
  surveyQuestions: table({
    schema: surveyQuestionSchema,
    defaults: { textZh: '', textEn: '' },
    fixed: [],
    foreignKeys: [{ field: 'dimensionId', table: 'surveyDimensions', onDelete: 'cascade' }],
    orderScope: 'dimensionId',
  }),
  surveyResponses: table({
    schema: surveyResponseSchema,
    defaults: { departmentId: null, position: '', respondent: '', source: '', importedAt: '', fingerprint: '' },
    fixed: [],
    // A response counts overall even when its department is deleted.
    foreignKeys: [{ field: 'departmentId', table: 'departments', onDelete: 'setNull' }],
    orderScope: false,
  }),
  surveyAnswers: table({
    schema: surveyAnswerSchema,
    defaults: {},
    fixed: ['responseId', 'questionId'],
    foreignKeys: [
      { field: 'responseId', table: 'surveyResponses', onDelete: 'cascade' },
      { field: 'questionId', table: 'surveyQuestions', onDelete: 'cascade' },
    ],
    orderScope: false,
  }),
  historyRecords: table({
    schema: historyRecordSchema,
    defaults: { departmentId: null, periodFrom: '', periodTo: '', projects: 0, delayedProjects: 0, complaints: 0, reworks: 0, note: '' },
    fixed: [],
    foreignKeys: [ofProcess('processId'), { field: 'departmentId', table: 'departments', onDelete: 'setNull' }],
    orderScope: false,
  }),
  problems: table({
    schema: problemSchema,
    defaults: {
      description: '',
      source: 'workshop',
      evidence: '',
      interviewId: null,
      impact: 3,
      urgency: 3,
      status: 'open',
      measure: '',
      addressedByStepId: null,
      addressedByDecisionId: null,
      addressedNote: '',
      addressedStepRef: null,
      addressedStepLabel: '',
      createdAt: '',
    },
    fixed: [],
    foreignKeys: [
      { field: 'interviewId', table: 'interviews', onDelete: 'setNull' },
      { field: 'addressedByStepId', table: 'steps', onDelete: 'setNull' },
      { field: 'addressedByDecisionId', table: 'decisions', onDelete: 'setNull' },
    ],
    orderScope: false,
  }),
  problemProcesses: table({
    schema: problemProcessSchema,
    defaults: {},
    fixed: ['problemId', 'processId'],
    foreignKeys: [{ field: 'problemId', table: 'problems', onDelete: 'cascade' }, ofProcess('processId')],
    orderScope: false,
  }),
  problemSteps: table({
    schema: problemStepSchema,
    defaults: {},
    fixed: ['problemId', 'stepId'],
    foreignKeys: [
      { field: 'problemId', table: 'problems', onDelete: 'cascade' },
      { field: 'stepId', table: 'steps', onDelete: 'cascade' },
    ],
    orderScope: false,
  }),
  problemDepartments: table({
    schema: problemDepartmentSchema,
    defaults: {},
    fixed: ['problemId', 'departmentId'],
    foreignKeys: [{ field: 'problemId', table: 'problems', onDelete: 'cascade' }, ofDepartment('departmentId')],
    orderScope: false,
  }),
} as const;

type Registry = typeof TABLES;
export type TableName = keyof Registry;
export type TableRows = { [T in TableName]: z.output<Registry[T]['schema']> };
export type AnyRow = TableRows[TableName];

type ShapeOf<T extends TableName> = Registry[T]['schema']['shape'];
type OrderedTables = { [T in TableName]: Registry[T]['orderScope'] extends false ? never : T }[TableName];
export type OrderedTableName = OrderedTables;

/** What a caller supplies to add a row: defaults may be left out, and so may the order of ordered tables. */
type AddSchemaOf<T extends TableName> = WithDefaults<ShapeOf<T>, Registry[T]['defaults']>;
export type AddRowInput<T extends TableName> = T extends OrderedTableName
  ? Omit<z.input<AddSchemaOf<T>>, 'order'> & { order?: number | undefined }
  : z.input<AddSchemaOf<T>>;
export type AddRow<T extends TableName> = T extends OrderedTableName ? Omit<z.output<AddSchemaOf<T>>, 'order'> & { order?: number | undefined } : z.output<AddSchemaOf<T>>;
export type RowPatch<T extends TableName> = Partial<Omit<TableRows[T], 'id' | Registry[T]['fixed'][number]>>;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export const ORDERED_TABLE_NAMES = TABLE_NAMES.filter((t) => TABLES[t].orderScope !== false) as OrderedTableName[];

export function tableSpec(table: TableName): TableSpec {
  return TABLES[table] as unknown as TableSpec;
}

export function isTableName(value: unknown): value is TableName {
  return typeof value === 'string' && Object.hasOwn(TABLES, value);
}

export const rowSchemas = Object.fromEntries(TABLE_NAMES.map((t) => [t, TABLES[t].schema])) as unknown as { [T in TableName]: z.ZodType<TableRows[T]> };

export const FOREIGN_KEYS = Object.fromEntries(TABLE_NAMES.map((t) => [t, TABLES[t].foreignKeys])) as unknown as { [T in TableName]: readonly (ForeignKey & { table: TableName })[] };

/** Tables whose rows carry a user-visible order, and the field that scopes it. */
export const ORDER_SCOPE = Object.fromEntries(ORDERED_TABLE_NAMES.map((t) => [t, tableSpec(t).orderScope || null])) as Partial<Record<TableName, string | null>>;

/** The schema of an add command's row. */
export function addRowSchema(name: TableName): z.ZodObject {
  const spec = tableSpec(name);
  const shape: Record<string, z.ZodType> = {};
  for (const [field, value] of Object.entries(spec.defaults)) shape[field] = (spec.schema.shape[field] as z.ZodType).default(value as never);
  if (spec.orderScope !== false) shape.order = (spec.schema.shape.order as z.ZodType).optional();
  return spec.schema.extend(shape);
}

/** The schema of an update's patch: every field but the id and the fixed ones, each optional, no defaults. */
export function patchSchema(name: TableName): z.ZodObject {
  const spec = tableSpec(name);
  const mask = Object.fromEntries(['id', ...(spec.fixed as readonly string[])].map((f) => [f, true as const])) as Record<string, true>;
  return (spec.schema as z.ZodObject).omit(mask as never).partial();
}
