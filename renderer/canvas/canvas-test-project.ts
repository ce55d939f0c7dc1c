import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';
import type { StepKind } from '../../shared/model/entities';
import { processRows } from './process-rows';
import type { ProcessRows } from './lane-commands';

export interface TestStep {
  id: string;
  lane: number;
  x: number;
  kind?: StepKind;
  phase?: string | null;
}

/**
 * For unit tests: a project with departments d0…, one process "p" whose lanes l0… (160 wide, rows)
 * belong to them, optional phases, and steps centred across their lanes at the given x.
 */
export function testProject(lanes: number, steps: readonly TestStep[], phases: ReadonlyArray<{ id: string; size: number }> = []): ProjectState {
  const commands: CommandInput[] = [];
  for (let i = 0; i < lanes; i++) commands.push({ type: 'add', table: 'departments', row: { id: `d${i}`, name: `Dept ${i}` } });
  commands.push({ type: 'add', table: 'processes', row: { id: 'p', name: 'Process' } });
  for (let i = 0; i < lanes; i++) commands.push({ type: 'add', table: 'lanes', row: { id: `l${i}`, processId: 'p', departmentId: `d${i}` } });
  for (const ph of phases) commands.push({ type: 'add', table: 'phases', row: { id: ph.id, processId: 'p', name: ph.id, size: ph.size } });
  for (const s of steps) {
    const kind = s.kind ?? 'task';
    const height = kind === 'decision' ? 80 : kind === 'start' || kind === 'end' ? 56 : 64;
    commands.push({ type: 'add', table: 'steps', row: { id: s.id, processId: 'p', laneId: `l${s.lane}`, phaseId: s.phase ?? null, kind, x: s.x, y: 32 + s.lane * 160 + (160 - height) / 2 } });
  }
  return execute(emptyProject({ name: 'Test', language: 'en', organisation: '' }), { type: 'batch', commands }).state;
}

export function rowsOf(state: ProjectState): ProcessRows {
  return processRows(state, 'p')!;
}

export function run(state: ProjectState, command: CommandInput): ProjectState {
  return execute(state, command).state;
}
