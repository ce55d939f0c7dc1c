import type { Finding, Severity } from '../../shared/raci/finding';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worse(a: Severity | null, b: Severity): Severity {
  return a === null || RANK[b] < RANK[a] ? b : a;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  accepted: number;
}

/** Open findings by severity; accepted exceptions are counted apart and never as open errors. */
export function countFindings(findings: readonly Finding[], accepted: ReadonlySet<string>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, accepted: 0 };
  for (const f of findings) {
    if (accepted.has(f.key)) counts.accepted++;
    else counts[f.severity]++;
  }
  return counts;
}

/** What a row or column badge shows. */
export interface Marks {
  /** Worst severity among open findings; null when all are accepted. */
  worst: Severity | null;
  open: number;
  accepted: number;
  findings: Finding[];
}

function add(map: Map<string, Marks>, id: string, f: Finding, isAccepted: boolean): void {
  let m = map.get(id);
  if (!m) map.set(id, (m = { worst: null, open: 0, accepted: 0, findings: [] }));
  m.findings.push(f);
  if (isAccepted) m.accepted++;
  else {
    m.open++;
    m.worst = worse(m.worst, f.severity);
  }
}

export interface GridMarks {
  /** stepId → findings about that step. */
  steps: Map<string, Marks>;
  /** partyId → findings about that party's column (idle, overload). */
  parties: Map<string, Marks>;
  /** stepId → parties whose cells take part in an open error, e.g. the competing A's. */
  conflicts: Map<string, Set<string>>;
}

/** Badges for the grid; column findings only for the shown process (all processes when null). */
export function gridMarks(findings: readonly Finding[], accepted: ReadonlySet<string>, processId: string | null): GridMarks {
  const marks: GridMarks = { steps: new Map(), parties: new Map(), conflicts: new Map() };
  for (const f of findings) {
    if (processId !== null && f.processId !== processId) continue;
    const isAccepted = accepted.has(f.key);
    if (f.stepId === null) {
      for (const p of f.partyIds) add(marks.parties, p, f, isAccepted);
      continue;
    }
    add(marks.steps, f.stepId, f, isAccepted);
    if (!isAccepted && f.severity === 'error' && f.partyIds.length > 0) {
      const set = marks.conflicts.get(f.stepId) ?? marks.conflicts.set(f.stepId, new Set()).get(f.stepId)!;
      for (const p of f.partyIds) set.add(p);
    }
  }
  return marks;
}

export function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity];
}
