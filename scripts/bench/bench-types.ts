import type { SyntheticShape } from './synthetic-project';

/** One figure of the report. */
export interface BenchRow {
  metric: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'count' | '×';
  /** The figure passes when it is at most this. */
  target?: number;
}

export interface BenchContext {
  /** A temporary folder the bench deletes afterwards. */
  readonly dir: string;
  /** The synthetic project file: written by the first section, used by the later ones. */
  readonly projectPath: string;
  readonly shape: SyntheticShape;
  /** Records heap use now; sections call it where memory peaks (synchronous code leaves no other chance). */
  sampleMemory(): void;
  /** The highest heapUsed sampled so far, in bytes. */
  peakHeapUsed(): number;
}

/** A part of the benchmark. Sections run in the order of sections/index.ts. */
export interface BenchSection {
  readonly name: string;
  run(ctx: BenchContext): BenchRow[] | Promise<BenchRow[]>;
}
