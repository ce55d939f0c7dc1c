import { FONT_FAMILY, GRID_LINE, INK, MUTED_INK } from '../../diagram/diagram-style';
import { fmt, textBlock, textWidth, wrapText } from '../../diagram/svg-text';

export interface ChartSeries {
  readonly name: string;
  readonly colour: string;
}

/** A horizontal grouped bar chart: a row per category, a bar per series in each row. */
export interface BarChart {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** values[category][series]; null where there is nothing to show. */
  readonly values: readonly (readonly (number | null)[])[];
  /** The value at the right end of the axis; bars are clipped there. */
  readonly max: number;
  readonly ticks: readonly number[];
  /** A bar's value as written at its end. */
  readonly format: (value: number) => string;
  /** A tick's value under the axis; the bars' format when absent. */
  readonly tickFormat?: (value: number) => string;
  /** Written where a value is null, e.g. "–" or "n/a". */
  readonly missing: string;
  /** Under the axis, e.g. "Mean score (1–5)". */
  readonly axisLabel: string;
}

/**
 * Sizes in drawing units. The chart is 1000 wide and prints about 16 cm wide, so 20 units are
 * about 9 pt: labels and values stay readable on paper, and every bar carries its value as text,
 * so the chart reads in black and white too.
 */
const WIDTH = 1000;
const MARGIN = 16;
const LABEL_SIZE = 20;
const VALUE_SIZE = 17;
const BAR = 24;
const BAR_GAP = 4;
const ROW_GAP = 18;
const SWATCH = 20;
const VALUE_ROOM = 70;
const MAX_LABEL_WIDTH = 280;

interface LegendItem {
  readonly x: number;
  readonly y: number;
  readonly series: ChartSeries;
}

function legendLayout(series: readonly ChartSeries[]): { items: LegendItem[]; height: number } {
  const items: LegendItem[] = [];
  let x = MARGIN;
  let y = MARGIN;
  for (const s of series) {
    const width = SWATCH + 8 + textWidth(s.name, LABEL_SIZE) + 28;
    if (x > MARGIN && x + width > WIDTH - MARGIN) {
      x = MARGIN;
      y += SWATCH + 12;
    }
    items.push({ x, y, series: s });
    x += width;
  }
  return { items, height: series.length > 0 ? y - MARGIN + SWATCH + 20 : 0 };
}

/** The chart as SVG, every text of the model escaped. */
export function barChartSvg(chart: BarChart): string {
  const legend = legendLayout(chart.series);
  const labels = chart.categories.map((c) => wrapText(c, MAX_LABEL_WIDTH, LABEL_SIZE, 3));
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(60, ...labels.flat().map((l) => textWidth(l, LABEL_SIZE)))) + 14;
  const plotLeft = MARGIN + labelWidth;
  const plotRight = WIDTH - MARGIN - VALUE_ROOM;
  const plotWidth = plotRight - plotLeft;
  const top = MARGIN + legend.height;
  const groupHeight = Math.max(chart.series.length * (BAR + BAR_GAP) - BAR_GAP, labels.reduce((h, l) => Math.max(h, l.length), 1) * LABEL_SIZE * 1.3);
  const plotHeight = chart.categories.length * (groupHeight + ROW_GAP) + ROW_GAP;
  const axisY = top + plotHeight;
  const height = axisY + 34 + LABEL_SIZE * 1.3 + MARGIN;
  const x = (v: number) => plotLeft + (Math.max(0, Math.min(v, chart.max)) / chart.max) * plotWidth;

  const parts: string[] = [];
  for (const item of legend.items) {
    parts.push(`<rect x="${fmt(item.x)}" y="${fmt(item.y)}" width="${SWATCH}" height="${SWATCH}" fill="${item.series.colour}" stroke="${INK}" stroke-width="0.6"/>`);
    parts.push(textBlock([item.series.name], item.x + SWATCH + 8, item.y + SWATCH / 2, { fontSize: LABEL_SIZE, fill: INK, anchor: 'start' }));
  }
  for (const tick of chart.ticks) {
    const tx = x(tick);
    parts.push(`<line x1="${fmt(tx)}" y1="${fmt(top)}" x2="${fmt(tx)}" y2="${fmt(axisY)}" stroke="${GRID_LINE}" stroke-width="1"/>`);
    parts.push(textBlock([(chart.tickFormat ?? chart.format)(tick)], tx, axisY + 18, { fontSize: VALUE_SIZE, fill: MUTED_INK }));
  }
  chart.categories.forEach((_, c) => {
    const groupTop = top + ROW_GAP + c * (groupHeight + ROW_GAP);
    parts.push(textBlock(labels[c]!, plotLeft - 12, groupTop + groupHeight / 2, { fontSize: LABEL_SIZE, fill: INK, anchor: 'end' }));
    const barsTop = groupTop + (groupHeight - (chart.series.length * (BAR + BAR_GAP) - BAR_GAP)) / 2;
    chart.series.forEach((s, k) => {
      const value = chart.values[c]?.[k] ?? null;
      const y = barsTop + k * (BAR + BAR_GAP);
      if (value === null) {
        parts.push(textBlock([chart.missing], plotLeft + 6, y + BAR / 2, { fontSize: VALUE_SIZE, fill: MUTED_INK, anchor: 'start' }));
        return;
      }
      const end = x(value);
      parts.push(`<rect x="${fmt(plotLeft)}" y="${fmt(y)}" width="${fmt(Math.max(1, end - plotLeft))}" height="${BAR}" fill="${s.colour}" stroke="${INK}" stroke-width="0.6"/>`);
      parts.push(textBlock([chart.format(value)], end + 6, y + BAR / 2, { fontSize: VALUE_SIZE, fill: INK, anchor: 'start' }));
    });
  });
  parts.push(`<line x1="${fmt(plotLeft)}" y1="${fmt(top)}" x2="${fmt(plotLeft)}" y2="${fmt(axisY)}" stroke="${INK}" stroke-width="1.2"/>`);
  parts.push(`<line x1="${fmt(plotLeft)}" y1="${fmt(axisY)}" x2="${fmt(plotRight)}" y2="${fmt(axisY)}" stroke="${INK}" stroke-width="1.2"/>`);
  parts.push(textBlock([chart.axisLabel], plotLeft + plotWidth / 2, axisY + 34 + (LABEL_SIZE * 1.3) / 2, { fontSize: LABEL_SIZE, fill: INK }));

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${fmt(height)}" viewBox="0 0 ${WIDTH} ${fmt(height)}" font-family="${FONT_FAMILY.replace(/"/g, "'")}"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
}
