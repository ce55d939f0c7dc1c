/**
 * Mutation testing, one folder at a time (see mutation-folders.ts), then the score of every folder.
 * Usage: npm run mutate [-- FOLDER...] [-- --concurrency N] [-- --scores] [-- --survivors]
 * (FOLDER: a folder or its start, e.g. shared/raci; --scores: only print the scores kept in the
 * incremental files; --survivors: also list the mutants no test caught, by file and line)
 * Runs niced, so other work on the machine goes first. Exits 1 when a folder misses its target.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parseArgs } from 'node:util';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { incrementalFile, MUTATION_FOLDERS, mutateGlobs, type MutationFolder } from './mutation-folders';
import { folderScore, scoreTable, survivors } from './mutation-scores';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { concurrency: { type: 'string' }, scores: { type: 'boolean', default: false }, survivors: { type: 'boolean', default: false } },
});

const chosen = positionals.length === 0 ? MUTATION_FOLDERS : MUTATION_FOLDERS.filter((f) => positionals.some((p) => f.folder.startsWith(p.replace(/\/+$/, ''))));
if (chosen.length === 0) {
  console.error(`No mutation folder matches ${positionals.join(', ')}; folders: ${MUTATION_FOLDERS.map((f) => f.folder).join(', ')}`);
  process.exit(2);
}

setPriority(10);

function runStryker(folder: MutationFolder): boolean {
  const args = ['stryker', 'run', 'stryker.config.mjs', '--mutate', mutateGlobs(folder).join(','), '--incrementalFile', incrementalFile(folder)];
  if (values.concurrency) args.push('--concurrency', values.concurrency);
  console.log(`\n=== ${folder.folder} ===`);
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, LANEWISE_MUTATION_TESTS: folder.tests.join(',') } });
  return result.status === 0;
}

function report(folder: MutationFolder): MutationTestResult | null {
  const file = incrementalFile(folder);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MutationTestResult) : null;
}

const failedRuns = values.scores ? [] : chosen.filter((f) => !runStryker(f));
const rows = chosen.map((folder) => {
  const r = report(folder);
  return { folder, score: r ? folderScore(r) : null };
});
console.log(`\n${scoreTable(rows)}`);
if (values.survivors) {
  for (const f of chosen) {
    const r = report(f);
    if (r) console.log(survivors(r).join('\n'));
  }
}
const missed = rows.filter(({ folder, score }) => folder.target !== undefined && score !== null && score.score < folder.target);
for (const { folder, score } of missed) console.error(`${folder.folder}: ${score!.score.toFixed(1)} % is under its target of ${folder.target} %`);
for (const f of failedRuns) console.error(`${f.folder}: Stryker did not finish`);
process.exit(missed.length > 0 || failedRuns.length > 0 ? 1 : 0);
