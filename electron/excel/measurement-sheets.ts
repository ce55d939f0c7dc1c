import type { Workbook, Worksheet } from 'exceljs';
import { measurementLabels, type MeasurementLabels } from '../../shared/metrics/measurement-labels';
import { changeHeader, changeRows, deltaHeader } from '../../shared/metrics/measurement-tables';
import { metricsReport, round } from '../../shared/metrics/metrics-report';
import { MetricsTracker } from '../../shared/metrics/metrics-tracker';
import type { ProjectState } from '../../shared/model/project-state';
import type { VersionComparison } from '../../shared/versions/version-compare';
import { HEADER_FILL, pageFooter, THIN_BORDER, wrappedRowHeight, type SheetFonts } from './excel-styles';
import type { SheetNamer } from './sheet-names';
import { TABLE_HEADER_ROW, writeTableSheet } from './table-sheet';

export interface MeasurementSheetsInput {
  readonly state: ProjectState;
  /** The processes of the workbook, in its order. */
  readonly processIds: readonly string[];
  /** Per process, the comparisons to show (e.g. the as-is against the to-be). */
  readonly comparisons: ReadonlyMap<string, readonly VersionComparison[]>;
  readonly fonts: SheetFonts;
  readonly subtitle: string;
}

/** Columns holding figures: written as numbers, so the client can sum and chart them. */
const NUMERIC = [1, 2, 3, 4, 5, 6, 8];

function writeMetricsSheet(ws: Worksheet, input: MeasurementSheetsInput, l: MeasurementLabels): void {
  const { state } = input;
  const tracker = new MetricsTracker(state);
  const reports = input.processIds.map((id) => metricsReport(state, id, tracker.of(id)!));
  const n = (x: number) => String(round(x));
  writeTableSheet(ws, {
    fonts: input.fonts,
    title: `${state.meta.name} — ${l.metricsSheet}`,
    subtitle: input.subtitle,
    columns: [
      { header: l.process, min: 12, max: 28 },
      ...[l.metricNames.steps, l.metricNames.handoffs, l.metricNames.approvals, l.metricNames.decisions, l.metricNames.criticalPathHours, l.metricNames.criticalPathDays].map((header) => ({ header, min: 8, max: 20, align: 'center' as const })),
      { header: l.summary.criticalPath, min: 30, max: 60 },
      { header: l.metricNames.effortHours, min: 8, max: 20, align: 'center' },
      { header: l.summary.noDuration, min: 12, max: 30 },
    ],
    rows: reports.map((r) => ({
      values: [r.process, n(r.steps), n(r.handoffs), n(r.approvals), n(r.decisions), n(r.criticalPath.hours), n(r.criticalPath.days), r.criticalPath.steps.join(l.arrow), n(r.effortHours), l.list(r.noDuration)],
    })),
    emptyText: l.none,
  });
  reports.forEach((_, i) => {
    for (const c of NUMERIC) {
      const cell = ws.getCell(TABLE_HEADER_ROW + 1 + i, c + 1);
      cell.value = Number(cell.value);
      cell.numFmt = '0.##';
    }
  });
}

const COLUMN_WIDTHS = [26, 14, 14, 12, 30, 50];

/** Per comparison: a heading, the figures before and after with the change, then every change. */
function writeComparisonSheet(ws: Worksheet, input: MeasurementSheetsInput, l: MeasurementLabels): void {
  const { state, fonts } = input;
  const title = `${state.meta.name} — ${l.comparisonSheet}`;
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).style = { font: fonts.title };
  ws.getCell(2, 1).value = input.subtitle;
  ws.getCell(2, 1).style = { font: fonts.subtitle };
  COLUMN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const header = { font: fonts.bold, fill: HEADER_FILL, border: THIN_BORDER, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } } as const;
  const body = { font: fonts.body, border: THIN_BORDER, alignment: { vertical: 'top', wrapText: true } } as const;
  let row = 4;
  const line = (values: ReadonlyArray<string | number>, style: typeof header | typeof body, offset = 0) => {
    values.forEach((v, i) => {
      const cell = ws.getCell(row, offset + i + 1);
      cell.value = v;
      cell.style = typeof v === 'number' ? { ...style, numFmt: '0.##', alignment: { ...style.alignment, horizontal: 'center' } } : style;
    });
    const height = wrappedRowHeight(values.map((v, i) => [String(v), COLUMN_WIDTHS[offset + i] ?? 12] as const), fonts.lineHeight);
    if (height) ws.getRow(row).height = height;
    row++;
  };
  for (const id of input.processIds) {
    const name = state.tables.processes[id]?.name ?? id;
    for (const c of input.comparisons.get(id) ?? []) {
      ws.getCell(row, 1).value = l.comparisonHeading(name, c.from.label, c.to.label);
      ws.getCell(row, 1).style = { font: { ...fonts.bold, size: 12 } };
      row++;
      line(deltaHeader(l, c), header);
      for (const m of c.metrics) line([l.metricNames[m.metric], round(m.before), round(m.after), round(m.after - m.before)], body);
      row++;
      const changes = changeRows(c, l);
      if (changes.length === 0) {
        ws.getCell(row++, 1).value = l.noChanges;
      } else {
        line(changeHeader(l), header, 1);
        for (const r of changes) line(r, body, 1);
      }
      row += 2;
    }
  }
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  pageFooter(ws, title);
}

/** The metrics of the workbook's processes and, when there are any, their version comparisons. */
export function writeMeasurementSheets(workbook: Workbook, names: SheetNamer, input: MeasurementSheetsInput): void {
  const l = measurementLabels(input.state.meta.language);
  writeMetricsSheet(workbook.addWorksheet(names.take(l.metricsSheet, 'Process metrics')), input, l);
  if (input.processIds.some((id) => (input.comparisons.get(id)?.length ?? 0) > 0)) writeComparisonSheet(workbook.addWorksheet(names.take(l.comparisonSheet, 'Version comparison')), input, l);
}
