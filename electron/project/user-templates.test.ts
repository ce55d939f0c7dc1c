import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { emptyProject } from '../../shared/model/project-state';
import { snapshotProcess } from '../../shared/process/process-snapshot';
import { refusal } from '../../test/support/refusal';
import { ProjectFileError } from './project-file-error';
import { UserTemplates } from './user-templates';

/** A process of three steps in two lanes, as the user would save it as a template. */
function snapshot() {
  const state = execute(emptyProject({ name: 'P', language: 'en', organisation: '' }), {
    type: 'batch',
    commands: [
      { type: 'add', table: 'departments', row: { id: 'sales', name: 'Sales' } },
      { type: 'add', table: 'departments', row: { id: 'fin', name: 'Finance' } },
      { type: 'add', table: 'processes', row: { id: 'p', name: 'Budget review' } },
      { type: 'add', table: 'lanes', row: { id: 'ls', processId: 'p', departmentId: 'sales' } },
      { type: 'add', table: 'lanes', row: { id: 'lf', processId: 'p', departmentId: 'fin' } },
      { type: 'add', table: 'steps', row: { id: 's1', processId: 'p', laneId: 'ls', name: 'Draft' } },
      { type: 'add', table: 'steps', row: { id: 's2', processId: 'p', laneId: 'lf', name: 'Check' } },
      { type: 'add', table: 'steps', row: { id: 's3', processId: 'p', laneId: 'ls', name: 'Send' } },
    ],
  }).state;
  return snapshotProcess(state, 'p');
}

function setup() {
  const home = mkdtempSync(join(tmpdir(), 'lanewise-templates-'));
  return { home, folder: join(home, 'templates'), templates: new UserTemplates(home) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the processes a user saved as templates', () => {
  it('are none before the first is saved (the folder does not exist yet)', () => {
    const { folder, templates } = setup();
    expect(templates.list()).toEqual([]);
    expect(existsSync(folder)).toBe(false);
  });

  it('a saved template is one JSON file named by its id, listed with its name, time and size', () => {
    const { folder, templates } = setup();
    const saved = templates.save('  Budget review  ', snapshot(), new Date('2026-03-04T05:06:07.000Z'));
    expect(saved).toEqual({ id: expect.stringMatching(UUID), name: 'Budget review', savedAt: '2026-03-04T05:06:07.000Z', steps: 3, lanes: 2 });
    expect(readdirSync(folder)).toEqual([`${saved.id}.json`]);
    expect(JSON.parse(readFileSync(join(folder, `${saved.id}.json`), 'utf8'))).toMatchObject({ version: 1, id: saved.id, name: 'Budget review' });
    expect(templates.list()).toEqual([saved]);
  });

  it('are listed newest first', () => {
    const { templates } = setup();
    const middle = templates.save('Middle', snapshot(), new Date('2026-02-01T00:00:00.000Z'));
    const newest = templates.save('Newest', snapshot(), new Date('2026-03-01T00:00:00.000Z'));
    const oldest = templates.save('Oldest', snapshot(), new Date('2026-01-01T00:00:00.000Z'));
    expect(templates.list().map((t) => t.name)).toEqual([newest.name, middle.name, oldest.name]);
    expect(templates.list().map((t) => t.name)).toEqual(['Newest', 'Middle', 'Oldest']);
  });

  it('loads back the name and the process as saved', () => {
    const { templates } = setup();
    const saved = templates.save('Budget review', snapshot());
    expect(templates.load(saved.id)).toEqual({ name: 'Budget review', snapshot: snapshot() });
  });

  it('a damaged file, another program\'s file and a save cut short are skipped, and the others still listed', () => {
    const { folder, templates } = setup();
    const good = templates.save('Budget review', snapshot(), new Date('2026-03-04T05:06:07.000Z'));
    const content = readFileSync(join(folder, `${good.id}.json`), 'utf8');
    writeFileSync(join(folder, 'garbage.json'), '{ not json');
    writeFileSync(join(folder, 'other.json'), JSON.stringify({ version: 2, name: 'From a newer Lanewise' }));
    // A crash between writing and renaming leaves the whole template beside its final name.
    writeFileSync(join(folder, '0b0e1b0e-0000-4000-8000-000000000000.json.tmp'), content.replace(good.id, '0b0e1b0e-0000-4000-8000-000000000000'));
    writeFileSync(join(folder, 'notes.txt'), content);
    expect(templates.list()).toEqual([good]);
  });

  it('one that does not exist, or is damaged, cannot be loaded, with a clear message', () => {
    const { folder, templates } = setup();
    const missing = '0b0e1b0e-0000-4000-8000-000000000001';
    expect(refusal(ProjectFileError, () => templates.load(missing))).toMatchObject({ code: 'not-found', message: `Template ${missing} does not exist or is damaged` });
    const saved = templates.save('Budget review', snapshot());
    writeFileSync(join(folder, `${saved.id}.json`), '{ cut sho');
    expect(refusal(ProjectFileError, () => templates.load(saved.id))).toMatchObject({ code: 'not-found', message: `Template ${saved.id} does not exist or is damaged` });
  });

  it('a removed template is gone; removing one that is not there is no error', () => {
    const { folder, templates } = setup();
    const kept = templates.save('Kept', snapshot());
    const removed = templates.save('Removed', snapshot());
    templates.remove(removed.id);
    expect(templates.list().map((t) => t.name)).toEqual(['Kept']);
    expect(readdirSync(folder)).toEqual([`${kept.id}.json`]);
    templates.remove(removed.id);
  });

  it('an id that is not one of its own UUIDs never becomes a file name, so nothing outside the folder is read or removed', () => {
    const { home, templates } = setup();
    const saved = templates.save('Budget review', snapshot());
    const outside = join(home, `${saved.id}.json`);
    writeFileSync(outside, readFileSync(join(home, 'templates', `${saved.id}.json`)));
    for (const id of [`../${saved.id}`, `${saved.id}/../../${saved.id}`, `x${saved.id}`, saved.id.toUpperCase(), saved.id.slice(1), '']) {
      expect(refusal(ProjectFileError, () => templates.load(id))).toMatchObject({ code: 'not-found', message: `Template ${id} does not exist` });
      expect(refusal(ProjectFileError, () => templates.remove(id)).code).toBe('not-found');
    }
    expect(existsSync(outside)).toBe(true);
    expect(templates.list()).toEqual([saved]);
  });
});
