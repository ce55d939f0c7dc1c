import { fileURLToPath } from 'node:url';
import { workerExecutor } from '../../electron/jobs/job-runner';
import type { JobSpec } from '../../electron/jobs/job-spec';

/** The job worker the browser host runs (built by `npm run bench` first), with the picture threads beside it. */
const JOB_WORKER = fileURLToPath(new URL('../../dist/web/job-worker.mjs', import.meta.url));
const runInWorker = workerExecutor(JOB_WORKER);

/** An export as the app makes it: the state copied into a job worker, which draws its pictures in threads of their own. */
export async function exportAsTheAppDoes(spec: Extract<JobSpec, { type: 'export' | 'diagnosisExport' }>): Promise<Buffer> {
  const { bytes } = await runInWorker(spec, () => undefined).result;
  return Buffer.from(bytes);
}
