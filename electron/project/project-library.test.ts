import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from './project-session';
import { ProjectLibrary } from './project-library';
import { Workspace } from './workspace';
import { createDispatch } from '../ipc/api-handlers';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'lanewise-library-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  const outside = join(dir, 'elsewhere');
  mkdirSync(outside);
  ProjectSession.create(join(outside, 'private.lanewise'), { name: 'Private', language: 'en', organisation: '' }).close();
  return { home, outside, library: new ProjectLibrary(home) };
}

describe('the project folder of the browser host', () => {
  it('holds the files in it, not those a link inside it points to', () => {
    const { home, outside, library } = setup();
    symlinkSync(join(outside, 'private.lanewise'), join(home, 'link.lanewise'));
    symlinkSync(outside, join(home, 'linked-folder'));
    expect(library.contains(join(home, 'mine.lanewise'))).toBe(true);
    expect(library.contains(join(home, 'link.lanewise'))).toBe(false);
    expect(library.contains(join(home, 'linked-folder', 'private.lanewise'))).toBe(false);
    expect(library.contains(join(home, '..', 'elsewhere', 'private.lanewise'))).toBe(false);
  });

  it('a project linked into the folder from outside is not opened', async () => {
    const { home, outside, library } = setup();
    symlinkSync(join(outside, 'private.lanewise'), join(home, 'link.lanewise'));
    const dispatch = createDispatch(new Workspace(library), { host: 'web', version: 'test', restrictToLibrary: true });
    expect(await dispatch('project.open', { path: join(home, 'link.lanewise') })).toMatchObject({ ok: false, error: { code: 'file' } });
  });
});
