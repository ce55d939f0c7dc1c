import { useMemo } from 'react';
import type { ProcessVersion } from '../../shared/model/entities';
import { versionsOf } from '../../shared/versions/process-versions';
import { useProjectStore } from '../state/project-store';

const NONE = {};

/** The saved versions of a process, oldest first; the same array until the versions change. */
export function useVersions(processId: string): ProcessVersion[] {
  const table = useProjectStore((s) => s.project?.state.tables.processVersions ?? NONE);
  return useMemo(() => versionsOf(table, processId), [table, processId]);
}
