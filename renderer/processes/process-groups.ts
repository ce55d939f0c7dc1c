import type { Process } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';

export interface ProcessGroup {
  /** The scenario category; '' for processes without one. */
  category: string;
  processes: Process[];
}

/** Processes by scenario category, groups in the order their first process appears, uncategorised last. */
export function groupByCategory(processes: readonly Process[]): ProcessGroup[] {
  const groups = new Map<string, Process[]>();
  for (const process of sortedByOrder(processes)) {
    const category = process.category.trim();
    groups.set(category, [...(groups.get(category) ?? []), process]);
  }
  return [...groups]
    .map(([category, list]) => ({ category, processes: list }))
    .sort((a, b) => Number(a.category === '') - Number(b.category === ''));
}
