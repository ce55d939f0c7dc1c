import { expect, vi } from 'vitest';
import { main, runCli } from './lanewise';

/** runCli with its output collected. */
export async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(argv, (l) => lines.push(l));
  return { code, lines };
}

/** main() as the bin runs it: exit code plus what reached stdout and stderr. */
export async function runMain(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The CLI refused the input: exit 2, nothing on stdout, one line on stderr matching `message`. */
export async function expectUsageError(argv: string[], message: RegExp): Promise<void> {
  const { code, stdout, stderr } = await (await runMain(argv));
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^lanewise: [^\n]+\n$/);
  expect(stderr).toMatch(message);
}
