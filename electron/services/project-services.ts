import { DownloadStore } from '../exports/download-store';
import { createDispatch, type Dispatch, type HostOptions } from '../ipc/api-handlers';
import { createJobRunner, inlineExecutor, workerExecutor, type JobRunner } from '../jobs/job-runner';
import { ProjectLibrary } from '../project/project-library';
import { Workspace } from '../project/workspace';

export interface ServicesOptions extends Omit<HostOptions, 'jobs' | 'downloads'> {
  home: string;
  /** Who writes, for the message another writer of the same file sees. */
  app: string;
  /** The built job worker (dist/…/job-worker); null runs jobs on this thread. */
  jobWorker: string | null;
}

export interface ProjectServices {
  workspace: Workspace;
  jobs: JobRunner;
  downloads: DownloadStore;
  dispatch: Dispatch;
  /** Stops running jobs and closes every open project (checkpointed: the .lanewise file alone holds it all). */
  close(): void;
}

/** The project services one host runs: the workspace, the typed contract over it, and the job runner beside it. */
export function createProjectServices(options: ServicesOptions): ProjectServices {
  const { home, app, jobWorker, ...host } = options;
  const workspace = new Workspace(new ProjectLibrary(home), { app });
  const jobs = createJobRunner(jobWorker ? workerExecutor(jobWorker) : inlineExecutor);
  const downloads = new DownloadStore();
  return {
    workspace,
    jobs,
    downloads,
    dispatch: createDispatch(workspace, { ...host, jobs, downloads }),
    close() {
      jobs.cancelAll();
      workspace.closeAll();
    },
  };
}
