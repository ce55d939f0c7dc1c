import { create } from 'zustand';

interface MetricsUi {
  /** The critical path is highlighted on the diagram. */
  showCriticalPath: boolean;
  setShowCriticalPath(show: boolean): void;
}

export const useMetricsUi = create<MetricsUi>()((set) => ({
  showCriticalPath: false,
  setShowCriticalPath: (show) => set({ showCriticalPath: show }),
}));
