import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CommandInput } from '../../shared/commands/command-schema';
import { describeLeftOut } from '../../shared/interchange/import-report';
import type { ImportPlan } from '../../shared/interchange/import-commands';
import type { ParsedRequestOf, ProcessImportFormat, ProcessImportPreviewView, ResponseOf } from '../../shared/ipc/contract';
import { JobCancelledError } from '../jobs/job-errors';
import type { JobRunner } from '../jobs/job-runner';
import type { ProjectSession } from '../project/project-session';
import { ImportRequestError, type ExportDialogs } from './export-handlers';

type Channel = 'import.processPreview' | 'import.processApply';
type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

/** Read in a worker (a big file must not hold the API); null when the user cancelled it. */
async function preview(jobs: JobRunner, session: ProjectSession, format: ProcessImportFormat, bytes: Uint8Array, fileName: string): Promise<ImportPlan | null> {
  try {
    return await jobs.run({ type: 'processImportPreview', state: session.state, format, bytes, fileName }, session.id);
  } catch (err) {
    if (err instanceof JobCancelledError) return null;
    throw err;
  }
}

/** BPMN and table imports: a preview first, then the whole import applied as one undoable change. */
export function processImportHandlers(session: (id: string) => ProjectSession, dialogs: ExportDialogs | undefined, jobs: JobRunner): Handlers {
  // Per session, only the preview last shown can be applied, and only to the project it was made for.
  const pending = new Map<string, { token: string; command: CommandInput; sessionPath: string }>();
  return {
    'import.processPreview': async (r) => {
      const current = session(r.session);
      let fileName: string;
      let bytes: Uint8Array;
      if (r.base64 !== undefined) {
        fileName = r.fileName ?? (r.format === 'bpmn' ? 'process.bpmn' : 'process.xlsx');
        bytes = Buffer.from(r.base64, 'base64');
      } else {
        if (!dialogs) throw ImportRequestError.keyed('import.choose-file');
        const path = await dialogs.chooseProcessFileToImport(r.format);
        if (!path) return null;
        fileName = basename(path);
        bytes = await readFile(path);
      }
      pending.delete(current.id);
      const plan = await preview(jobs, current, r.format, bytes, fileName);
      if (!plan) return null;
      const token = randomUUID();
      pending.set(current.id, { token, command: plan.command, sessionPath: current.path });
      const language = current.state.meta.language;
      const view: ProcessImportPreviewView = {
        token,
        fileName,
        processes: plan.summary.processes.map((p) => ({ ...p })),
        departmentsCreated: [...plan.summary.departmentsCreated],
        departmentsMatched: [...plan.summary.departmentsMatched],
        positionsCreated: [...plan.summary.positionsCreated],
        leftOut: plan.summary.leftOut.map((item) => describeLeftOut(item, language)),
      };
      return view;
    },
    'import.processApply': (r) => {
      const current = session(r.session);
      const waiting = pending.get(current.id);
      if (!waiting || waiting.token !== r.token || waiting.sessionPath !== current.path) throw ImportRequestError.keyed('import.stale-preview');
      pending.delete(current.id);
      return current.execute(waiting.command, 'import');
    },
  };
}
