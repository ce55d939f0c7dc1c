import type { Worksheet } from 'exceljs';
import type { Process, Step } from '../../shared/model/entities';
import type { ProjectState } from '../../shared/model/project-state';
import type { ExcelLabels } from './excel-labels';
import type { SheetFonts } from './excel-styles';
import { writeTableSheet, type TableRow } from './table-sheet';

export interface ProcessSteps {
  readonly process: Process;
  readonly steps: readonly Step[];
}

/** 负责人: the owner position with its department, else the department of the step's lane. */
export function stepOwner(state: ProjectState, step: Step): string {
  const position = step.ownerPositionId ? state.tables.positions[step.ownerPositionId] : undefined;
  if (position) {
    const department = state.tables.departments[position.departmentId];
    return department ? `${department.name} / ${position.name}` : position.name;
  }
  const lane = state.tables.lanes[step.laneId];
  return (lane && state.tables.departments[lane.departmentId]?.name) ?? '';
}

export function stepDuration(step: Step, labels: ExcelLabels): string {
  if (step.durationValue === null) return '';
  const n = Number.isInteger(step.durationValue) ? String(step.durationValue) : step.durationValue.toFixed(2).replace(/\.?0+$/, '');
  return step.durationUnit === 'days' ? labels.days(n) : labels.hours(n);
}

export function writeKeyNodeSheet(ws: Worksheet, state: ProjectState, processes: readonly ProcessSteps[], labels: ExcelLabels, fonts: SheetFonts, subtitle: string): void {
  const rows: TableRow[] = processes.flatMap(({ process, steps }) =>
    steps.map((step) => ({
      values: [process.name, step.code, step.name, labels.kinds[step.kind], step.input, step.output, stepOwner(state, step), stepDuration(step, labels)],
    })),
  );
  writeTableSheet(ws, {
    fonts,
    title: `${state.meta.name} — ${labels.keyNodesSheet}`,
    subtitle,
    columns: [
      { header: labels.process, min: 10, max: 24 },
      { header: labels.code, min: 8, max: 12, align: 'center' },
      { header: labels.name, min: 14, max: 30 },
      { header: labels.kind, min: 8, max: 12, align: 'center' },
      { header: labels.input, min: 14, max: 36 },
      { header: labels.output, min: 14, max: 36 },
      { header: labels.owner, min: 12, max: 28 },
      { header: labels.duration, min: 8, max: 12, align: 'center' },
    ],
    rows,
    emptyText: '',
  });
}
