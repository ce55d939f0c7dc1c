import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerExecutor } from '../../electron/jobs/job-runner';
import { buildSyntheticProject, LARGE_PROJECT } from '../../scripts/bench/synthetic-project';

// Threads of this process, as the system counts them (Linux, where CI runs).
const threads = () => readdirSync('/proc/self/task').length;

describe('an export in the built job worker', () => {
  it('draws its pictures in threads of its own, and Cancel stops every one of them', async () => {
    const state = buildSyntheticProject({ ...LARGE_PROJECT, processes: 6, stepsPerProcess: 25 });
    const before = threads();
    const run = workerExecutor(fileURLToPath(new URL('../../dist/web/job-worker.mjs', import.meta.url)))({ type: 'export', state, kind: 'docx' }, () => undefined);
    const refused = expect(run.result).rejects.toThrow();
    // The job worker, and at least one picture thread beside it.
    await expect.poll(threads, { timeout: 20_000, interval: 50 }).toBeGreaterThanOrEqual(before + 2);
    run.cancel();
    await refused;
    await expect.poll(threads, { timeout: 10_000, interval: 50 }).toBe(before);
  });
});
