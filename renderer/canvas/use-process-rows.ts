import { useMemo, useRef } from 'react';
import type { Annotation, Flow, Lane, Phase, Step } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { useProjectStore } from '../state/project-store';

/** The previous array when the new one holds the same rows in the same order, so memos downstream hold. */
function useStable<T>(rows: T[]): T[] {
  const last = useRef<T[]>(rows);
  const prev = last.current;
  if (prev !== rows && (prev.length !== rows.length || prev.some((r, i) => r !== rows[i]))) last.current = rows;
  return last.current;
}

function ofProcess<R extends { processId: string }>(table: Readonly<Record<string, R>> | undefined, processId: string): R[] {
  const rows: R[] = [];
  for (const id in table) {
    const row = table[id]!;
    if (row.processId === processId) rows.push(row);
  }
  return rows;
}

export function useProcess(processId: string) {
  return useProjectStore((s) => s.project?.state.tables.processes[processId]);
}

export function useLanes(processId: string): Lane[] {
  const table = useProjectStore((s) => s.project?.state.tables.lanes);
  return useStable(useMemo(() => sortedByOrder(ofProcess(table, processId)), [table, processId]));
}

export function usePhases(processId: string): Phase[] {
  const table = useProjectStore((s) => s.project?.state.tables.phases);
  return useStable(useMemo(() => sortedByOrder(ofProcess(table, processId)), [table, processId]));
}

export function useSteps(processId: string): Step[] {
  const table = useProjectStore((s) => s.project?.state.tables.steps);
  return useStable(useMemo(() => ofProcess(table, processId), [table, processId]));
}

export function useFlows(processId: string): Flow[] {
  const table = useProjectStore((s) => s.project?.state.tables.flows);
  return useStable(useMemo(() => ofProcess(table, processId), [table, processId]));
}

export function useDepartments() {
  return useProjectStore((s) => s.project?.state.tables.departments);
}

export function usePositions() {
  return useProjectStore((s) => s.project?.state.tables.positions);
}

export function useAnnotations(processId: string): Annotation[] {
  const table = useProjectStore((s) => s.project?.state.tables.annotations);
  return useStable(useMemo(() => ofProcess(table, processId), [table, processId]));
}
