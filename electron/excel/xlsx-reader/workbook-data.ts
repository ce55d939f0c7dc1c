/** What one cell holds, as the file says (no formula is ever calculated). */
export interface CellValue {
  /** What the cell shows: its text, or the value cached for its formula ('' when none was cached). */
  readonly text: string;
  readonly type: 'string' | 'number' | 'boolean' | 'error' | 'date';
  /** Set for a formula; `cached` is false when the file holds no value for it (it was never calculated). */
  readonly formula?: { readonly cached: boolean };
}

/** A note a reviewer left on a cell: a legacy comment or a threaded comment (and each reply). */
export interface CellNote {
  readonly author: string;
  readonly text: string;
  /** ISO time where the file says ('' for legacy comments, which carry none). */
  readonly writtenAt: string;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetData {
  readonly name: string;
  readonly state: SheetState;
  /** Row → column → value, 1-based; only cells holding a value are present. */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, CellValue>>;
  readonly merges: readonly CellRange[];
  /** Notes by cell ("E7"). */
  readonly notes: ReadonlyMap<string, readonly CellNote[]>;
}

export interface WorkbookProperties {
  readonly creator: string;
  readonly lastModifiedBy: string;
  /** ISO time ('' when absent). */
  readonly modified: string;
}

export interface WorkbookData {
  /** The sheets read (those wanted), in workbook order. */
  readonly sheets: readonly SheetData[];
  /** Every sheet's name, read or not. */
  readonly sheetNames: readonly string[];
  readonly properties: WorkbookProperties;
}

export function cellAt(sheet: Pick<SheetData, 'rows'>, row: number, column: number): CellValue | undefined {
  return sheet.rows.get(row)?.get(column);
}

/** What a cell shows, trimmed; '' for an empty cell. */
export function cellText(sheet: Pick<SheetData, 'rows'>, row: number, column: number): string {
  return cellAt(sheet, row, column)?.text.trim() ?? '';
}

/** Row numbers holding a value, in order. */
export function rowNumbers(sheet: Pick<SheetData, 'rows'>): number[] {
  return [...sheet.rows.keys()].sort((a, b) => a - b);
}

export function lastColumn(sheet: Pick<SheetData, 'rows'>): number {
  let last = 0;
  for (const row of sheet.rows.values()) for (const c of row.keys()) last = Math.max(last, c);
  return last;
}

/** The merged range holding the cell, if any. */
export function mergeAt(sheet: Pick<SheetData, 'merges'>, row: number, column: number): CellRange | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
}
