import type { ProjectState } from '../model/project-state';
import { snapshotMetricsInput } from '../metrics/metrics-input';
import { processMetrics, type ProcessMetrics } from '../metrics/process-metrics';
import type { ProcessSnapshot } from '../process/process-snapshot';
import { checkProject } from '../raci/raci-checker';
import { acceptedKeys } from '../raci/resolution';
import { snapshotState } from './snapshot-state';

/** One version of a process with its figures: a saved snapshot or the working process. */
export interface MeasuredVersion {
  readonly label: string;
  readonly snapshot: ProcessSnapshot;
  readonly metrics: ProcessMetrics;
  /** RACI errors not accepted as exceptions in the resolution log. */
  readonly openErrors: number;
}

/** Measures a snapshot of `processId` with the project's settings and accepted exceptions. */
export function measureVersion(label: string, snapshot: ProcessSnapshot, processId: string, project: ProjectState): MeasuredVersion {
  const state = snapshotState(snapshot, processId, project);
  const accepted = acceptedKeys(state);
  const openErrors = checkProject(state).filter((f) => f.severity === 'error' && !accepted.has(f.key)).length;
  return { label, snapshot, metrics: processMetrics(snapshotMetricsInput(snapshot, project.meta.policy.hoursPerDay)), openErrors };
}
