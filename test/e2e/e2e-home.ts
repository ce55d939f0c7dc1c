import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The project folder the test server was started with (set by playwright.config.ts). */
export function e2eHome(): string {
  const home = process.env.LANEWISE_E2E_HOME;
  if (!home) throw new Error('LANEWISE_E2E_HOME is not set: run the tests through playwright.config.ts');
  return home;
}

export function projectFile(fileName: string): string {
  const file = readdirSync(e2eHome()).find((f) => f === fileName);
  if (!file) throw new Error(`${fileName} not found in ${e2eHome()}`);
  return join(e2eHome(), file);
}
