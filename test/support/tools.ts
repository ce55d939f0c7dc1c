import { spawnSync } from 'node:child_process';

/**
 * Whether a program a test needs is installed. When it is not, the test is skipped and says why,
 * with the package that brings it; under LANEWISE_REQUIRE_TOOLS=1 (as in CI) a missing tool fails
 * instead, so CI never skips a test silently.
 */
export function hasTool(command: string, debianPackage: string): boolean {
  const present = spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
  if (!present) {
    const why = `${command} is not installed (apt-get install ${debianPackage}): the tests that need it are skipped`;
    if (process.env.LANEWISE_REQUIRE_TOOLS === '1') throw new Error(`${why}, but LANEWISE_REQUIRE_TOOLS=1 forbids skipping`);
    console.warn(`skipped: ${why}`);
  }
  return present;
}
