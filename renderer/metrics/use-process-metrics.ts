import type { ProcessMetrics } from '../../shared/metrics/process-metrics';
import { useProjectStore } from '../state/project-store';

/** The live metrics of a process; a new object only when its figures changed. */
export function useProcessMetrics(processId: string): ProcessMetrics | undefined {
  return useProjectStore((s) => s.metrics.get(processId));
}
