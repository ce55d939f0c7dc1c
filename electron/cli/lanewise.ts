import { BpmnImportError } from '../bpmn/bpmn-import-error';
import { ExcelImportError } from '../excel/excel-errors';
import { TableImportError } from '../flat-table/table-import-error';
import { PdfExportError } from '../pdf/pdf-document';
import { WorkbookReadError } from '../excel/xlsx-reader/workbook-read-error';
import { ProjectFileError } from '../project/project-file-error';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { CliUsageError } from './cli-error';
import type { Out } from './cli-io';
import { infoCommand } from './info-command';
import { metricsCommand } from './metrics-command';
import { compareCommand, snapshotCommand } from './version-commands';
import { newCommand } from './new-command';
import { templatesCommand } from './templates-command';

const USAGE = `Usage:
  lanewise new FILE [--lang zh-CN|en] [--name NAME] [--template ID]
  lanewise templates [--json]
  lanewise info FILE [--json]
  lanewise check FILE [--json]
  lanewise export FILE --xlsx OUT.xlsx [--process NAME]...
  lanewise export FILE --docx OUT.docx
  lanewise export FILE --pdf OUT.pdf | --diagrams-pdf OUT.pdf
  lanewise export FILE --svg DIR | --png DIR
  lanewise export FILE --bpmn DIR | --table DIR [--csv]
  lanewise export FILE --survey OUT.xlsx | --survey-form OUT.docx | --history OUT.xlsx | --report OUT.docx
  lanewise import FILE --xlsx IN.xlsx [--dry-run] [--mine | --theirs]
  lanewise import FILE --bpmn IN.bpmn [--dry-run]
  lanewise import FILE --table IN.xlsx|IN.csv [--dry-run]
  lanewise import FILE --survey IN.xlsx... [--dry-run]
  lanewise import FILE --history IN.xlsx [--dry-run]
  lanewise metrics FILE [--process NAME]... [--json]
  lanewise snapshot FILE --process NAME --as LABEL
  lanewise compare FILE --process NAME --from LABEL [--to LABEL] [--json]`;

type Command = (args: string[], out: Out) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  new: newCommand,
  templates: templatesCommand,
  info: infoCommand,
  check: checkCommand,
  export: exportCommand,
  import: importCommand,
  metrics: metricsCommand,
  snapshot: snapshotCommand,
  compare: compareCommand,
};

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: string[], out: Out = (l) => process.stdout.write(l + '\n')): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    out(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) throw new CliUsageError(`Unknown command "${command}". Run lanewise --help.`);
  return run(rest, out);
}

function isParseArgsError(err: unknown): boolean {
  return err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS');
}

/** Turns any failure into one line on stderr and exit code 2. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await runCli(argv);
  } catch (err) {
    const known =
      err instanceof CliUsageError ||
      err instanceof ProjectFileError ||
      err instanceof ExcelImportError ||
      err instanceof WorkbookReadError ||
      err instanceof BpmnImportError ||
      err instanceof TableImportError ||
      err instanceof PdfExportError ||
      isParseArgsError(err);
    // A table's message lists its bad cells, one a line.
    const message = err instanceof TableImportError ? err.message : (err as Error).message.split('\n')[0];
    process.stderr.write(`lanewise: ${known ? message : `unexpected error: ${message}`}\n`);
    return 2;
  }
}
