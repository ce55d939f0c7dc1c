import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import { writerCommand, writerCommandsIn } from '../../test/fixtures/writer-commands';
import { ProjectSession } from './project-session';
import { APPLICATION_ID } from './schema-migrations';

const REPO = join(import.meta.dirname, '../..');
const WRITER = join(REPO, 'test/fixtures/command-writer.ts');

interface KilledRun {
  /** The last count the writer printed before it died. */
  lastReported: number;
  signal: NodeJS.Signals | null;
}

/** Runs the writer until it reports `killAt` committed commands, then SIGKILLs it mid-stream. */
function runWriterAndKill(path: string, killAt: number): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    let lastReported = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) lastReported = Number(line);
      if (lastReported >= killAt && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    // 'close' fires after stdout is drained, so lastReported includes every line the writer got out.
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${stderr}`));
      else resolve({ lastReported, signal });
    });
  });
}

/** The state after the first `commands` writer commands, in the project of the given id. */
function replay(commands: number, projectId: string): ProjectState {
  let state = emptyProject({ projectId, name: 'Crash test', language: 'en', organisation: '' });
  for (let n = 0; n < commands; n++) state = execute(state, writerCommand(n)).state;
  return state;
}

function reopen(path: string): { state: ProjectState; integrity: string } {
  const session = ProjectSession.open(path);
  try {
    return { state: session.state, integrity: session.integrityCheck() };
  } finally {
    session.close();
  }
}

describe('a project file after the app is killed mid-edit', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lanewise-crash-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds every command reported committed, nothing half-written, and passes integrity_check', async () => {
    const path = join(dir, 'crash.lanewise');

    const first = await runWriterAndKill(path, 200);
    expect(first.signal).toBe('SIGKILL');
    expect(first.lastReported).toBeGreaterThanOrEqual(200);
    const afterFirst = reopen(path);
    expect(afterFirst.integrity).toBe('ok');
    const held = writerCommandsIn(afterFirst.state);
    // At most one command can have committed without its line getting out before the kill.
    expect(held).toBeGreaterThanOrEqual(first.lastReported);
    expect(held).toBeLessThanOrEqual(first.lastReported + 1);
    // Exactly the first `held` commands, in order: no gaps, no torn command.
    expect(afterFirst.state).toEqual(replay(held, afterFirst.state.meta.projectId));

    // The recovered file keeps working: a second session continues it and is killed too.
    const second = await runWriterAndKill(path, held + 200);
    const afterSecond = reopen(path);
    expect(afterSecond.integrity).toBe('ok');
    const heldNow = writerCommandsIn(afterSecond.state);
    expect(heldNow).toBeGreaterThanOrEqual(second.lastReported);
    expect(heldNow).toBeLessThanOrEqual(second.lastReported + 1);
    expect(afterSecond.state).toEqual(replay(heldNow, afterSecond.state.meta.projectId));

    const plain = new Database(path, { readonly: true });
    try {
      expect(plain.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(plain.pragma('foreign_key_check')).toEqual([]);
    } finally {
      plain.close();
    }
  });

  it('opens from what a crash before the first checkpoint leaves: the main file plus its -wal', () => {
    const path = join(dir, 'live.lanewise');
    const session = ProjectSession.create(path, { name: 'Crash test', language: 'en', organisation: '' });
    for (let n = 0; n < 20; n++) session.execute(writerCommand(n));
    // Between commits the two files are exactly what a power cut or kill would leave on disk.
    const image = join(dir, 'image.lanewise');
    copyFileSync(path, image);
    copyFileSync(`${path}-wal`, `${image}-wal`);
    const expected = session.state;
    session.close();

    // The probe reads the marker from the main file by hand, so it must be there, not only in the -wal.
    expect(readFileSync(image).readUInt32BE(68)).toBe(APPLICATION_ID);
    const recovered = reopen(image);
    expect(recovered.integrity).toBe('ok');
    expect(recovered.state).toEqual(expected);
  });
});
