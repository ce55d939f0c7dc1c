import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_ERRORS, userErrorText } from '../../shared/errors/user-errors';
import type { ApiError } from '../../shared/ipc/contract';
import { ProjectFileError } from '../project/project-file-error';
import { ProjectLibrary } from '../project/project-library';
import { Workspace } from '../project/workspace';
import { toApiError } from './api-errors';
import { createDispatch } from './api-handlers';
import { sessionDispatch } from './session-dispatch';

function setup() {
  const workspace = new Workspace(new ProjectLibrary(mkdtempSync(join(tmpdir(), 'lanewise-errors-'))));
  return sessionDispatch(createDispatch(workspace, { host: 'electron', version: 'test', restrictToLibrary: false }));
}

/** The error as the user reads it, in each language: no raw SQLite or JavaScript text. */
function texts(error: ApiError): { en: string; zh: string } {
  expect(error.key).toBeDefined();
  const params = error.params ?? {};
  return { en: userErrorText(error.key!, params, 'en'), zh: userErrorText(error.key!, params, 'zh-CN') };
}

const CJK = /[\u4e00-\u9fff]/;

describe('every error a user can cause has a code and a message in both languages', () => {
  it('the catalogue: each key in both languages, the same placeholders in each, Chinese in the Chinese', () => {
    for (const [key, t] of Object.entries(USER_ERRORS)) {
      const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(holes(t['zh-CN']), key).toEqual(holes(t.en));
      if (key !== 'import.failed') expect(t['zh-CN'], key).toMatch(CJK);
    }
  });

  it('a path with a NUL character', async () => {
    const r = await setup()('project.open', { path: '/tmp/a\u0000b.lanewise' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-request');
    expect(texts(r.error).zh).toMatch(CJK);
  });

  it('batches nested thousands deep: refused as too large, not a stack overflow', async () => {
    const dispatch = setup();
    await dispatch('project.create', { name: 'Deep', language: 'zh-CN' });
    let command: unknown = { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } };
    for (let i = 0; i < 3_000; i++) command = { type: 'batch', commands: [command] };
    const r = await dispatch('project.execute', { command });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).not.toMatch(/call stack/i);
    expect(['invalid-request', 'command']).toContain(r.error.code);
    expect(texts(r.error).zh).toMatch(CJK);
  });

  it('a full disk, a read-only file, a file moved while open, a locked file', () => {
    for (const code of ['disk-full', 'read-only', 'moved', 'locked'] as const) {
      const error = toApiError(new ProjectFileError(code, `english ${code}`, { path: '/p/x.lanewise', holder: 'Lanewise', since: '14:02' }));
      expect(error.code).toBe(code === 'locked' ? 'locked' : 'file');
      const { en, zh } = texts(error);
      expect(en).toContain('/p/x.lanewise');
      expect(zh).toContain('/p/x.lanewise');
      expect(zh).toMatch(CJK);
    }
  });

  it('SQLite errors that reach the handlers keep their raw text out of the message', () => {
    const full = toApiError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    expect(full).toMatchObject({ code: 'file', key: 'file.disk-full' });
    const fk = toApiError(Object.assign(new Error('FOREIGN KEY constraint failed'), { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
    expect(fk).toMatchObject({ code: 'command', key: 'command.reference' });
    expect(texts(fk).en).not.toMatch(/FOREIGN KEY/);
    const ro = toApiError(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }));
    expect(ro).toMatchObject({ code: 'file', key: 'file.read-only' });
  });
});
