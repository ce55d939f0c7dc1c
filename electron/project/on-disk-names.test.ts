import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProjectFile } from './project-file';
import { ProjectSession } from './project-session';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-names-'));
  path = join(dir, 'budget.lanewise');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function headerBytes(from: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    readSync(fd, buf, 0, length, from);
    return buf;
  } finally {
    closeSync(fd);
  }
}

describe('what users and other tools see of a project on disk', () => {
  it('the file is marked "LNWS" in the SQLite header: files written by every version keep being recognised', () => {
    ProjectSession.create(path, { name: 'Budget', language: 'en', organisation: '' }).close();
    // SQLite keeps the application id at offset 68, big-endian.
    expect(headerBytes(68, 4).toString('latin1')).toBe('LNWS');
    expect(headerBytes(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
  });

  it('editing takes FILE-lock beside the file, with a note of who holds it; closing takes both away', () => {
    const session = ProjectSession.create(path, { name: 'Budget', language: 'en', organisation: '' }, { app: 'Lanewise (browser)' });
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['budget.lanewise-lock']));
    const notes = readdirSync(dir).filter((f) => f.startsWith('budget.lanewise-lock') && f.endsWith('.json'));
    expect(notes).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, notes[0]!), 'utf8'))).toMatchObject({ app: 'Lanewise (browser)', pid: process.pid });
    session.close();
    expect(readdirSync(dir)).toEqual(['budget.lanewise']);
  });

  it('opening read-only or reading for info, check and export makes no lock', () => {
    ProjectSession.create(path, { name: 'Budget', language: 'en', organisation: '' }).close();
    const reader = ProjectSession.open(path, { readOnly: true });
    expect(readdirSync(dir).filter((f) => f.includes('lock'))).toEqual([]);
    reader.close();
    readProjectFile(path);
    expect(readdirSync(dir)).toEqual(['budget.lanewise']);
  });
});
