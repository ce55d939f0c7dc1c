import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportDiagrams } from '../diagram/diagram-export';
import { policyDocxBytes, raciWorkbookBytes } from '../exports/project-exports';
import type { DiagnosisExportKind } from '../../shared/ipc/diagnosis-requests';
import { exportDiagnosisFile } from '../exports/diagnosis-exports';
import { exportProcessFiles } from '../interchange/process-files';
import { diagramsPdfBytes } from '../pdf/diagrams-pdf';
import { policyPdfBytes } from '../pdf/policy-pdf';
import { CliUsageError } from './cli-error';
import { loadProject, processIdsByName, single, type Out } from './cli-io';

/**
 * lanewise export FILE --xlsx OUT [--process NAME]… | --docx OUT | --pdf OUT | --diagrams-pdf OUT | --svg DIR | --png DIR | --bpmn DIR | --table DIR [--csv]
 *   | --survey OUT.xlsx | --survey-form OUT.docx | --history OUT.xlsx | --report OUT.docx
 */
export async function exportCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      xlsx: { type: 'string' },
      docx: { type: 'string' },
      svg: { type: 'string' },
      png: { type: 'string' },
      pdf: { type: 'string' },
      'diagrams-pdf': { type: 'string' },
      bpmn: { type: 'string' },
      table: { type: 'string' },
      csv: { type: 'boolean', default: false },
      process: { type: 'string', multiple: true },
      survey: { type: 'string' },
      'survey-form': { type: 'string' },
      history: { type: 'string' },
      report: { type: 'string' },
    },
  });
  const file = single(positionals, 'export');
  const diagnosis: Array<[DiagnosisExportKind, string | undefined]> = [
    ['survey-xlsx', values.survey],
    ['survey-docx', values['survey-form']],
    ['history-xlsx', values.history],
    ['report-docx', values.report],
  ];
  const targets = [values.xlsx, values.docx, values.svg, values.png, values.pdf, values['diagrams-pdf'], values.bpmn, values.table, ...diagnosis.map(([, out]) => out)].filter((v) => v !== undefined);
  if (targets.length === 0) {
    throw new CliUsageError('export needs --xlsx OUT, --docx OUT, --pdf OUT, --diagrams-pdf OUT, --svg DIR, --png DIR, --bpmn DIR, --table DIR, --survey OUT, --survey-form OUT, --history OUT or --report OUT');
  }
  if (values.process && values.xlsx === undefined) throw new CliUsageError('--process applies to --xlsx only');
  if (values.csv && values.table === undefined) throw new CliUsageError('--csv applies to --table only');
  const state = loadProject(file);
  if (values.xlsx !== undefined) {
    const ids = values.process ? processIdsByName(state, values.process) : undefined;
    await writeFile(resolve(values.xlsx), await raciWorkbookBytes(state, ids));
    out(`Wrote ${values.xlsx}`);
  }
  if (values.docx !== undefined) {
    await writeFile(resolve(values.docx), await policyDocxBytes(state));
    out(`Wrote ${values.docx}`);
  }
  if (values.pdf !== undefined) {
    await writeFile(resolve(values.pdf), await policyPdfBytes(state));
    out(`Wrote ${values.pdf}`);
  }
  if (values['diagrams-pdf'] !== undefined) {
    await writeFile(resolve(values['diagrams-pdf']), await diagramsPdfBytes(state));
    out(`Wrote ${values['diagrams-pdf']}`);
  }
  for (const [kind, outPath] of diagnosis) {
    if (outPath === undefined) continue;
    await writeFile(resolve(outPath), (await exportDiagnosisFile(state, kind)).bytes);
    out(`Wrote ${outPath}`);
  }
  for (const format of ['svg', 'png'] as const) {
    const dir = values[format];
    if (dir === undefined) continue;
    for (const path of await exportDiagrams(state, resolve(dir), format)) out(`Wrote ${path}`);
  }
  if (values.bpmn !== undefined) for (const path of await exportProcessFiles(state, resolve(values.bpmn), 'bpmn')) out(`Wrote ${path}`);
  if (values.table !== undefined) for (const path of await exportProcessFiles(state, resolve(values.table), values.csv ? 'csv' : 'xlsx')) out(`Wrote ${path}`);
  return 0;
}
