import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../test/support/refusal';
import { WriterLock } from './file-lock';
import { ProjectFileError } from './project-file-error';

// The same lock taken by a second connection of this process is refused just as one of another
// process is (many-writers.test.ts checks that across processes, in a child process).

let dir: string;
let path: string;
const held: WriterLock[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-lock-'));
  path = join(dir, 'Budget.lanewise');
});
afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
  rmSync(dir, { recursive: true, force: true });
});

function take(app: string, at = path): WriterLock {
  const lock = WriterLock.acquire(at, app);
  held.push(lock);
  return lock;
}

function note(at = path): unknown {
  return JSON.parse(readFileSync(`${at}-lock.json`, 'utf8'));
}

describe('the writer lock', () => {
  it('taking it writes who holds it beside the project; releasing it removes both files', () => {
    const before = Date.now();
    const lock = take('Lanewise (browser)');
    expect(note()).toEqual({ app: 'Lanewise (browser)', host: hostname(), pid: process.pid, since: expect.any(String) });
    const since = Date.parse((note() as { since: string }).since);
    expect(since).toBeGreaterThanOrEqual(before - 1000);
    expect(since).toBeLessThanOrEqual(Date.now() + 1000);
    expect(readdirSync(dir).filter((f) => !f.endsWith('-journal')).sort()).toEqual(['Budget.lanewise-lock', 'Budget.lanewise-lock.json']);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a second writer is refused with who holds it and since when (hours and minutes)', () => {
    take('Lanewise');
    writeFileSync(`${path}-lock.json`, JSON.stringify({ app: 'Lanewise', host: hostname(), pid: 4242, since: new Date(2026, 11, 2, 7, 5, 9).toISOString() }));
    const err = refusal(ProjectFileError, () => WriterLock.acquire(path, 'Lanewise (browser)'));
    expect(err.code).toBe('locked');
    expect(err.key).toBe('file.locked');
    expect(err.message).toBe(`${path} is open in Lanewise since 07:05 — close it there, or open it read-only`);
    expect(err.params).toEqual({ path, holder: 'Lanewise', since: '07:05' });
  });

  it('a holder on another computer (a shared folder) is named with its computer', () => {
    take('Lanewise');
    writeFileSync(`${path}-lock.json`, JSON.stringify({ app: 'Lanewise', host: 'finance-pc', pid: 4242, since: new Date(2026, 11, 2, 14, 30).toISOString() }));
    const err = refusal(ProjectFileError, () => WriterLock.acquire(path, 'Lanewise'));
    expect(err.params).toEqual({ path, holder: 'Lanewise on finance-pc', since: '14:30' });
    expect(err.message).toBe(`${path} is open in Lanewise on finance-pc since 14:30 — close it there, or open it read-only`);
  });

  it('a note with a time that is not one shows the time as written', () => {
    take('Lanewise');
    writeFileSync(`${path}-lock.json`, JSON.stringify({ app: 'Lanewise', host: '', pid: 1, since: 'this morning' }));
    expect(refusal(ProjectFileError, () => WriterLock.acquire(path, 'Lanewise')).params).toEqual({ path, holder: 'Lanewise', since: 'this morning' });
  });

  it.each([
    ['no note', null],
    ['a note that is not JSON', '{"app": "Lanew'],
    ['a note of the wrong shape', JSON.stringify({ app: 'Lanewise', host: 'pc', pid: 'seven', since: '' })],
  ])('%s: the holder is another Lanewise window, since an unknown time', (_what, text) => {
    take('Lanewise');
    rmSync(`${path}-lock.json`);
    if (text !== null) writeFileSync(`${path}-lock.json`, text);
    const err = refusal(ProjectFileError, () => WriterLock.acquire(path, 'Lanewise'));
    expect(err.code).toBe('locked');
    expect(err.params).toEqual({ path, holder: 'another Lanewise window', since: '?' });
    expect(err.message).toBe(`${path} is open in another Lanewise window since ? — close it there, or open it read-only`);
  });

  it('once released, the next writer takes it; releasing twice does not remove the next writer’s lock', () => {
    const first = WriterLock.acquire(path, 'first');
    first.release();
    take('second');
    first.release();
    expect(note()).toMatchObject({ app: 'second' });
    expect(existsSync(`${path}-lock`)).toBe(true);
    expect(refusal(ProjectFileError, () => WriterLock.acquire(path, 'third')).code).toBe('locked');
  });

  it('releasing a lock whose files someone already removed works', () => {
    const lock = WriterLock.acquire(path, 'Lanewise');
    rmSync(`${path}-lock.json`);
    rmSync(`${path}-lock`);
    expect(() => lock.release()).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a note that cannot be written leaves no temporary file; the lock holds without it', () => {
    // The note's name is taken by a folder that is not empty, so renaming onto it fails.
    mkdirSync(join(`${path}-lock.json`, 'inside'), { recursive: true });
    const lock = WriterLock.acquire(path, 'Lanewise');
    expect(readdirSync(dir).filter((f) => !f.endsWith('-journal')).sort()).toEqual(['Budget.lanewise-lock', 'Budget.lanewise-lock.json']);
    expect(refusal(ProjectFileError, () => WriterLock.acquire(path, 'Lanewise')).params).toEqual({ path, holder: 'another Lanewise window', since: '?' });
    rmSync(`${path}-lock.json`, { recursive: true });
    lock.release();
  });

  it('a folder that does not exist cannot be locked: refused as read-only, with the reason', () => {
    const missing = join(dir, 'gone', 'Budget.lanewise');
    const err = refusal(ProjectFileError, () => WriterLock.acquire(missing, 'Lanewise'));
    expect(err.code).toBe('read-only');
    expect(err.params).toEqual({ path: missing });
    expect(err.message).toMatch(new RegExp(`^${missing.replaceAll('/', '\\/')} cannot be locked for writing \\(.+\\)$`));
  });

  it('a lock file that is not SQLite’s (another program’s file of that name) is refused as read-only, not as held', () => {
    writeFileSync(`${path}-lock`, 'this is not a database, but a note of some other program '.repeat(20));
    const err = refusal(ProjectFileError, () => WriterLock.acquire(path, 'Lanewise'));
    expect(err.code).toBe('read-only');
    expect(err.params).toEqual({ path });
    expect(err.message).toMatch(/cannot be locked for writing \(.+\)$/);
  });

  it('a name holding a NUL character is refused before anything is written, and shown with \\0', () => {
    const err = refusal(ProjectFileError, () => WriterLock.acquire(`${path}\u0000x`, 'Lanewise'));
    expect(err.code).toBe('unreadable');
    expect(err.message).toBe('A file name cannot hold a NUL character');
    expect(err.params).toEqual({ path: `${path}\\0x` });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('who holds a file', () => {
  it('nobody, for a free file, and asking leaves no lock behind', () => {
    expect(WriterLock.holder(path)).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
    take('Lanewise');
  });

  it('the holder’s note, while it is held', () => {
    take('Lanewise (browser)');
    expect(WriterLock.holder(path)).toEqual({ app: 'Lanewise (browser)', host: hostname(), pid: process.pid, since: expect.any(String) });
  });

  it('another program, when it is held without a note', () => {
    take('Lanewise');
    rmSync(`${path}-lock.json`);
    expect(WriterLock.holder(path)).toEqual({ app: 'another program', host: '', pid: 0, since: '' });
  });

  it('nobody, when the file cannot be locked at all (a missing folder, a NUL in the name)', () => {
    expect(WriterLock.holder(join(dir, 'gone', 'x.lanewise'))).toBeNull();
    expect(WriterLock.holder(`${path}\u0000`)).toBeNull();
  });
});
