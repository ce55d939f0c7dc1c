/**
 * How much of a workbook is read before it is refused. A workbook comes from outside, so every
 * part is bounded before and while it is unpacked: a small zip can inflate to gigabytes, and a
 * sheet can hold a million rows. The defaults sit far above any RACI workbook (5,000 steps by 40
 * parties inflate to about 10 MB) and keep memory to a few hundred megabytes at worst: parts are
 * unpacked as a stream and parsed as they come, never held whole.
 */
export interface WorkbookLimits {
  /** Size of the .xlsx file itself. */
  readonly fileBytes: number;
  /** Files inside the zip. */
  readonly entries: number;
  /** Unpacked size of any one part (a sheet, the shared strings…). */
  readonly partBytes: number;
  /** Unpacked size of every part read, together. */
  readonly totalBytes: number;
  /** Rows holding a value, per sheet. */
  readonly rows: number;
  /** Highest column holding a value, per sheet. */
  readonly columns: number;
  /** Cells holding a value (and shared strings), in the whole workbook. */
  readonly cells: number;
}

export const DEFAULT_LIMITS: WorkbookLimits = {
  fileBytes: 100 * 1024 * 1024,
  entries: 10_000,
  partBytes: 64 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  rows: 100_000,
  columns: 2_000,
  cells: 3_000_000,
};

/** Excel's own grid: a reference beyond it is not a real cell. */
export const EXCEL_MAX_ROW = 1_048_576;
export const EXCEL_MAX_COLUMN = 16_384;

export function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}
