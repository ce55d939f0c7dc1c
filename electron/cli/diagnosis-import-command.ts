import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { CommandInput } from '../../shared/commands/command-schema';
import type { ImportProblem } from '../../shared/diagnosis/import-problems';
import { userErrorText } from '../../shared/errors/user-errors';
import type { ProjectSession } from '../project/project-session';
import { planHistoryFile } from '../survey/history-import';
import { planSurveyFiles } from '../survey/survey-import';
import { chosenWorkbook } from '../survey/uploaded-workbook';
import type { Out } from './cli-io';

const workbookFile = (path: string) => chosenWorkbook(resolve(path));

function refused(problems: readonly ImportProblem[], out: Out): number {
  out(`Nothing imported: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`);
  for (const p of problems) out(`  ${userErrorText(p.key, p.params, 'en')}`);
  return 2;
}

function apply(session: ProjectSession, command: CommandInput | null, dryRun: boolean, file: string, out: Out): number {
  if (dryRun) out('Dry run: nothing changed.');
  else if (command) {
    session.execute(command);
    out(`Imported into ${file}`);
  }
  return 0;
}

/**
 * lanewise import FILE --survey IN.xlsx… : filled questionnaires, all or none (exit 2 with the
 * problems listed); lanewise import FILE --history IN.xlsx : project history data. --dry-run checks only.
 */
export async function diagnosisImportCommand(session: ProjectSession, kind: 'survey' | 'history', paths: readonly string[], dryRun: boolean, file: string, out: Out): Promise<number> {
  const zh = session.state.meta.language === 'zh-CN';
  const newId = (prefix: string) => prefix + randomUUID();
  if (kind === 'survey') {
    const plan = await planSurveyFiles(session.state, paths.map(workbookFile), { newId, now: new Date().toISOString(), label: zh ? '导入问卷' : 'Import questionnaires' });
    if (plan.problems.length > 0) return refused(plan.problems, out);
    out(`${plan.responses} ${plan.responses === 1 ? 'response' : 'responses'}`);
    return apply(session, plan.command, dryRun, file, out);
  }
  const plan = await planHistoryFile(session.state, workbookFile(paths[0]!), { newId, label: zh ? '导入历史数据' : 'Import history data' });
  if (plan.problems.length > 0) return refused(plan.problems, out);
  out(`${plan.added} added, ${plan.updated} updated`);
  return apply(session, plan.command, dryRun, file, out);
}
