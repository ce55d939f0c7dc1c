import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { languageSchema } from '../../shared/model/entities';
import { projectCounts } from '../../shared/model/project-counts';
import { reportFindings } from './check-report';
import { ProjectFile } from '../project/project-file';
import { ProjectFileError } from '../project/project-file-error';
import { CliUsageError } from './cli-error';

const USAGE = `Usage:
  lanewise new FILE [--lang zh-CN|en] [--name NAME]
  lanewise info FILE [--json]
  lanewise check FILE [--json]`;

type Out = (line: string) => void;

function loadProject(file: string) {
  const project = ProjectFile.open(resolve(file));
  try {
    return project.load();
  } finally {
    project.close();
  }
}

function single(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new CliUsageError(`${command} needs exactly one FILE`);
  return positionals[0]!;
}

/** Runs one CLI invocation and returns its exit code. */
export function runCli(argv: string[], out: Out = (l) => process.stdout.write(l + '\n')): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'new': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { lang: { type: 'string', default: 'zh-CN' }, name: { type: 'string' } } });
      const file = single(positionals, 'new');
      const language = languageSchema.safeParse(values.lang);
      if (!language.success) throw new CliUsageError(`--lang must be zh-CN or en, not ${values.lang}`);
      const name = (values.name ?? file.replace(/^.*[\\/]/, '').replace(/\.lanewise$/, '')).trim();
      if (!name) throw new CliUsageError('--name must not be empty');
      ProjectFile.create(resolve(file), { name, language: language.data, organisation: '' }).close();
      out(`Created ${file}`);
      return 0;
    }
    case 'info': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { json: { type: 'boolean', default: false } } });
      const state = loadProject(single(positionals, 'info'));
      const counts = projectCounts(state);
      if (values.json) out(JSON.stringify({ name: state.meta.name, language: state.meta.language, ...counts }));
      else {
        out(`${state.meta.name} (${state.meta.language})`);
        for (const [k, v] of Object.entries(counts)) out(`  ${k}: ${v}`);
      }
      return 0;
    }
    case 'check': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { json: { type: 'boolean', default: false } } });
      const state = loadProject(single(positionals, 'check'));
      const findings = reportFindings(state);
      if (values.json) out(JSON.stringify({ findings }));
      else if (findings.length === 0) out('No findings.');
      else for (const f of findings) out([f.severity, f.status, f.ruleId, f.process, f.stepCode ?? '-', f.message].join('\t'));
      return findings.some((f) => f.severity === 'error' && f.status === 'open') ? 1 : 0;
    }
    case undefined:
    case '--help':
    case 'help':
      out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new CliUsageError(`Unknown command "${command}". Run lanewise --help.`);
  }
}

/** Turns any failure into one line on stderr and exit code 2. */
export function main(argv: string[]): number {
  try {
    return runCli(argv);
  } catch (err) {
    const known = err instanceof CliUsageError || err instanceof ProjectFileError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'));
    const message = (err as Error).message.split('\n')[0];
    process.stderr.write(`lanewise: ${known ? message : `unexpected error: ${message}`}\n`);
    return 2;
  }
}
