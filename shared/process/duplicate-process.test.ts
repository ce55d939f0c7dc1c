import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { applyOps } from '../commands/ops';
import type { Language } from '../model/entities';
import { danglingReferences } from '../model/integrity';
import { emptyProject, rowsOf, type ProjectState } from '../model/project-state';
import { templateCommands } from '../templates/instantiate-template';
import { duplicateProcessCommand, freeProcessName } from './duplicate-process';
import { processSnapshotSchema, snapshotCommands, snapshotProcess } from './process-snapshot';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function fromTemplate(language: Language = 'en'): ProjectState {
  const empty = emptyProject({ name: 'T', language, organisation: '' });
  return execute(empty, templateCommands('marketing-event', language, empty, counter('t'))).state;
}

/** A process as names only: what a user sees, whatever the ids. */
function picture(state: ProjectState, processId: string) {
  const name = (id: string) => state.tables.departments[id]?.name ?? state.tables.positions[id]?.name ?? `?${id}`;
  const steps = rowsOf(state, 'steps').filter((s) => s.processId === processId);
  const stepCode = (id: string) => state.tables.steps[id]!.code;
  return {
    lanes: rowsOf(state, 'lanes')
      .filter((l) => l.processId === processId)
      .sort((a, b) => a.order - b.order)
      .map((l) => [name(l.departmentId), l.size]),
    phases: rowsOf(state, 'phases')
      .filter((p) => p.processId === processId)
      .sort((a, b) => a.order - b.order)
      .map((p) => [p.name, p.size]),
    steps: steps
      .map((s) => ({ code: s.code, name: s.name, kind: s.kind, x: s.x, y: s.y, lane: name(state.tables.lanes[s.laneId]!.departmentId), phase: s.phaseId ? state.tables.phases[s.phaseId]!.name : null, owner: s.ownerPositionId ? name(s.ownerPositionId) : null, input: s.input, duration: s.durationValue }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    flows: rowsOf(state, 'flows')
      .filter((f) => f.processId === processId)
      .map((f) => `${stepCode(f.fromStepId)}→${stepCode(f.toStepId)}:${f.label}`)
      .sort(),
    raci: steps
      .flatMap((s) => Object.entries(state.raci[s.id] ?? {}).map(([party, letters]) => `${s.code}/${name(party)}=${letters}`))
      .sort(),
  };
}

describe('duplicating a process with notes', () => {
  it('copies each note with a new id into the copy, the original keeping its own', () => {
    const state = fromTemplate();
    const source = rowsOf(state, 'processes')[0]!;
    const noted = execute(state, { type: 'add', table: 'annotations', row: { id: 'note', processId: source.id, x: 120, y: 40, width: 240, height: 90, text: 'Ask legal\nby Friday' } }).state;
    const copied = execute(noted, duplicateProcessCommand(noted, source.id, 'Copy', counter('c'))).state;
    const copy = rowsOf(copied, 'processes').find((p) => p.name === 'Copy')!;
    const notes = rowsOf(copied, 'annotations');
    expect(notes).toHaveLength(2);
    const copiedNote = notes.find((a) => a.processId === copy.id)!;
    expect(copiedNote).toMatchObject({ x: 120, y: 40, width: 240, height: 90, text: 'Ask legal\nby Friday' });
    expect(copiedNote.id).not.toBe('note');
  });

  it('reads a snapshot saved before notes existed as one without notes', () => {
    const snapshot = snapshotProcess(fromTemplate(), rowsOf(fromTemplate(), 'processes')[0]!.id);
    const { annotations: _left, ...older } = snapshot;
    expect(processSnapshotSchema.parse(older).annotations).toEqual([]);
  });
});

describe('duplicating a process', () => {
  it('copies lanes, phases, steps, flows and the whole matrix as one undoable batch', () => {
    const state = fromTemplate();
    const [original] = rowsOf(state, 'processes');
    const command = duplicateProcessCommand(state, original!.id, 'Copy', counter('c'));
    const done = execute(state, command);
    const copy = rowsOf(done.state, 'processes').find((p) => p.name === 'Copy')!;

    expect(copy).toMatchObject({ category: original!.category, description: original!.description, orientation: 'horizontal' });
    expect(picture(done.state, copy.id)).toEqual(picture(state, original!.id));
    expect(picture(done.state, copy.id).raci.length).toBeGreaterThan(20);
    // Same departments and positions: nothing new in the organisation.
    expect(rowsOf(done.state, 'departments')).toHaveLength(rowsOf(state, 'departments').length);
    expect(rowsOf(done.state, 'positions')).toHaveLength(rowsOf(state, 'positions').length);
    expect(danglingReferences(done.state)).toEqual([]);
    // The original is untouched and undo takes the whole copy away.
    expect(picture(done.state, original!.id)).toEqual(picture(state, original!.id));
    expect(applyOps(done.state, done.inverse).state).toEqual(state);
  });

  it('leaves no R the original does not have, even where adding a step seeds one', () => {
    let state = fromTemplate();
    const [process] = rowsOf(state, 'processes');
    const step = rowsOf(state, 'steps').find((s) => s.processId === process!.id && s.kind === 'task')!;
    const laneDepartment = state.tables.lanes[step.laneId]!.departmentId;
    state = execute(state, { type: 'setRaci', stepId: step.id, partyId: laneDepartment, letters: '' }).state;
    const done = execute(state, duplicateProcessCommand(state, process!.id, 'Copy', counter('c'))).state;
    const copy = rowsOf(done, 'processes').find((p) => p.name === 'Copy')!;
    const copied = rowsOf(done, 'steps').find((s) => s.processId === copy.id && s.code === step.code)!;
    expect(done.raci[copied.id]?.[laneDepartment]).toBeUndefined();
  });

  it('numbers the name when it is taken', () => {
    const state = fromTemplate();
    const name = rowsOf(state, 'processes')[0]!.name;
    expect(freeProcessName(state, 'Fresh', (n) => `Fresh ${n}`)).toBe('Fresh');
    expect(freeProcessName(state, name, (n) => `${name} (${n})`)).toBe(`${name} (2)`);
  });
});

describe('a process snapshot in another project', () => {
  it('survives JSON and brings its departments and positions into an empty project', () => {
    const source = fromTemplate('zh-CN');
    const [process] = rowsOf(source, 'processes');
    const snapshot = processSnapshotSchema.parse(JSON.parse(JSON.stringify(snapshotProcess(source, process!.id))));
    const target = emptyProject({ name: 'B', language: 'zh-CN', organisation: '' });
    const done = execute(target, { type: 'batch', commands: snapshotCommands(snapshot, target, process!.name, counter('u')) }).state;
    const added = rowsOf(done, 'processes')[0]!;
    expect(picture(done, added.id)).toEqual(picture(source, process!.id));
    expect(danglingReferences(done)).toEqual([]);
  });

  it('reuses departments and positions of the same name', () => {
    const source = fromTemplate();
    const [process] = rowsOf(source, 'processes');
    const snapshot = snapshotProcess(source, process!.id);
    const marketing = snapshot.departments.find((d) => d.name === 'Marketing')!;
    const target = execute(emptyProject({ name: 'B', language: 'en', organisation: '' }), {
      type: 'batch',
      commands: [
        { type: 'add', table: 'departments', row: { id: 'mine', name: ' marketing ' } },
        { type: 'add', table: 'positions', row: { id: 'mine-mgr', departmentId: 'mine', name: snapshot.positions.find((p) => p.departmentId === marketing.id)!.name } },
      ],
    }).state;
    const done = execute(target, { type: 'batch', commands: snapshotCommands(snapshot, target, 'X', counter('u')) }).state;
    expect(rowsOf(done, 'departments').filter((d) => d.name.trim().toLowerCase() === 'marketing')).toHaveLength(1);
    expect(rowsOf(done, 'departments')).toHaveLength(snapshot.departments.length);
    expect(rowsOf(done, 'positions')).toHaveLength(snapshot.positions.length);
    expect(rowsOf(done, 'lanes').some((l) => l.departmentId === 'mine')).toBe(true);
  });
});
