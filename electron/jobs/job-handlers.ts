import type { ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { JobRunner } from './job-runner';

type JobChannel = 'jobs.progress' | 'jobs.cancel';

/** The contract's view of the job runner: what runs, and stopping it. */
export function jobHandlers(jobs: JobRunner): { [C in JobChannel]: (request: ParsedRequestOf<C>) => ResponseOf<C> } {
  return {
    'jobs.progress': (r) => jobs.progress(r.session),
    'jobs.cancel': (r) => jobs.cancel(r.id, r.session),
  };
}
