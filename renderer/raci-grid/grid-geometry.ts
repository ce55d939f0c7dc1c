import type { GridLayout } from './grid-layout';

/** Fixed sizes keep virtualisation to arithmetic. */
export const ROW_HEIGHT = 34;
export const COLUMN_WIDTH = 84;
export const STEP_COLUMN_WIDTH = 280;
export const GROUP_HEADER_HEIGHT = 30;
export const PARTY_HEADER_HEIGHT = 52;
/** Rows and columns rendered beyond the visible ones. */
export const ROW_OVERSCAN = 8;
export const COLUMN_OVERSCAN = 3;

export function headerHeight(layout: GridLayout): number {
  return layout.groups ? GROUP_HEADER_HEIGHT + PARTY_HEADER_HEIGHT : PARTY_HEADER_HEIGHT;
}

export function headerRowCount(layout: GridLayout): number {
  return layout.groups ? 2 : 1;
}

export const rowTop = (layout: GridLayout, displayIndex: number) => headerHeight(layout) + displayIndex * ROW_HEIGHT;
export const columnLeft = (col: number) => STEP_COLUMN_WIDTH + col * COLUMN_WIDTH;
