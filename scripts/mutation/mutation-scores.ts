import { calculateMetrics } from 'mutation-testing-metrics';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import type { MutationFolder } from './mutation-folders';

export interface FolderScore {
  readonly mutants: number;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Mutants of code that runs when a module loads (see ignoreStatic in stryker.config.mjs): not in the score. */
  readonly ignored: number;
  /** Detected (killed or timed out) of the valid mutants, per cent, as Stryker counts it. */
  readonly score: number;
}

export function folderScore(report: MutationTestResult): FolderScore {
  const m = calculateMetrics(report.files).metrics;
  return { mutants: m.totalMutants, killed: m.killed, timeout: m.timeout, survived: m.survived, noCoverage: m.noCoverage, ignored: m.ignored, score: m.mutationScore };
}

const HEADER = ['folder', 'mutants', 'killed', 'timeout', 'survived', 'no cover', 'load-time', 'score', 'target'];

/** The per-folder score table `npm run mutate` ends with. */
export function scoreTable(rows: ReadonlyArray<{ folder: MutationFolder; score: FolderScore | null }>): string {
  const cells = rows.map(({ folder, score }) => [
    folder.folder,
    ...(score ? [score.mutants, score.killed, score.timeout, score.survived, score.noCoverage, score.ignored].map(String) : ['not run yet', '', '', '', '', '']),
    score ? `${score.score.toFixed(1)} %` : '',
    folder.target === undefined ? '' : `${folder.target} %`,
  ]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** The mutants no test caught, one line each: file:line:column, mutator, replacement. */
export function survivors(report: MutationTestResult): string[] {
  return Object.entries(report.files).flatMap(([file, result]) =>
    result.mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
      .map((m) => `${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100)}`),
  );
}
