import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { pictureWorkerBeside } from '../pictures/picture-threads';
import type { JobProgress, JobStage, ReportProgress } from '../../shared/jobs/job-progress';
import { fromWire, JobBusyError, JobCancelledError, type WireError } from './job-errors';
import { progressKind, type JobOutput, type JobSpec } from './job-spec';
import { runJob } from './run-job';

export interface RunningJob<T> {
  id: string;
  result: Promise<T>;
}

/** Runs jobs off the thread that answers requests, reports their progress and stops them on request. */
export interface JobRunner {
  /** Exports and imports run one at a time, whichever session asks: a second one throws JobBusyError. */
  start<S extends JobSpec>(spec: S, session?: string): RunningJob<JobOutput<S>>;
  run<S extends JobSpec>(spec: S, session?: string): Promise<JobOutput<S>>;
  /** The session's export or import running now, if any. */
  progress(session?: string): JobProgress | null;
  /** Its result rejects with JobCancelledError. False when no such job of the session runs. */
  cancel(id: string, session?: string): boolean;
  /** Everything running stops (the app is quitting). */
  cancelAll(): void;
}

/** How one job gets done: the worker thread in the hosts, this thread in unit tests. */
export type JobExecutor = <S extends JobSpec>(spec: S, report: ReportProgress) => { result: Promise<JobOutput<S>>; cancel(): void };

/** What a job worker is started with: where the picture worker it hands pictures to is, when it was built. */
export interface JobWorkerData {
  readonly pictureWorker: string | undefined;
}

/** Messages from a job worker. */
export type WorkerMessage = { type: 'progress'; stage: JobStage; fraction: number } | { type: 'done'; value: unknown } | { type: 'failed'; error: WireError };

interface Running {
  readonly session: string | undefined;
  /** Null for a job that shows no progress (a batch). */
  progress: JobProgress | null;
  cancelled: boolean;
  stop(): void;
}

export function createJobRunner(executor: JobExecutor): JobRunner {
  const running = new Map<string, Running>();
  const busy = () => [...running.values()].find((job) => job.progress !== null);

  const runner: JobRunner = {
    start(spec, session) {
      const kind = progressKind(spec);
      const other = kind ? busy() : undefined;
      if (other) throw new JobBusyError(`An ${other.progress!.kind} is running: wait for it to finish or cancel it, then try again`);
      const id = randomUUID();
      const entry: Running = { session, progress: kind ? { id, kind, stage: initialStage(spec), fraction: 0 } : null, cancelled: false, stop: () => undefined };
      running.set(id, entry);
      const job = executor(spec, (stage, fraction) => {
        if (entry.progress) entry.progress = { ...entry.progress, stage, fraction: Math.max(entry.progress.fraction, Math.min(1, fraction)) };
      });
      entry.stop = job.cancel;
      const result = job.result.then(
        (value) => {
          if (entry.cancelled) throw new JobCancelledError('Cancelled');
          return value;
        },
        (err: unknown) => {
          throw entry.cancelled ? new JobCancelledError('Cancelled') : err;
        },
      );
      const forget = () => running.delete(id);
      result.then(forget, forget);
      return { id, result };
    },
    run(spec, session) {
      return runner.start(spec, session).result;
    },
    progress(session) {
      const job = busy();
      return job && job.session === session ? job.progress : null;
    },
    cancel(id, session) {
      const job = running.get(id);
      if (!job || job.session !== session) return false;
      job.cancelled = true;
      job.stop();
      running.delete(id);
      return true;
    },
    cancelAll() {
      for (const [id, job] of [...running]) runner.cancel(id, job.session);
    },
  };
  return runner;
}

function initialStage(spec: JobSpec): JobStage {
  switch (spec.type) {
    case 'importPreview':
    case 'processImportPreview':
      return 'reading';
    case 'export':
      return spec.kind === 'xlsx' ? 'writing' : 'drawing';
    case 'diagnosisExport':
      return spec.kind === 'report-docx' ? 'drawing' : 'writing';
    case 'batch':
      return 'writing';
  }
}

/**
 * One worker thread per job: posting the spec copies the state (the job's snapshot) and
 * terminating the thread stops even a picture half drawn, with the picture threads it started. Bytes come back transferred, not copied.
 */
export function workerExecutor(workerFile: string): JobExecutor {
  return (spec, report) => {
    const workerData: JobWorkerData = { pictureWorker: pictureWorkerBeside(workerFile) };
    const worker = new Worker(workerFile, { workerData });
    const result = new Promise<JobOutput<typeof spec>>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        switch (message.type) {
          case 'progress':
            report(message.stage, message.fraction);
            return;
          case 'done':
            resolve(message.value as JobOutput<typeof spec>);
            void worker.terminate();
            return;
          case 'failed':
            reject(fromWire(message.error));
            void worker.terminate();
            return;
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`The job stopped unexpectedly (exit code ${code})`)));
    });
    worker.postMessage(spec);
    return { result: result.then(asBuffers), cancel: () => void worker.terminate() };
  };
}

/** The same jobs on this thread, each on its own copy of what it was given (for tests and tools). */
export const inlineExecutor: JobExecutor = (spec, report) => {
  let cancelled = false;
  const copy = structuredClone(spec);
  const result = runJob(copy, (stage, fraction) => {
    if (cancelled) throw new JobCancelledError('Cancelled');
    report(stage, fraction);
  });
  return { result, cancel: () => (cancelled = true) };
};

/** Bytes cross the thread as a plain Uint8Array; the hosts write and encode Buffers. */
function asBuffers<T>(value: T): T {
  if (value && typeof value === 'object' && 'bytes' in value && value.bytes instanceof Uint8Array && !Buffer.isBuffer(value.bytes)) {
    const bytes = value.bytes;
    return { ...value, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  }
  return value;
}
