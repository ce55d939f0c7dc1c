import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { describeLeftOut } from '../../shared/interchange/import-report';
import type { ImportPlan } from '../../shared/interchange/import-commands';
import { previewBpmnImport } from '../bpmn/bpmn-process-import';
import { previewTableImport } from '../flat-table/table-process-import';
import type { ProjectSession } from '../project/project-session';
import { CliUsageError } from './cli-error';
import type { Out } from './cli-io';

export type ProcessImportFormat = 'bpmn' | 'table';

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliUsageError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function printPlan(plan: ImportPlan, out: Out): void {
  const { summary } = plan;
  for (const p of summary.processes) out(`Process "${p.name}": ${count(p.lanes, 'lane')}, ${count(p.steps, 'step')}, ${count(p.flows, 'flow')}`);
  if (summary.departmentsCreated.length > 0) out(`New departments: ${summary.departmentsCreated.join(', ')}`);
  if (summary.departmentsMatched.length > 0) out(`Existing departments used: ${summary.departmentsMatched.join(', ')}`);
  if (summary.positionsCreated.length > 0) out(`New positions: ${summary.positionsCreated.join(', ')}`);
  if (summary.leftOut.length === 0) out('Nothing was left out.');
  else {
    out(`Left out (${summary.leftOut.length}):`);
    for (const item of summary.leftOut) out(`  ${describeLeftOut(item, 'en')}`);
  }
}

/** lanewise import FILE --bpmn IN.bpmn | --table IN.xlsx|IN.csv [--dry-run]: adds processes as one change. */
export async function processImportCommand(session: ProjectSession, format: ProcessImportFormat, input: string, dryRun: boolean, out: Out): Promise<number> {
  const path = resolve(input);
  const bytes = await readInput(path);
  const plan = format === 'bpmn' ? await previewBpmnImport(session.state, bytes, basename(path)) : await previewTableImport(session.state, bytes, basename(path));
  printPlan(plan, out);
  if (dryRun) {
    out('Dry run: nothing changed.');
    return 0;
  }
  session.execute(plan.command, 'import');
  out(`Applied to ${session.path}`);
  return 0;
}
