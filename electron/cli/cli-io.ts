import { resolve } from 'node:path';
import type { ProjectState } from '../../shared/model/project-state';
import { readProjectFile } from '../project/project-file';
import { requireSound } from '../project/project-reader';
import { CliUsageError } from './cli-error';

export type Out = (line: string) => void;

/**
 * The project in a file, read without writing anything (not even the journal mode) and without
 * the writer's lock, so it works while the app has the file open. `sound` refuses a file whose
 * references point nowhere; `check` reads such a file to report them.
 */
export function loadProject(file: string, options: { sound?: boolean } = {}): ProjectState {
  const path = resolve(file);
  const read = readProjectFile(path);
  return options.sound === false ? read.state : requireSound(read, path);
}

export function single(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new CliUsageError(`${command} needs exactly one FILE`);
  return positionals[0]!;
}

/** Ids of the processes named on the command line, in the order given. */
export function processIdsByName(state: ProjectState, names: readonly string[]): string[] {
  const processes = Object.values(state.tables.processes);
  return names.map((name) => {
    const found = processes.find((p) => p.name === name);
    if (!found) throw new CliUsageError(`No process named "${name}"; processes: ${processes.map((p) => p.name).join(', ')}`);
    return found.id;
  });
}
