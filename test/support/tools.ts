import { spawnSync } from 'node:child_process';

/**
 * When a program a test needs is not installed, the test is skipped and says why, with the package
 * that brings it; under LANEWISE_REQUIRE_TOOLS=1 (as in CI) a missing tool fails instead, so CI
 * never skips a test silently.
 */
function missing(what: string, debianPackage: string): false {
  const why = `${what} is not installed (apt-get install ${debianPackage}): the tests that need it are skipped`;
  if (process.env.LANEWISE_REQUIRE_TOOLS === '1') throw new Error(`${why}, but LANEWISE_REQUIRE_TOOLS=1 forbids skipping`);
  console.warn(`skipped: ${why}`);
  return false;
}

/** Whether a program a test needs is installed (see `missing` for what happens when it is not). */
export function hasTool(command: string, debianPackage: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0 || missing(command, debianPackage);
}

/** A Python that can import `module` (the one on the PATH, else the system's), or null when none can. */
export function pythonWith(module: string, debianPackage: string): string | null {
  const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);
  if (python) return python;
  missing(`Python's ${module}`, debianPackage);
  return null;
}
