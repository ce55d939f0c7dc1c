import type { Random } from '../../test/support/schema-values';

/** How one hostile input went. */
export type Verdict = 'held' | 'crash' | 'pollution' | 'data-loss' | 'changed-refused-file' | 'unreadable-export';

export interface Failure {
  verdict: Exclude<Verdict, 'held'>;
  input: string;
  detail: string;
}

export interface AreaResult {
  tried: number;
  /** How many inputs the app took as valid (the rest it refused, as it should or not). */
  accepted?: number;
  failures: Failure[];
}

/** One kind of hostile input: requests, project files, workbooks, exports, command sequences. */
export interface FuzzArea {
  name: string;
  /** Runs `inputs` hostile inputs drawn from `random` in a scratch folder of its own. */
  run(inputs: number, random: Random, dir: string): Promise<AreaResult>;
}
