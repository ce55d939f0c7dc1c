// The Electron build of better-sqlite3, beside the Node build rather than over it: the CLI, the
// browser host and the tests load node_modules/better-sqlite3 under Node; the desktop app's services
// open every database with `nativeBinding` pointing at native/electron-<abi>/better_sqlite3.node.
// Run by `npm start` and before packaging; builds only when that file is missing or was made for
// another Electron (or better-sqlite3) version.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const BINDING = 'better_sqlite3.node';

/** What the Electron build must match: read from the installed packages. */
export function electronTarget() {
  const electron = require('electron/package.json').version;
  const abi = readFileSync(join(dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8').trim();
  const betterSqlite3 = require('better-sqlite3/package.json').version;
  return { electron, abi, betterSqlite3, platform: process.platform, arch: process.arch };
}

export function nativeFolder(nativeRoot, abi) {
  return join(nativeRoot, `electron-${abi}`);
}

/** True when the folder already holds a build for exactly this target. */
export function isCurrent(folder, target) {
  if (!existsSync(join(folder, BINDING))) return false;
  try {
    const made = JSON.parse(readFileSync(join(folder, 'build.json'), 'utf8'));
    return Object.entries(target).every(([key, value]) => made[key] === value);
  } catch {
    return false;
  }
}

/** What stopped the build, in a few words, from what @electron/rebuild printed. */
export function whatIsMissing(output) {
  const prebuilt = /prebuild-install (?:warn|WARN) install (.+)/.exec(output)?.[1]?.trim();
  const headers = /gyp http GET (\S+)/.exec(output)?.[1];
  const offline = /network connectivity|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|ECONNRESET/.test(output);
  const parts = [`there is no prebuilt binary (${prebuilt ?? 'none found'})`];
  if (headers && offline) parts.push(`no Electron headers (${headers} could not be downloaded)`);
  else {
    const failure = /gyp ERR! (?:stack Error|not ok|configure error|build error)?:? ?(.+)/.exec(output)?.[1] ?? /(?:^|\n)(?:ERR|Error:?) (.+)/.exec(output)?.[1];
    parts.push(`compiling it failed (${(failure ?? 'see npx @electron/rebuild --only better-sqlite3').trim().slice(0, 160)})`);
  }
  return parts.join(' and ');
}

/** Runs @electron/rebuild in a child whose output is kept, so a failure is one line and not pages of node-gyp. */
function rebuildIn(work, target) {
  const options = { buildPath: work, electronVersion: target.electron, arch: target.arch, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential', ...(process.env.LANEWISE_ELECTRON_HEADERS_URL ? { headerURL: process.env.LANEWISE_ELECTRON_HEADERS_URL } : {}) };
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--rebuild', JSON.stringify(options)], { cwd: root, encoding: 'utf8', env: { ...buildEnv(), DEBUG: 'electron-rebuild' } });
  if (run.status !== 0) throw new Error(whatIsMissing(`${run.stdout}\n${run.stderr}`));
}

/** npm passes its own settings down (`npm start`): a nodedir or target from them would compile against Node's headers. */
function buildEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)));
}

/** An Electron build must refuse to load in Node with Electron's ABI; one that loads was made for Node. */
function checkBuiltForElectron(binding, abi) {
  const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(binding)})`], { encoding: 'utf8' });
  if (run.status === 0) throw new Error(`compiling it made a build for Node (NODE_MODULE_VERSION ${process.versions.modules}), not for Electron`);
  if (!run.stderr.includes(`NODE_MODULE_VERSION ${abi}`)) throw new Error(`compiling it made a build that does not load (${run.stderr.split('\n').find((l) => l.includes('Error')) ?? 'unknown error'})`);
}

/**
 * Builds in a copy of the package, so node_modules/better-sqlite3/build (the Node build) is never
 * written: @electron/rebuild tries a prebuilt binary first (prebuild-install), then compiles
 * against the Electron headers (node-gyp).
 */
function build(target, folder) {
  const work = join(dirname(folder), `.build-${process.pid}`);
  const modules = join(work, 'node_modules');
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  rmSync(work, { recursive: true, force: true });
  mkdirSync(modules, { recursive: true });
  try {
    cpSync(source, join(modules, 'better-sqlite3'), { recursive: true, filter: (p) => !p.startsWith(join(source, 'build')) });
    // @electron/rebuild looks for prebuild-install beside the module it rebuilds.
    symlinkSync(dirname(createRequire(join(source, 'package.json')).resolve('prebuild-install/package.json')), join(modules, 'prebuild-install'), 'junction');
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'lanewise-native', private: true, dependencies: { 'better-sqlite3': target.betterSqlite3 } }));
    rebuildIn(work, target);
    const built = join(modules, 'better-sqlite3', 'build', 'Release', BINDING);
    if (!existsSync(built)) throw new Error(`compiling it made no ${BINDING}`);
    checkBuiltForElectron(built, target.abi);
    const staging = `${folder}.new`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    cpSync(built, join(staging, BINDING));
    writeFileSync(join(staging, 'build.json'), `${JSON.stringify(target, null, 2)}\n`);
    rmSync(folder, { recursive: true, force: true });
    renameSync(staging, folder);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Builds when needed; returns a one-line message when it cannot (nothing else is touched then). */
export function ensureElectronBuild(nativeRoot = process.env.LANEWISE_NATIVE_DIR ?? join(root, 'native')) {
  const target = electronTarget();
  const folder = nativeFolder(nativeRoot, target.abi);
  if (isCurrent(folder, target)) return { built: false, folder };
  mkdirSync(nativeRoot, { recursive: true });
  try {
    build(target, folder);
  } catch (err) {
    return {
      error: `lanewise: the desktop app needs better-sqlite3 built for Electron ${target.electron} (ABI ${target.abi}, ${target.platform}-${target.arch}), but ${err instanceof Error ? err.message : String(err)}; the Node build is untouched (the CLI, npm run web and the tests still work).`,
    };
  }
  // The package ships exactly one build: older ABIs go.
  for (const entry of readdirSync(nativeRoot)) {
    if (entry.startsWith('electron-') && join(nativeRoot, entry) !== folder) rmSync(join(nativeRoot, entry), { recursive: true, force: true });
  }
  return { built: true, folder };
}

if (process.argv[2] === '--rebuild') {
  const { rebuild } = await import('@electron/rebuild');
  await rebuild(JSON.parse(process.argv[3]));
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = ensureElectronBuild();
  if (result.error) {
    process.stderr.write(`${result.error}\n`);
    process.exitCode = 1;
  } else if (result.built) process.stdout.write(`lanewise: built better-sqlite3 for Electron in ${result.folder}\n`);
}
