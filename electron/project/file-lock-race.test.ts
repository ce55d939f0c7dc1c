import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refusal } from '../../test/support/refusal';
import { WriterLock } from './file-lock';
import { ProjectFileError } from './project-file-error';

// The previous holder removes its lock file when it releases; if that happens between our open and
// our lock, our lock is on a file nobody else can see. That moment cannot be hit on purpose, so the
// file is made to vanish by having the check after the lock see no file, `vanish` times.
let vanish = 0;
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    existsSync: (p: fs.PathLike) => {
      if (vanish > 0 && String(p).endsWith('-lock')) {
        vanish--;
        real.rmSync(String(p), { force: true });
        return false;
      }
      return real.existsSync(p);
    },
  };
});

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-lock-race-'));
  path = join(dir, 'Budget.lanewise');
  vanish = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a lock file removed by its previous holder while we lock it', () => {
  it('once: we lock again, on a file that is there, and hold it', () => {
    vanish = 1;
    const lock = WriterLock.acquire(path, 'Lanewise');
    expect(vanish).toBe(0);
    expect(readdirSync(dir).filter((f) => !f.endsWith('-journal')).sort()).toEqual(['Budget.lanewise-lock', 'Budget.lanewise-lock.json']);
    expect(refusal(ProjectFileError, () => WriterLock.acquire(path, 'second')).code).toBe('locked');
    lock.release();
  });

  it('twice in a row: refused as read-only rather than trying for ever', () => {
    vanish = 2;
    const err = refusal(ProjectFileError, () => WriterLock.acquire(path, 'Lanewise'));
    expect(err.code).toBe('read-only');
    expect(err.message).toBe(`${path} cannot be locked for writing`);
    expect(err.params).toEqual({ path });
    // Nothing is left holding the file: the next writer gets it.
    WriterLock.acquire(path, 'next').release();
  });
});
