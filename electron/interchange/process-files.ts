import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import { exportProcessBpmn } from '../bpmn/bpmn-export';
import { diagramFileNames } from '../diagram/diagram-file-names';
import { processTableCsv, processTableXlsx } from '../flat-table/table-files';

export type ProcessFileFormat = 'bpmn' | 'xlsx' | 'csv';

/** One process in a file of its own: BPMN for workflow tools, a flat table for 飞书 / 钉钉. */
export async function processFileBytes(state: ProjectState, processId: string, format: ProcessFileFormat): Promise<Buffer> {
  switch (format) {
    case 'bpmn':
      return Buffer.from(await exportProcessBpmn(state, processId), 'utf8');
    case 'xlsx':
      return processTableXlsx(state, processId);
    case 'csv':
      return processTableCsv(state, processId);
  }
}

/**
 * Writes one file per process into dir (created if missing), in process order, named after the
 * processes with the extension given; returns the paths written.
 */
export async function writePerProcess(state: ProjectState, dir: string, extension: string, bytes: (processId: string) => Promise<Buffer | string>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const processes = sortedByOrder(rowsOf(state, 'processes'));
  const names = diagramFileNames(
    processes.map((p) => p.name),
    extension,
    state.meta.language,
  );
  const paths: string[] = [];
  for (const [i, process] of processes.entries()) {
    const path = join(dir, names[i]!);
    await writeFile(path, await bytes(process.id));
    paths.push(path);
  }
  return paths;
}

export function exportProcessFiles(state: ProjectState, dir: string, format: ProcessFileFormat): Promise<string[]> {
  return writePerProcess(state, dir, format, (processId) => processFileBytes(state, processId, format));
}
