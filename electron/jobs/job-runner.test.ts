import { describe, expect, it } from 'vitest';
import type { ReportProgress } from '../../shared/jobs/job-progress';
import { emptyProject } from '../../shared/model/project-state';
import { JobBusyError, JobCancelledError } from './job-errors';
import { createJobRunner, inlineExecutor, type JobExecutor } from './job-runner';
import type { JobSpec } from './job-spec';

/** Jobs that end when the test says so, reporting what the test makes them report. */
function controlled() {
  const jobs: Array<{ spec: JobSpec; report: ReportProgress; finish(value: unknown): void; fail(err: Error): void; stopped: boolean }> = [];
  const executor: JobExecutor = (spec, report) => {
    let finish!: (value: unknown) => void;
    let fail!: (err: Error) => void;
    const result = new Promise((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    const job = { spec, report, finish, fail, stopped: false };
    jobs.push(job);
    return { result: result as never, cancel: () => (job.stopped = true) };
  };
  return { jobs, runner: createJobRunner(executor) };
}

const state = emptyProject({ name: 'Jobs', language: 'en', organisation: '' });
const docx: JobSpec = { type: 'export', state, kind: 'docx' };
const batch: JobSpec = { type: 'batch', state, command: { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } } };

describe('the job runner', () => {
  it('reports the session’s export with a fraction that only grows, and forgets it when done', async () => {
    const { jobs, runner } = controlled();
    const job = runner.start(docx, 's1');
    expect(runner.progress('s1')).toEqual({ id: job.id, kind: 'export', stage: 'drawing', fraction: 0 });
    expect(runner.progress('s2')).toBeNull();
    jobs[0]!.report('drawing', 0.4);
    jobs[0]!.report('drawing', 0.2);
    jobs[0]!.report('writing', 1.7);
    expect(runner.progress('s1')).toMatchObject({ stage: 'writing', fraction: 1 });
    jobs[0]!.finish('done');
    expect(await job.result).toBe('done');
    expect(runner.progress('s1')).toBeNull();
  });

  it('runs one export or import at a time, whichever session asks; a batch runs beside it', async () => {
    const { jobs, runner } = controlled();
    const first = runner.start(docx, 's1');
    expect(() => runner.start({ type: 'importPreview', state, source: { path: '/tmp/x.xlsx' } }, 's2')).toThrow(JobBusyError);
    expect(() => runner.start(docx, 's1')).toThrow('An export is running');
    const side = runner.start(batch, 's2');
    jobs[1]!.finish({ ops: [], inverse: [] });
    await side.result;
    jobs[0]!.finish('done');
    await first.result;
    expect(() => runner.start(docx, 's2')).not.toThrow();
  });

  it('a cancel stops the job and its result says it was cancelled, even if the job then ends; only its session may cancel it', async () => {
    const { jobs, runner } = controlled();
    const job = runner.start(docx, 's1');
    expect(runner.cancel(job.id, 's2')).toBe(false);
    expect(jobs[0]!.stopped).toBe(false);
    expect(runner.cancel(job.id, 's1')).toBe(true);
    expect(jobs[0]!.stopped).toBe(true);
    jobs[0]!.finish('too late');
    await expect(job.result).rejects.toBeInstanceOf(JobCancelledError);
    expect(runner.progress('s1')).toBeNull();
    expect(runner.cancel(job.id, 's1')).toBe(false);
  });

  it('a job that fails hands its error on', async () => {
    const { jobs, runner } = controlled();
    const job = runner.start(docx, 's1');
    jobs[0]!.fail(new Error('disk on fire'));
    await expect(job.result).rejects.toThrow('disk on fire');
    expect(runner.progress('s1')).toBeNull();
  });

  it('on this thread, a job works on its own copy of what it was given', async () => {
    const runner = createJobRunner(inlineExecutor);
    const given = structuredClone(state);
    const prepared = await runner.run({ type: 'batch', state: given, command: { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } } });
    expect(prepared.ops.length).toBeGreaterThan(0);
    expect(given).toEqual(state);
  });
});
