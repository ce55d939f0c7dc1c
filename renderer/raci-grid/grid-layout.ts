import type { Department, Phase, Position, Process, Step } from '../../shared/model/entities';
import { sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { processSteps } from '../../shared/process/step-order';

export type Granularity = 'departments' | 'positions';

export interface GridColumn {
  partyId: string;
  name: string;
  departmentId: string;
  /** The department's colour, as in the swimlanes. */
  color: string;
  /** A department's own column, or one of its positions. */
  kind: 'department' | 'position';
}

/** A department's span of columns in the upper header row (positions granularity only). */
export interface ColumnGroup {
  department: Department;
  first: number;
  span: number;
}

export type GridRow =
  | { kind: 'process'; process: Process }
  | { kind: 'phase'; processId: string; phase: Phase | null }
  | { kind: 'step'; step: Step; stepIndex: number };

export interface GridLayout {
  columns: GridColumn[];
  /** null: one header row of departments. */
  groups: ColumnGroup[] | null;
  /** Display rows, group headers included. */
  rows: GridRow[];
  /** Display row index of every step row; the grid navigates over these. */
  stepRows: number[];
}

/**
 * The departments a process's matrix shows: its lanes' departments in lane order, then any other
 * department holding a cell in the process (so no letter is ever hidden); null for all of them.
 */
function processDepartments(state: ProjectState, processId: string): Department[] {
  const lanes = sortedByOrder(Object.values(state.tables.lanes).filter((l) => l.processId === processId));
  const ids: string[] = [];
  const add = (id: string | undefined) => {
    if (id && state.tables.departments[id] && !ids.includes(id)) ids.push(id);
  };
  for (const lane of lanes) add(lane.departmentId);
  const rest = new Set<string>();
  for (const step of Object.values(state.tables.steps)) {
    if (step.processId !== processId) continue;
    for (const partyId of Object.keys(state.raci[step.id] ?? {})) rest.add(state.tables.departments[partyId] ? partyId : (state.tables.positions[partyId]?.departmentId ?? ''));
  }
  for (const d of sortedByOrder([...rest].map((id) => state.tables.departments[id]).filter((d): d is Department => d !== undefined))) add(d.id);
  return ids.map((id) => state.tables.departments[id]!);
}

/** The departments outside a process's lanes that hold letters in it, as one string (for memo keys). */
export function partiesOutsideLanes(state: ProjectState, processId: string): string {
  const inLanes = new Set(Object.values(state.tables.lanes).filter((l) => l.processId === processId).map((l) => l.departmentId));
  return processDepartments(state, processId)
    .filter((d) => !inLanes.has(d.id))
    .map((d) => d.id)
    .join('|');
}

/** Columns of the matrix: with a process (and not all parties), its lanes' departments first; else every department in its order. */
export function gridColumns(state: ProjectState, granularity: Granularity, processId: string | null = null, allParties = true): { columns: GridColumn[]; groups: ColumnGroup[] | null } {
  const departments = processId && !allParties ? processDepartments(state, processId) : sortedByOrder(Object.values(state.tables.departments));
  const columns: GridColumn[] = [];
  if (granularity === 'departments') {
    for (const d of departments) columns.push({ partyId: d.id, name: d.name, departmentId: d.id, color: d.color, kind: 'department' });
    return { columns, groups: null };
  }
  const positionsOf = new Map<string, Position[]>();
  for (const p of Object.values(state.tables.positions)) (positionsOf.get(p.departmentId) ?? positionsOf.set(p.departmentId, []).get(p.departmentId)!).push(p);
  const groups: ColumnGroup[] = [];
  for (const d of departments) {
    const first = columns.length;
    // The department keeps its own column: cells given to the department as a whole stay visible.
    columns.push({ partyId: d.id, name: d.name, departmentId: d.id, color: d.color, kind: 'department' });
    for (const p of sortedByOrder(positionsOf.get(d.id) ?? [])) columns.push({ partyId: p.id, name: p.name, departmentId: d.id, color: d.color, kind: 'position' });
    groups.push({ department: d, first, span: columns.length - first });
  }
  return { columns, groups };
}

/** One process's rows, under phase headers when the process has phases. */
function processRows(state: ProjectState, processId: string, rows: GridRow[], stepRows: number[]): void {
  const steps = processSteps(state, processId);
  const phases = sortedByOrder(Object.values(state.tables.phases).filter((p) => p.processId === processId));
  const addStep = (step: Step) => {
    stepRows.push(rows.length);
    rows.push({ kind: 'step', step, stepIndex: stepRows.length - 1 });
  };
  if (phases.length === 0) {
    steps.forEach(addStep);
    return;
  }
  const byPhase = new Map<string | null, Step[]>();
  for (const s of steps) {
    const key = s.phaseId !== null && state.tables.phases[s.phaseId] ? s.phaseId : null;
    (byPhase.get(key) ?? byPhase.set(key, []).get(key)!).push(s);
  }
  for (const phase of [...phases, null]) {
    const inPhase = byPhase.get(phase?.id ?? null);
    if (!inPhase?.length) continue;
    rows.push({ kind: 'phase', processId, phase });
    inPhase.forEach(addStep);
  }
}

/** Rows in flow order, grouped by phase; with processId null, every process under its own header. */
export function gridLayout(state: ProjectState, processId: string | null, granularity: Granularity, allParties = false): GridLayout {
  const rows: GridRow[] = [];
  const stepRows: number[] = [];
  if (processId !== null) processRows(state, processId, rows, stepRows);
  else {
    for (const process of sortedByOrder(Object.values(state.tables.processes))) {
      const before = rows.length;
      rows.push({ kind: 'process', process });
      processRows(state, process.id, rows, stepRows);
      // A process without steps adds nothing to the matrix.
      if (rows.length === before + 1) rows.pop();
    }
  }
  return { ...gridColumns(state, granularity, processId, allParties), rows, stepRows };
}

/** "N03 需求评审"; an unnamed step falls back to the given text. */
export function stepLabel(step: Step, unnamed: string): string {
  return `${step.code} ${step.name}`.trim() || unnamed;
}

/** Letters as the grid shows them: "R/A". */
export function displayLetters(letters: string): string {
  return letters.split('').join('/');
}
