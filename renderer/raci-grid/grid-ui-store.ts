import { create } from 'zustand';
import { useViewStore } from '../state/view-store';
import type { Granularity } from './grid-layout';

/** A cell the grid should bring into view and focus (set by the findings list). */
export interface CellTarget {
  stepId: string | null;
  partyId: string | null;
}

interface GridUiStore {
  /** null: positions when the organisation has any, departments otherwise. */
  granularity: Granularity | null;
  /** Every party of the project as columns, not only the process's lanes' departments. */
  allParties: boolean;
  showFindings: boolean;
  target: CellTarget | null;
  setGranularity(granularity: Granularity): void;
  toggleAllParties(): void;
  toggleFindings(): void;
  /** Opens the matrix of the process (null: keep the one shown) and focuses the cell, or the step's row, or the party's column. */
  showCell(processId: string | null, target: CellTarget): void;
  clearTarget(): void;
}

export const useGridUiStore = create<GridUiStore>()((set) => ({
  granularity: null,
  allParties: false,
  showFindings: false,
  target: null,
  setGranularity: (granularity) => set({ granularity }),
  toggleAllParties: () => set((s) => ({ allParties: !s.allParties })),
  toggleFindings: () => set((s) => ({ showFindings: !s.showFindings })),
  showCell: (processId, target) => {
    set({ target });
    const view = useViewStore.getState();
    if (processId !== null) view.selectProcess(processId);
    view.setView('raci');
  },
  clearTarget: () => set({ target: null }),
}));
