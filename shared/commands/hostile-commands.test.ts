import { describe, expect, it } from 'vitest';
import { seeded } from '../../test/support/random-commands';
import { emptyProject } from '../model/project-state';
import { CommandError } from './command-error';
import { MAX_BATCH_DEPTH, MAX_COMMANDS, type CommandInput } from './command-schema';
import { execute } from './execute';
import { refusal } from '../../test/support/refusal';

const EDGE_IDS = ['__proto__', 'constructor', 'prototype', 'a\u0000b', 'tab\there', 'x\ud800', '\udc00y', 'end\uffff', '\ufffe', 'c1\u0085'];

describe('ids that could reach Object.prototype or break a file', () => {
  for (const id of EDGE_IDS) {
    it(`refuses ${JSON.stringify(id)} as a row id, a step id and a party id, changing nothing`, () => {
      const state = seeded();
      const before = structuredClone(state);
      expect(refusal(CommandError, () => execute(state, { type: 'add', table: 'departments', row: { id, name: 'Evil' } })).code).toBe('invalid');
      expect(refusal(CommandError, () => execute(state, { type: 'setRaci', stepId: id, partyId: 'd1', letters: 'R' })).code).toBe('invalid');
      expect(refusal(CommandError, () => execute(state, { type: 'setRaci', stepId: 's1', partyId: id, letters: 'R' })).code).toBe('invalid');
      expect(refusal(CommandError, () => execute(state, { type: 'setRaci', stepId: 's1', partyId: id, letters: 'R' }, { inPlace: true })).code).toBe('invalid');
      expect(state).toEqual(before);
      expect(Object.prototype).not.toHaveProperty('d1');
      expect(({} as Record<string, unknown>).R).toBeUndefined();
    });
  }

  it('an id that is a prototype property name of objects is an ordinary missing row, not a hit', () => {
    const state = seeded();
    expect(refusal(CommandError, () => execute(state, { type: 'update', table: 'departments', id: 'toString', patch: { name: 'x' } })).code).toBe('missing');
    expect(refusal(CommandError, () => execute(state, { type: 'setRaci', stepId: 'hasOwnProperty', partyId: 'd1', letters: 'R' })).code).toBe('missing');
  });
});

describe('text is cleaned at the schema, so every writer gets safe text', () => {
  it('drops control characters, unpaired surrogates and U+FFFE/U+FFFF, keeps tabs, line breaks, emoji and CJK', () => {
    const state = execute(seeded(), { type: 'update', table: 'steps', id: 's1', patch: { name: 'A\u0000B\u0007C\ud800D\uffffE\ufffe', notes: 'line\nbreak\ttab 😀 需求评审\u001b' } }).state;
    expect(state.tables.steps.s1).toMatchObject({ name: 'ABCDE', notes: 'line\nbreak\ttab 😀 需求评审' });
  });

  it('a name of nothing but characters that are dropped is refused', () => {
    expect(refusal(CommandError, () => execute(seeded(), { type: 'add', table: 'departments', row: { id: 'dx', name: '\u0000\uffff' } })).code).toBe('invalid');
  });
});

describe('batches are bounded', () => {
  it(`refuses more than ${MAX_COMMANDS} commands in one change, with a clear code`, () => {
    const commands: CommandInput[] = Array.from({ length: MAX_COMMANDS + 1 }, (_, i) => ({ type: 'add', table: 'departments', row: { id: `d${i}`, name: `D${i}` } }));
    const err = refusal(CommandError, () => execute(emptyProject({ name: 'P', language: 'en', organisation: '' }), { type: 'batch', commands }));
    expect(err.code).toBe('too-large');
  });

  it('refuses batches nested deeper than the limit without overflowing the stack, even 5,000 deep', () => {
    let command: CommandInput = { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } };
    for (let i = 0; i < 5_000; i++) command = { type: 'batch', commands: [command] };
    expect(refusal(CommandError, () => execute(emptyProject({ name: 'P', language: 'en', organisation: '' }), command)).code).toBe('too-large');
    let shallow: CommandInput = { type: 'add', table: 'departments', row: { id: 'd1', name: 'Sales' } };
    for (let i = 1; i < MAX_BATCH_DEPTH; i++) shallow = { type: 'batch', commands: [shallow] };
    expect(execute(emptyProject({ name: 'P', language: 'en', organisation: '' }), shallow).ops).toHaveLength(1);
  });
});

describe('step codes in a large batch', () => {
  it('numbers 4,000 added steps N01…N4000 after the highest code, each once', () => {
    const state = seeded();
    const commands: CommandInput[] = Array.from({ length: 4_000 }, (_, i) => ({ type: 'add', table: 'steps', row: { id: `n${i}`, processId: 'pr1', laneId: 'l1' } }));
    const done = execute(state, { type: 'batch', commands }, { inPlace: true }).state;
    const codes = Array.from({ length: 4_000 }, (_, i) => done.tables.steps[`n${i}`]!.code);
    // seeded() holds N01 and N02.
    expect(codes[0]).toBe('N03');
    expect(codes.at(-1)).toBe('N4002');
    expect(new Set(codes).size).toBe(4_000);
  });

  it('an explicit code in the batch moves the next free code past it', () => {
    const done = execute(seeded(), {
      type: 'batch',
      commands: [
        { type: 'add', table: 'steps', row: { id: 'a', processId: 'pr1', laneId: 'l1' } },
        { type: 'add', table: 'steps', row: { id: 'b', processId: 'pr1', laneId: 'l1', code: 'N40' } },
        { type: 'add', table: 'steps', row: { id: 'c', processId: 'pr1', laneId: 'l1' } },
      ],
    }).state;
    expect([done.tables.steps.a?.code, done.tables.steps.b?.code, done.tables.steps.c?.code]).toEqual(['N03', 'N40', 'N41']);
  });
});
