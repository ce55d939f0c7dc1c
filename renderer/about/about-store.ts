import { create } from 'zustand';

interface AboutStore {
  open: boolean;
  show(): void;
  hide(): void;
}

/** Whether the About box is showing; the top bar, the start screen and the Help menu open it. */
export const useAboutStore = create<AboutStore>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
