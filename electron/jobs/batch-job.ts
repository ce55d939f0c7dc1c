import type { Command, CommandInput } from '../../shared/commands/command-schema';
import type { Change } from '../../shared/ipc/contract';
import type { ProjectSession } from '../project/project-session';
import type { JobRunner } from './job-runner';

/** Commands from which a batch is worked out in a worker: a template of this size takes tens of milliseconds and more. */
export const BIG_BATCH = 200;

function commandCount(command: CommandInput | Command): number {
  return command.type === 'batch' ? command.commands.reduce((n, c) => n + commandCount(c), 0) : 1;
}

/**
 * Runs a batch in a session. A big one is worked out on a copy of the state in a worker, so
 * requests keep being answered meanwhile; its ops are then applied if the project did not change
 * in between, or the batch is worked out again on the project as it is now.
 */
export async function executeBatch(jobs: JobRunner, session: () => ProjectSession, command: CommandInput | Command, label?: string): Promise<Change> {
  const target = session();
  if (commandCount(command) < BIG_BATCH) return target.execute(command, label);
  const revision = target.document.revision;
  const prepared = await jobs.run({ type: 'batch', state: target.state, command });
  // Asked again: the session may have been closed while the worker ran.
  return session().executePrepared(command, prepared, revision, label);
}
