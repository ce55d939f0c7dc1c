import { create } from 'zustand';
import type { VersionRef } from '../../shared/versions/process-versions';

export interface Comparing {
  readonly processId: string;
  readonly from: VersionRef;
  readonly to: VersionRef;
}

interface MetricsUi {
  /** The critical path is highlighted on the diagram. */
  showCriticalPath: boolean;
  /** The two versions the comparison shows; null until the user picks. */
  comparing: Comparing | null;
  setShowCriticalPath(show: boolean): void;
  compare(comparing: Comparing): void;
}

export const useMetricsUi = create<MetricsUi>()((set) => ({
  showCriticalPath: false,
  comparing: null,
  setShowCriticalPath: (show) => set({ showCriticalPath: show }),
  compare: (comparing) => set({ comparing }),
}));
