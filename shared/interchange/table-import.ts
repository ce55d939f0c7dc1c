import type { DurationUnit, StepKind } from '../model/entities';
import { cellRef } from './cell-refs';
import { RACI_LETTERS } from '../model/raci-letters';
import type { ImportedFlow, ImportedProcess, ImportedRaci, ImportedStep } from './imported-process';
import { normalName, splitNames } from './party-names';
import { columnOfHeader, kindOfName, unitOfName, type TableColumn } from './process-table-columns';
import type { TableIssue } from './table-issues';

/** Well past any process a person writes by hand; keeps a hostile sheet from costing minutes. */
export const MAX_TABLE_ROWS = 20_000;

export interface TableRead {
  readonly processes: ImportedProcess[];
  readonly issues: TableIssue[];
}

interface Row {
  /** 1-based sheet row. */
  readonly line: number;
  readonly get: (column: TableColumn) => string;
  readonly cell: (column: TableColumn) => string;
}

interface Draft {
  name: string;
  lanes: string[];
  rows: Row[];
  steps: ImportedStep[];
  next: (string | null)[];
}

/** "N04(通过)" → code N04 with the flow's label; a bare code has none. */
function nextTargets(text: string): { code: string; label: string }[] {
  return splitNames(text).map((part) => {
    const m = /^(.+?)\s*[(（](.*)[)）]$/.exec(part);
    return m ? { code: m[1]!.trim(), label: m[2]!.trim() } : { code: part, label: '' };
  });
}

/** A cell read by name (a kind, a unit), its fallback when empty; an unknown name is an issue. */
function named<T>(row: Row, column: TableColumn, lookup: (text: string) => T | null, fallback: T, code: TableIssue['code'], issues: TableIssue[]): T {
  const text = row.get(column);
  if (!text) return fallback;
  const known = lookup(text);
  if (known === null) issues.push({ cell: row.cell(column), code, value: text });
  return known ?? fallback;
}

function durationOf(row: Row, issues: TableIssue[]): { value: number | null; unit: DurationUnit } {
  const text = row.get('duration').replace(/[,，]/g, '');
  const unitText = row.get('unit');
  let unit = named<DurationUnit>(row, 'unit', unitOfName, 'hours', 'unknownUnit', issues);
  if (!text) return { value: null, unit };
  // "3天" or "2 小时" in the duration cell itself.
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*(\D*)$/.exec(text.normalize('NFKC'));
  if (!m) {
    issues.push({ cell: row.cell('duration'), code: 'badDuration', value: text });
    return { value: null, unit };
  }
  if (m[2] && !unitText) {
    const inline = unitOfName(m[2]);
    if (inline) unit = inline;
    else issues.push({ cell: row.cell('duration'), code: 'badDuration', value: text });
  }
  return { value: Number(m[1]), unit };
}

function stepOf(row: Row, draft: Draft, hasRaci: boolean, issues: TableIssue[]): ImportedStep {
  const name = row.get('name');
  if (!name) issues.push({ cell: row.cell('name'), code: 'noName', value: '' });
  const laneName = row.get('lane');
  if (!laneName) issues.push({ cell: row.cell('lane'), code: 'noLane', value: '' });
  let lane = draft.lanes.findIndex((l) => normalName(l) === normalName(laneName));
  if (lane < 0) lane = draft.lanes.push(laneName) - 1;
  const kind = named<StepKind>(row, 'kind', kindOfName, 'task', 'unknownKind', issues);
  const { value, unit } = durationOf(row, issues);
  const raci: ImportedRaci[] | null = hasRaci ? RACI_LETTERS.flatMap((letter) => splitNames(row.get(letter)).map((party) => ({ party, letters: letter }))) : null;
  return {
    key: `row-${row.line}`,
    code: row.get('code'),
    name,
    kind,
    subProcess: false,
    lane,
    phase: row.get('phase'),
    input: row.get('input'),
    output: row.get('output'),
    notes: '',
    durationValue: value,
    durationUnit: unit,
    owner: row.get('owner'),
    raci,
    at: null,
  };
}

/** Flows from 后续节点; a row whose cell is empty goes on to the next row, unless it ends the process. */
function flowsOf(draft: Draft, issues: TableIssue[]): ImportedFlow[] {
  const byCode = new Map<string, ImportedStep>();
  draft.steps.forEach((s) => {
    if (s.code) byCode.set(normalName(s.code), s);
  });
  const flows: ImportedFlow[] = [];
  draft.steps.forEach((step, i) => {
    const next = draft.next[i];
    if (next === null || next === undefined) {
      const following = draft.steps[i + 1];
      if (following && step.kind !== 'end') flows.push({ from: step.key, to: following.key, label: '' });
      return;
    }
    for (const target of nextTargets(next)) {
      const to = byCode.get(normalName(target.code));
      if (to) flows.push({ from: step.key, to: to.key, label: target.label });
      else issues.push({ cell: draft.rows[i]!.cell('next'), code: 'unknownNext', value: target.code });
    }
  });
  return flows;
}

/**
 * A flat table (the one Lanewise exports, or one written by hand in Excel or WPS) as processes:
 * header in row 1 in either language, columns in any order, one row per step; rows of one
 * process share its 流程 (an empty 流程 continues the process above). Every problem is listed
 * with its cell; the caller imports nothing when there is one.
 */
export function readProcessTable(rows: readonly (readonly string[])[], fallbackName: string): TableRead {
  const issues: TableIssue[] = [];
  if (rows.length > MAX_TABLE_ROWS + 1) return { processes: [], issues: [{ cell: `A${rows.length}`, code: 'tooManyRows', value: String(rows.length) }] };
  const header = rows[0] ?? [];
  const index = new Map<TableColumn, number>();
  header.forEach((text, i) => {
    const column = columnOfHeader(text);
    if (column && !index.has(column)) index.set(column, i);
  });
  if (!index.has('name') || !index.has('lane')) return { processes: [], issues: [{ cell: 'A1', code: 'noHeader', value: header.join(' | ') }] };
  const hasRaci = RACI_LETTERS.some((l) => index.has(l));

  const drafts: Draft[] = [];
  let current: Draft | null = null;
  rows.slice(1).forEach((cells, k) => {
    const line = k + 2;
    if (cells.every((c) => !c.trim())) return;
    const get = (column: TableColumn) => {
      const i = index.get(column);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const cell = (column: TableColumn) => cellRef(line, (index.get(column) ?? 0) + 1);
    const row: Row = { line, get, cell };
    const processName = get('process') || current?.name || fallbackName;
    let draft = drafts.find((d) => d.name === processName);
    if (!draft) drafts.push((draft = { name: processName, lanes: [], rows: [], steps: [], next: [] }));
    current = draft;
    const step = stepOf(row, draft, hasRaci, issues);
    if (step.code && draft.steps.some((s) => normalName(s.code) === normalName(step.code))) issues.push({ cell: cell('code'), code: 'duplicateCode', value: step.code });
    draft.rows.push(row);
    draft.steps.push(step);
    draft.next.push(get('next') || null);
  });

  const processes = drafts.map((d) => ({
    name: d.name,
    category: '',
    description: '',
    orientation: 'horizontal' as const,
    lanes: d.lanes,
    steps: d.steps,
    flows: flowsOf(d, issues),
    notes: [],
  }));
  return { processes, issues };
}
