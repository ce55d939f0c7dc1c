import { resolve } from 'node:path';

/**
 * The project a launch asks for: the first argument ending in .lanewise (a double-clicked file or
 * "lanewise file.lanewise"), resolved against the folder the launch came from.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string = process.cwd()): string | null {
  const arg = argv.slice(1).find((a) => !a.startsWith('-') && /\.lanewise$/i.test(a));
  return arg ? resolve(cwd, arg) : null;
}
