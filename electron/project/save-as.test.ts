import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProjectFile } from './project-file';
import { ProjectFileError } from './project-file-error';
import { ProjectSession } from './project-session';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-save-as-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What the file holds, read as another program would while it may still be open here. */
function loaded(path: string) {
  return readProjectFile(path).state;
}

function started(): ProjectSession {
  const session = ProjectSession.create(join(dir, 'original.lanewise'), { name: 'Original', language: 'en', organisation: '' });
  session.execute({ type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } });
  session.execute({ type: 'add', table: 'processes', row: { id: 'p1', name: 'Order to cash' } });
  return session;
}

describe('save as', () => {
  it('copies everything (including what is still in the WAL) and carries on in the copy', async () => {
    const session = started();
    const before = structuredClone(session.state);
    const copy = join(dir, 'copy.lanewise');
    await session.saveAs(copy);
    expect(session.path).toBe(copy);

    session.execute({ type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } });
    session.close();
    expect(Object.keys(loaded(copy).tables.departments).sort()).toEqual(['d1', 'd2']);
    // The original keeps what it had when it was saved under the new name.
    expect(loaded(join(dir, 'original.lanewise'))).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.saving'))).toEqual([]);
  });

  it('keeps the undo history: undo after save as undoes in the copy', async () => {
    const session = started();
    await session.saveAs(join(dir, 'copy.lanewise'));
    expect(session.undo()?.ops).toEqual([{ t: 'del', table: 'processes', id: 'p1' }]);
    session.close();
    expect(loaded(join(dir, 'copy.lanewise')).tables.processes).toEqual({});
  });

  it('replaces a file the user chose to overwrite, and leaves it alone when the copy fails', async () => {
    const session = started();
    const target = join(dir, 'old.lanewise');
    writeFileSync(target, 'not a project');
    await session.saveAs(target);
    expect(loaded(target).meta.name).toBe('Original');

    const nowhere = join(dir, 'missing-folder', 'x.lanewise');
    await expect(session.saveAs(nowhere)).rejects.toBeInstanceOf(ProjectFileError);
    expect(session.path).toBe(target);
    expect(existsSync(nowhere)).toBe(false);
    session.close();
  });

  it('saving under its own name changes nothing', async () => {
    const session = started();
    await session.saveAs(session.path);
    session.execute({ type: 'add', table: 'departments', row: { id: 'd2', name: 'Finance' } });
    session.close();
    expect(Object.keys(loaded(join(dir, 'original.lanewise')).tables.departments)).toHaveLength(2);
  });
});
