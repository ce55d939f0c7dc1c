// `npm run test:electron`: the desktop app under Playwright, where Electron can run. Where it
// cannot, says so plainly and exits 2, so it is never mistaken for a pass.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronTarget, nativeFolder } from './electron-native.mjs';

const require = createRequire(import.meta.url);

/** The binary the electron package downloaded on install (its path.txt names it), without downloading it now. */
function electronBinary() {
  const root = dirname(require.resolve('electron/package.json'));
  const pathFile = join(root, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(root, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function notRun(reason) {
  process.stdout.write(`desktop smoke test NOT RUN: ${reason}\n`);
  process.exit(2);
}

if (!electronBinary()) notRun('no Electron binary (node_modules/electron/dist is missing: npx install-electron downloads it)');
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status;
if (run(['scripts/build.mjs']) !== 0) process.exit(1);
if (run(['scripts/electron-native.mjs']) !== 0) notRun(`no Electron build of better-sqlite3 in ${nativeFolder('native', electronTarget().abi)}`);
process.exit(run([require.resolve('@playwright/test/cli'), 'test', '--config', 'playwright.electron.config.ts']) ?? 1);
