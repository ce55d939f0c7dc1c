import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { PicturePool } from './picture-pool';

/**
 * One thread per core but the job worker's own, at least one and up to four. With the pictures drawn
 * as metafiles a thread's start (its code compiled anew, the project copied in) costs about what it
 * draws in a short document, so a thread beside the job worker on a core it would share gains nothing.
 */
export const PICTURE_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));

/** The picture worker built beside a job worker (job-worker.mjs → picture-worker.mjs), if it is there. */
export function pictureWorkerBeside(jobWorker: string): string | undefined {
  const file = join(dirname(jobWorker), `picture-worker${extname(basename(jobWorker))}`);
  return existsSync(file) ? file : undefined;
}

export function picturePool(workerFile: string): PicturePool {
  return new PicturePool(workerFile, { size: PICTURE_THREADS });
}
