import type { Language } from '../model/entities';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import type { PolicyBlock, PolicyDocument, PolicyDocumentChapter, PolicyTable } from '../policy/policy-document-types';
import type { AddressedProblem } from '../versions/addressed-problems';
import { addressedProblems } from '../versions/addressed-problems';
import { exportComparisons } from '../versions/process-versions';
import type { VersionComparison } from '../versions/version-compare';
import { measurementLabels } from './measurement-labels';
import { addressedHeader, addressedRows, changeHeader, changeRows, deltaHeader, deltaRows, departmentHeader, departmentRows, partyHeader, partyRows, summaryRows } from './measurement-tables';
import { metricsReport } from './metrics-report';
import { MetricsTracker } from './metrics-tracker';

function table(header: readonly string[] | null, rows: string[][], widths: number[], centred: number[]): PolicyTable {
  return { role: 'metrics', widths, header: header ? [header.map((text) => ({ text }))] : [], rows, centred, landscape: false, blank: false };
}

const block = (caption: string, t: PolicyTable): PolicyBlock => ({ kind: 'table', caption, table: t });

/** Before-and-after of one process: how the figures moved, every change, and the problems of the register it answers. */
export function comparisonBlocks(c: VersionComparison, processName: string, language: Language, addressed: readonly AddressedProblem[]): PolicyBlock[] {
  const l = measurementLabels(language);
  const changes = changeRows(c, l);
  const problems: PolicyBlock[] = addressed.length > 0 ? [block(l.addressedCaption(processName), table(addressedHeader(l), addressedRows(addressed, l), [4.5, 5, 3.5], []))] : [];
  return [
    { kind: 'heading', text: l.comparisonHeading(processName, c.from.label, c.to.label) },
    block(l.deltasCaption(processName), table(deltaHeader(l, c), deltaRows(c, l), [5, 3, 3, 2], [1, 2, 3])),
    changes.length > 0
      ? block(l.changesCaption(processName), table(changeHeader(l), changes, [1.4, 1.3, 1.8, 3.4, 5.4], [0, 1, 2]))
      : { kind: 'article', label: '', text: l.noChanges, items: [] },
    ...problems,
  ];
}

/**
 * The appendix the policy draft ends with: per process its metrics (critical path, hand-offs,
 * load per department and party), and the comparisons given, e.g. the as-is against the to-be.
 * Null when no process has steps.
 */
export function measurementAppendix(state: ProjectState, language: Language, comparisons: ReadonlyMap<string, readonly VersionComparison[]>): PolicyDocumentChapter | null {
  const l = measurementLabels(language);
  const tracker = new MetricsTracker(state);
  const blocks: PolicyBlock[] = [];
  for (const process of sortedByOrder(Object.values(state.tables.processes))) {
    const metrics = tracker.of(process.id);
    if (!metrics || metrics.steps === 0) continue;
    const r = metricsReport(state, process.id, metrics);
    blocks.push({ kind: 'heading', text: l.metricsHeading(process.name) });
    blocks.push(block(l.metricsCaption(process.name), table([l.figure, l.value], summaryRows(r, l), [4, 9], [])));
    if (r.departments.length > 0) blocks.push(block(l.departmentsCaption(process.name), table(departmentHeader(l), departmentRows(r), [4, 1.6, 1.8, 1.8, 1.8, 1.8], [1, 2, 3, 4, 5])));
    if (r.parties.length > 0) blocks.push(block(l.partiesCaption(process.name), table(partyHeader(l), partyRows(r), [4, 2, 2, 2, 2], [1, 2, 3, 4])));
    for (const c of comparisons.get(process.id) ?? []) blocks.push(...comparisonBlocks(c, process.name, language, addressedProblems(state, process.id, c)));
  }
  if (blocks.length === 0) return null;
  return { chapter: 'annex', label: '', title: l.appendixTitle, blocks };
}

/** The policy document with the measurement appendix at its end, when there is anything to measure. */
export function withMeasurementAppendix(doc: PolicyDocument, state: ProjectState): PolicyDocument {
  const appendix = measurementAppendix(state, doc.language, exportComparisons(state));
  return appendix ? { ...doc, chapters: [...doc.chapters, appendix] } : doc;
}
