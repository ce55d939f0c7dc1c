import { ProjectFileError } from '../project/project-file-error';
import { checkCommand } from './check-command';
import { CliUsageError } from './cli-error';
import type { Out } from './cli-io';
import { infoCommand } from './info-command';
import { newCommand } from './new-command';
import { templatesCommand } from './templates-command';

const USAGE = `Usage:
  lanewise new FILE [--lang zh-CN|en] [--name NAME] [--template ID]
  lanewise templates [--json]
  lanewise info FILE [--json]
  lanewise check FILE [--json]`;

type Command = (args: string[], out: Out) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  new: newCommand,
  templates: templatesCommand,
  info: infoCommand,
  check: checkCommand,
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
    const known = err instanceof CliUsageError || err instanceof ProjectFileError || isParseArgsError(err);
    const message = (err as Error).message.split('\n')[0];
    process.stderr.write(`lanewise: ${known ? message : `unexpected error: ${message}`}\n`);
    return 2;
  }
}
