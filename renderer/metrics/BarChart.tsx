import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartSeries {
  readonly name: string;
  /** CSS class of the bars: colour and, past the first series, a hatching, so colour is never the only cue. */
  readonly className: string;
}

export interface ChartRow {
  readonly label: string;
  /** One value per series. */
  readonly values: readonly number[];
  /** Marks the row (e.g. over a limit) with text beside its bars. */
  readonly note?: string;
}

interface BarChartProps {
  readonly title: string;
  /** Heading of the first column of the table. */
  readonly category: string;
  readonly series: readonly ChartSeries[];
  readonly rows: readonly ChartRow[];
  readonly format: (value: number) => string;
  /** The axis ends here at least (e.g. 1 for shares). */
  readonly max?: number;
  /** A dashed line across the bars, with its label. */
  readonly threshold?: { readonly value: number; readonly label: string };
}

const LABEL_WIDTH = 150;
const BAR_AREA = 260;
const VALUE_WIDTH = 110;
const BAR_HEIGHT = 14;
const BAR_GAP = 3;
const ROW_GAP = 10;
const TOP = 18;
const MAX_LABEL = 18;
/** Each series after the first is hatched at its own angle. */
const HATCH_ANGLES = [45, -45, 0];

const cut = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/**
 * A small horizontal bar chart in SVG. Every bar has its value written beside it, series differ in
 * hatching as well as colour, and the figures can be opened as a table; the picture's text
 * alternative names every value.
 */
export function BarChart({ title, category, series, rows, format, max, threshold }: BarChartProps) {
  const { t } = useTranslation();
  const captionId = useId();
  // useId's characters are not all valid in a url(#…) reference.
  const patternId = `hatch-${captionId.replace(/[^\w-]/g, '')}`;
  const top = Math.max(max ?? 0, threshold?.value ?? 0, ...rows.flatMap((r) => r.values), 1e-9);
  const scale = (v: number) => (v / top) * BAR_AREA;
  const rowHeight = series.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
  const height = TOP + rows.length * (rowHeight + ROW_GAP) + 4;
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const summary = rows.map((r) => `${r.label} ${r.values.map((v, i) => (series.length > 1 ? `${series[i]!.name} ${format(v)}` : format(v))).join(', ')}${r.note ? ` (${r.note})` : ''}`).join('; ');

  return (
    <figure className="bar-chart">
      <figcaption id={captionId}>{title}</figcaption>
      {series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.name}>
              <span className={`chart-swatch ${s.className}`} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg className="chart-picture" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={t('metrics.charts.summary', { title, values: summary })}>
        <defs>
          {series.slice(1).map((s, k) => (
            <pattern key={s.name} id={`${patternId}-${k + 1}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={`rotate(${HATCH_ANGLES[k % HATCH_ANGLES.length]})`}>
              <rect width="6" height="6" className={`chart-bar ${s.className}`} />
              <line x1="0" y1="0" x2="0" y2="6" className="chart-hatch-line" />
            </pattern>
          ))}
        </defs>
        {rows.map((r, i) => {
          const y = TOP + i * (rowHeight + ROW_GAP);
          return (
            <g key={r.label + i}>
              <text x={LABEL_WIDTH - 8} y={y + rowHeight / 2} className="chart-label" textAnchor="end" dominantBaseline="middle">
                <title>{r.label}</title>
                {cut(r.label)}
              </text>
              {r.values.map((v, k) => {
                const by = y + k * (BAR_HEIGHT + BAR_GAP);
                const w = Math.max(scale(v), v > 0 ? 2 : 0);
                return (
                  <g key={k}>
                    <rect x={LABEL_WIDTH} y={by} width={w} height={BAR_HEIGHT} className={`chart-bar ${series[k]!.className}`} style={k > 0 ? { fill: `url(#${patternId}-${k})` } : undefined} />
                    <text x={LABEL_WIDTH + w + 4} y={by + BAR_HEIGHT / 2} className="chart-value" dominantBaseline="middle">
                      {format(v)}
                      {k === r.values.length - 1 && r.note ? ` ⚠ ${r.note}` : ''}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        {threshold && (
          <g className="chart-threshold">
            <line x1={LABEL_WIDTH + scale(threshold.value)} x2={LABEL_WIDTH + scale(threshold.value)} y1={TOP - 6} y2={height - 2} />
            <text x={LABEL_WIDTH + scale(threshold.value)} y={TOP - 8} textAnchor="middle">
              {threshold.label}
            </text>
          </g>
        )}
      </svg>
      <details className="chart-table">
        <summary>{t('metrics.charts.table')}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{category}</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.label + i}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, k) => (
                  <td key={k}>
                    {format(v)}
                    {k === r.values.length - 1 && r.note ? ` (${r.note})` : ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
