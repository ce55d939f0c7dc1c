import { parentPort, workerData } from 'node:worker_threads';
import { drawPicturesWith } from '../pictures/picture-drawing';
import { picturePool } from '../pictures/picture-threads';
import { toWire } from './job-errors';
import { withOwnBuffer } from './own-buffer';
import type { JobWorkerData, WorkerMessage } from './job-runner';
import type { JobSpec } from './job-spec';
import { runJob } from './run-job';

/** A job worker: takes one job, reports its progress, hands back its result and is then terminated. */
const port = parentPort;
if (!port) throw new Error('job-worker runs as a worker thread');

const { pictureWorker } = workerData as JobWorkerData;
if (pictureWorker) drawPicturesWith(picturePool(pictureWorker));

// Progress is sent at most this often: enough for a progress bar, too little to crowd the port.
const PROGRESS_INTERVAL_MS = 100;

port.once('message', (spec: JobSpec) => {
  let last = { at: 0, stage: '' };
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  runJob(spec, (stage, fraction) => {
    const now = Date.now();
    if (stage === last.stage && now - last.at < PROGRESS_INTERVAL_MS && fraction < 1) return;
    last = { at: now, stage };
    post({ type: 'progress', stage, fraction });
  }).then(
    (value) => {
      const bytes = (value as { bytes?: unknown }).bytes;
      if (bytes instanceof Uint8Array) {
        const own = withOwnBuffer(bytes);
        post({ type: 'done', value: { ...value, bytes: own } }, [own.buffer as ArrayBuffer]);
      } else post({ type: 'done', value });
    },
    (err: unknown) => post({ type: 'failed', error: toWire(err) }),
  );
});
