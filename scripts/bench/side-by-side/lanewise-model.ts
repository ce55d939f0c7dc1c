import type { CommandInput } from '../../../shared/commands/command-schema';
import { LANE_HEADER, NODE_SIZE, PHASE_HEADER } from '../../../shared/diagram/geometry';
import { BENCH_COLUMN, BENCH_FIRST_COLUMN, type BenchModel } from './bench-model';

export const BENCH_PROCESS = 'Canvas bench';

/** Where a step of the bench model sits: centred in its column and lane, in diagram units. */
export function benchPlace(model: BenchModel, s: BenchModel['steps'][number]): { x: number; y: number; width: number; height: number } {
  const size = NODE_SIZE[s.kind];
  const cx = LANE_HEADER + BENCH_FIRST_COLUMN + s.column * BENCH_COLUMN + 80;
  const cy = PHASE_HEADER + s.lane * model.laneSize + model.laneSize / 2;
  return { x: cx - size.width / 2, y: cy - size.height / 2, ...size };
}

/** The bench model as one Lanewise command: departments, the process, its lanes, steps and flows. */
export function lanewiseCommand(model: BenchModel): CommandInput {
  const commands: CommandInput[] = [];
  for (let d = 0; d < model.lanes; d++) commands.push({ type: 'add', table: 'departments', row: { id: `dep-${d}`, name: `Department ${d + 1}`, order: d } });
  commands.push({ type: 'add', table: 'processes', row: { id: 'proc-bench', name: BENCH_PROCESS } });
  for (let l = 0; l < model.lanes; l++) commands.push({ type: 'add', table: 'lanes', row: { id: `lane-${l}`, processId: 'proc-bench', departmentId: `dep-${l}`, order: l, size: model.laneSize } });
  model.steps.forEach((s, i) => {
    const at = benchPlace(model, s);
    commands.push({
      type: 'add',
      table: 'steps',
      row: { id: s.id, processId: 'proc-bench', laneId: `lane-${s.lane}`, code: `N${String(i + 1).padStart(4, '0')}`, name: s.name, kind: s.kind, x: at.x, y: at.y },
    });
  });
  for (const f of model.flows) commands.push({ type: 'add', table: 'flows', row: { id: f.id, processId: 'proc-bench', fromStepId: f.from, toStepId: f.to } });
  return { type: 'batch', label: 'Canvas bench process', commands };
}

/** How the canvas names a step of the model (its accessible name). */
export function lanewiseStepName(model: BenchModel, index: number): string {
  return `N${String(index + 1).padStart(4, '0')} ${model.steps[index]!.name}`;
}
