// Mutation testing of the domain and the file layer (`npm run mutate`, never part of `npm test`).
// scripts/mutation/run-mutation.ts runs one folder at a time with its own incremental file, so a
// rerun only tests mutants whose code or covering tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // A mutant in code run at load time (a schema, a catalogue) would need the whole suite per mutant;
  // those are counted apart (see the score table), the rest run only the tests that reach them.
  ignoreStatic: true,
  incremental: true,
  // Two cores are shared with other work: one test runner at a time unless asked for more.
  concurrency: 1,
  // A loaded machine must not turn a slow test into a "timeout" (which counts as killed).
  timeoutMS: 20_000,
  timeoutFactor: 3,
  // The first run (every related test, with coverage per test) takes long on a busy machine.
  dryRunTimeoutMinutes: 120,
  reporters: ['clear-text', 'progress-append-only'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  ignorePatterns: ['dist', 'release', 'reports', 'test-results', 'playwright-report', '.lanewise-test', 'test/e2e', 'assets'],
  tempDirName: '.stryker-tmp',
  // Run as root, the read-only file tests open the project as nobody, who must be able to enter the sandbox.
  buildCommand: 'chmod a+rx .',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 70, break: null },
};
