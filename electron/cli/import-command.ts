import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { previewRaciImport } from '../excel/raci-workbook-import';
import { ProjectSession } from '../project/project-session';
import { CliUsageError } from './cli-error';
import { single, type Out } from './cli-io';
import { processImportCommand } from './process-import-command';

/** lanewise import FILE --xlsx IN | --bpmn IN | --table IN [--dry-run]: prints the preview, then applies it as one change. */
export async function importCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { xlsx: { type: 'string' }, bpmn: { type: 'string' }, table: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  });
  const file = single(positionals, 'import');
  const sources = [values.xlsx, values.bpmn, values.table].filter((v) => v !== undefined);
  if (sources.length !== 1) throw new CliUsageError('import needs one of --xlsx IN.xlsx, --bpmn IN.bpmn or --table IN.xlsx|IN.csv');
  const session = ProjectSession.open(resolve(file));
  try {
    if (values.bpmn !== undefined) return await processImportCommand(session, 'bpmn', values.bpmn, values['dry-run'], out);
    if (values.table !== undefined) return await processImportCommand(session, 'table', values.table, values['dry-run'], out);
    if (values.xlsx === undefined) throw new CliUsageError('import needs --xlsx IN.xlsx');
    const preview = await previewRaciImport(session.state, resolve(values.xlsx));
    out(`${preview.added} added, ${preview.removed} removed, ${preview.changed} changed`);
    for (const c of preview.changes) out(`  ${c.stepCode}\t${c.partyName}\t${c.before || '-'} → ${c.after || '-'}`);
    for (const s of preview.unmatchedSheets) out(`  unmatched sheet: ${s.sheet}`);
    for (const r of preview.unmatchedRows) out(`  unmatched row: ${r.sheet} row ${r.row}: ${r.text}`);
    for (const c of preview.unmatchedColumns) out(`  unmatched column: ${c.sheet} column ${c.column}: ${c.text}`);
    if (values['dry-run']) out('Dry run: nothing changed.');
    else if (preview.command) {
      session.execute(preview.command, 'import');
      out(`Applied to ${file}`);
    } else out('Nothing to apply.');
    return 0;
  } finally {
    session.close();
  }
}
