import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BAD_CELL_TEXTS } from '../../shared/ipc/import-preview';
import { displayLetters } from '../../shared/model/raci-letters';
import { importCommand as raciImportCommand, previewRaciImport, type CellComparison, type ImportPreview } from '../excel/raci-workbook-import';
import { ProjectSession } from '../project/project-session';
import { CliUsageError } from './cli-error';
import type { Out } from './cli-io';
import { diagnosisImportCommand } from './diagnosis-import-command';
import { processImportCommand } from './process-import-command';

const letters = (l: string | null) => (l === null ? '?' : displayLetters(l) || '-');
const cellLine = (c: CellComparison, detail: string) => `  ${c.ref}\t${c.stepCode} ${c.stepName}\t${c.partyName}\t${detail}`;

function printPreview(p: ImportPreview, out: Out): void {
  if (p.record.kind === 'found') out(`Exported on ${p.record.exportedAt}: compared with that export and with the project now.`);
  else out(`Warning: ${p.record.kind === 'missing' ? 'the workbook does not say which export it came from' : 'the workbook\'s export record is damaged'}; every difference is taken as the client's change, even where the project changed since.`);
  out(`Applied from the workbook: ${p.applied.length}`);
  for (const c of p.applied) out(cellLine(c, `${letters(c.mine)} → ${letters(c.theirs)}`));
  out(`Kept (changed in Lanewise since the export): ${p.kept.length}`);
  for (const c of p.kept) out(cellLine(c, `Lanewise ${letters(c.mine)}, workbook ${letters(c.theirs)}`));
  out(`Conflicts (changed on both sides): ${p.conflicts.length}`);
  for (const c of p.conflicts) out(cellLine(c, `export ${letters(c.base)}, Lanewise ${letters(c.mine)}, workbook ${letters(c.theirs)}`));
  out(`Bad cells (left out): ${p.badCount}`);
  for (const b of p.bad) out(`  ${b.ref}: ${BAD_CELL_TEXTS[b.reason].en.replace('{{value}}', b.value)}`);
  if (p.badCount > p.bad.length) out(`  … and ${p.badCount - p.bad.length} more`);
  out(`Review notes: ${p.notes.length} new`);
  for (const n of p.notes) out(`  ${n.stepLabel || '-'}${n.partyLabel ? ` · ${n.partyLabel}` : ''}: ${n.text.replace(/\s+/g, ' ')}${n.author ? ` (${n.author})` : ''}`);
}

/**
 * lanewise import FILE --xlsx IN [--mine | --theirs] | --bpmn IN | --table IN [--dry-run]: prints
 * the preview, then applies it as one change. For a RACI workbook the preview is three-way, and open
 * conflicts need --mine (keep Lanewise's values) or --theirs (take the workbook's). A writer: it
 * holds the file's lock, so it is refused while the app has the file open.
 * lanewise import FILE --survey IN.xlsx… | --history IN.xlsx [--dry-run]: the diagnosis's questionnaires and history data.
 */
export async function importCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      xlsx: { type: 'string' },
      bpmn: { type: 'string' },
      table: { type: 'string' },
      survey: { type: 'string', multiple: true },
      history: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      mine: { type: 'boolean', default: false },
      theirs: { type: 'boolean', default: false },
    },
  });
  const sources = [values.xlsx, values.bpmn, values.table, values.survey, values.history].filter((v) => v !== undefined);
  if (sources.length !== 1) throw new CliUsageError('import needs one of --xlsx IN.xlsx, --bpmn IN.bpmn, --table IN.xlsx|IN.csv, --survey IN.xlsx… or --history IN.xlsx');
  if (values.mine && values.theirs) throw new CliUsageError('choose either --mine or --theirs');
  if ((values.mine || values.theirs) && values.xlsx === undefined) throw new CliUsageError('--mine and --theirs apply to --xlsx only');
  // Forms after the project file count as more questionnaires, so a shell glob works: --survey forms/*.xlsx
  const [file, ...more] = positionals;
  if (file === undefined || (more.length > 0 && values.survey === undefined)) throw new CliUsageError('import needs exactly one FILE');
  const session = ProjectSession.open(resolve(file), { app: 'lanewise import' });
  try {
    if (values.bpmn !== undefined) return await processImportCommand(session, 'bpmn', values.bpmn, values['dry-run'], out);
    if (values.table !== undefined) return await processImportCommand(session, 'table', values.table, values['dry-run'], out);
    if (values.survey !== undefined) return await diagnosisImportCommand(session, 'survey', [...values.survey, ...more], values['dry-run'], file, out);
    if (values.history !== undefined) return await diagnosisImportCommand(session, 'history', [values.history], values['dry-run'], file, out);
    return await raciImport(session, file, values.xlsx!, { dryRun: values['dry-run'], all: values.mine ? 'mine' : values.theirs ? 'theirs' : undefined }, out);
  } finally {
    session.close();
  }
}

async function raciImport(session: ProjectSession, file: string, xlsx: string, options: { dryRun: boolean; all: 'mine' | 'theirs' | undefined }, out: Out): Promise<number> {
  const preview = await previewRaciImport(session.state, { path: resolve(xlsx) });
  printPreview(preview, out);
  if (options.dryRun) {
    out('Dry run: nothing changed.');
    return 0;
  }
  if (preview.conflicts.length > 0 && !options.all) {
    out(`${preview.conflicts.length} conflicts are not settled: run again with --mine (keep Lanewise's values) or --theirs (take the workbook's). Nothing changed.`);
    return 1;
  }
  const command = raciImportCommand(session.state, preview, options.all ? { all: options.all } : {});
  if (!command) {
    out('Nothing to apply.');
    return 0;
  }
  session.execute(command, 'import');
  out(`Applied to ${file}`);
  return 0;
}
