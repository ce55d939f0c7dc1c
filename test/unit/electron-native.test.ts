import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronTarget, isCurrent, nativeFolder } from '../../scripts/electron-native.mjs';

const require = createRequire(import.meta.url);
const nodeBuild = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
// .invalid never resolves: the downloads fail here as they would on a machine without network.
const OFFLINE = { npm_config_better_sqlite3_binary_host: 'http://prebuilt.lanewise.invalid', LANEWISE_ELECTRON_HEADERS_URL: 'http://headers.lanewise.invalid' };

function runNative(nativeDir: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/electron-native.mjs'], { encoding: 'utf8', env: { ...process.env, ...env, LANEWISE_NATIVE_DIR: nativeDir } });
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['bin/lanewise.mjs', ...args], { encoding: 'utf8' });
}

describe('the Electron build of better-sqlite3', () => {
  it('when it cannot be had, says so in one line and leaves the Node build, so the CLI still works', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-native-'));
    const before = hash(nodeBuild);
    const run = runNative(join(dir, 'native'), OFFLINE);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const { electron, abi } = electronTarget();
    expect(lines[0]).toContain(`Electron ${electron} (ABI ${abi}`);
    expect(lines[0]).toMatch(/no prebuilt binary \(.*prebuilt\.lanewise\.invalid.*\) and no Electron headers \(http:\/\/headers\.lanewise\.invalid\/.* could not be downloaded\)/);
    // Nothing half-made is left, and the Node build is the same file.
    expect(readdirSync(join(dir, 'native'))).toEqual([]);
    expect(hash(nodeBuild)).toBe(before);

    const project = join(dir, 'after.lanewise');
    expect(cli('new', project, '--name', 'After', '--template', 'product-launch').status).toBe(0);
    const info = cli('info', project, '--json');
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ processes: 1 });
  }, 120_000);

  it('is left alone when it was made for this Electron, and made again for another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-native-'));
    const target = electronTarget();
    const folder = nativeFolder(join(dir, 'native'), target.abi);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'better_sqlite3.node'), 'built earlier');
    writeFileSync(join(folder, 'build.json'), JSON.stringify(target));
    expect(isCurrent(folder, target)).toBe(true);
    expect(isCurrent(folder, { ...target, electron: '44.0.0' })).toBe(false);
    expect(isCurrent(folder, { ...target, betterSqlite3: '11.0.0' })).toBe(false);

    const run = runNative(join(dir, 'native'), OFFLINE);
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
    expect(readFileSync(join(folder, 'better_sqlite3.node'), 'utf8')).toBe('built earlier');

    writeFileSync(join(folder, 'build.json'), JSON.stringify({ ...target, electron: '44.0.0' }));
    expect(runNative(join(dir, 'native'), OFFLINE).status).toBe(1);
    expect(existsSync(join(folder, 'better_sqlite3.node'))).toBe(true);
  }, 120_000);
});
