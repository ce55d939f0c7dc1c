import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { PicturePool } from './picture-pool';

/** One thread per core, up to four: beyond that the pixels in flight cost more memory than they save time. */
export const PICTURE_THREADS = Math.max(1, Math.min(4, availableParallelism()));

/** The picture worker built beside a job worker (job-worker.mjs → picture-worker.mjs), if it is there. */
export function pictureWorkerBeside(jobWorker: string): string | undefined {
  const file = join(dirname(jobWorker), `picture-worker${extname(basename(jobWorker))}`);
  return existsSync(file) ? file : undefined;
}

export function picturePool(workerFile: string): PicturePool {
  return new PicturePool(workerFile, { size: PICTURE_THREADS });
}
