import type { BenchRow } from './bench-types';

export interface ReportRow extends BenchRow {
  section: string;
}

function format(row: BenchRow): string {
  if (row.unit === 'count') return row.value.toLocaleString('en');
  if (row.unit === '×') return `${row.value.toFixed(2)}×`;
  const digits = row.value >= 100 ? 0 : row.value >= 10 ? 1 : 2;
  return `${row.value.toFixed(digits)} ${row.unit}`;
}

function verdict(row: BenchRow): string {
  if (row.target === undefined) return '';
  return row.value <= row.target ? 'PASS' : 'MISS';
}

/** The figures as an aligned text table, with each target and PASS/MISS beside it. */
export function renderTable(rows: readonly ReportRow[]): string {
  const header = ['section', 'metric', 'value', 'target', 'result'];
  const cells = rows.map((r) => [r.section, r.metric, format(r), r.target === undefined ? '' : `< ${format({ ...r, value: r.target })}`, verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 2 || i === 3 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function misses(rows: readonly BenchRow[]): number {
  return rows.filter((r) => verdict(r) === 'MISS').length;
}
