/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellRef(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A cell as Excel names it across sheets: Sheet!E7, or 'Sheet name'!E7 when the name needs quoting. */
export function sheetCellRef(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}
