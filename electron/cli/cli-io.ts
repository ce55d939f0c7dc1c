import { resolve } from 'node:path';
import type { ProjectState } from '../../shared/model/project-state';
import { ProjectFile } from '../project/project-file';
import { CliUsageError } from './cli-error';

export type Out = (line: string) => void;

export function loadProject(file: string): ProjectState {
  const project = ProjectFile.open(resolve(file));
  try {
    return project.load();
  } finally {
    project.close();
  }
}

export function single(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new CliUsageError(`${command} needs exactly one FILE`);
  return positionals[0]!;
}
