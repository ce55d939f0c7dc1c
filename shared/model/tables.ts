import type { z } from 'zod';
import {
  decisionSchema,
  policySectionSchema,
  departmentSchema,
  flowSchema,
  laneSchema,
  phaseSchema,
  positionSchema,
  processSchema,
  stepSchema,
  type Decision,
  type PolicySection,
  type Department,
  type Flow,
  type Lane,
  type Phase,
  type Position,
  type Process,
  type Step,
} from './entities';

/** Rows of every entity table, keyed by table name. New entity kinds are added here. */
export interface TableRows {
  departments: Department;
  positions: Position;
  processes: Process;
  lanes: Lane;
  phases: Phase;
  steps: Step;
  flows: Flow;
  decisions: Decision;
  policySections: PolicySection;
}
export type TableName = keyof TableRows;
export type AnyRow = TableRows[TableName];

export const TABLE_NAMES = ['departments', 'positions', 'processes', 'lanes', 'phases', 'steps', 'flows', 'decisions', 'policySections'] as const satisfies readonly TableName[];

export const rowSchemas: { [T in TableName]: z.ZodType<TableRows[T]> } = {
  departments: departmentSchema,
  positions: positionSchema,
  processes: processSchema,
  lanes: laneSchema,
  phases: phaseSchema,
  steps: stepSchema,
  flows: flowSchema,
  decisions: decisionSchema,
  policySections: policySectionSchema,
};

export type OnDelete = 'cascade' | 'setNull';
export interface ForeignKey {
  field: string;
  table: TableName;
  onDelete: OnDelete;
}

/** Every reference between rows. Deletes cascade along these and the integrity check walks them. */
export const FOREIGN_KEYS: { [T in TableName]: readonly ForeignKey[] } = {
  departments: [],
  positions: [{ field: 'departmentId', table: 'departments', onDelete: 'cascade' }],
  processes: [],
  lanes: [
    { field: 'processId', table: 'processes', onDelete: 'cascade' },
    { field: 'departmentId', table: 'departments', onDelete: 'cascade' },
  ],
  phases: [{ field: 'processId', table: 'processes', onDelete: 'cascade' }],
  steps: [
    { field: 'processId', table: 'processes', onDelete: 'cascade' },
    { field: 'laneId', table: 'lanes', onDelete: 'cascade' },
    { field: 'phaseId', table: 'phases', onDelete: 'setNull' },
    { field: 'ownerPositionId', table: 'positions', onDelete: 'setNull' },
  ],
  flows: [
    { field: 'processId', table: 'processes', onDelete: 'cascade' },
    { field: 'fromStepId', table: 'steps', onDelete: 'cascade' },
    { field: 'toStepId', table: 'steps', onDelete: 'cascade' },
  ],
  decisions: [
    { field: 'processId', table: 'processes', onDelete: 'cascade' },
    { field: 'stepId', table: 'steps', onDelete: 'cascade' },
  ],
  policySections: [],
};

/** Tables whose rows carry a user-visible order, and the field that scopes it. */
export const ORDER_SCOPE: Partial<Record<TableName, string | null>> = {
  departments: null,
  positions: 'departmentId',
  processes: null,
  lanes: 'processId',
  phases: 'processId',
  policySections: null,
};
