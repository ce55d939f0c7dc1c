import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../../diagram/xml-well-formed';
import { barChartSvg } from './bar-chart-svg';

const chart = {
  categories: ['市场部', 'R&D <core>', 'A very long department name that has to wrap onto a second line'],
  series: [
    { name: '流程清晰度', colour: '#1f4e79' },
    { name: 'Clarity "of" responsibility', colour: '#ed7d31' },
  ],
  values: [
    [3.25, 2.5],
    [5, null],
    [1, 7],
  ],
  max: 5,
  ticks: [0, 1, 2, 3, 4, 5],
  format: (v: number) => v.toFixed(2),
  tickFormat: String,
  missing: 'n/a',
  axisLabel: 'Mean (1–5)',
};

const texts = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
const bars = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="24"/g)].map((m) => Number(m[2]));

describe('bar chart SVG', () => {
  it('is well-formed with every model text escaped', () => {
    const svg = barChartSvg(chart);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('R&amp;D &lt;core&gt;');
    expect(svg).toContain('Clarity &quot;of&quot; responsibility');
  });

  it('writes each value at its bar, "n/a" where there is none, and clips bars at the axis end', () => {
    const svg = barChartSvg(chart);
    expect(texts(svg)).toEqual(expect.arrayContaining(['3.25', '2.50', '5.00', 'n/a', '1.00', '7.00', '0', '5', 'Mean (1–5)']));
    const widths = bars(svg);
    // 3.25 and 2.50 are in proportion; 5 and 7 both reach the end of the axis.
    expect(widths[0]! / widths[1]!).toBeCloseTo(3.25 / 2.5, 2);
    expect(widths[2]).toBeCloseTo(widths[4]!, 5);
    expect(widths[3]! / widths[2]!).toBeCloseTo(1 / 5, 2);
  });

  it('grows with the categories, and wraps long labels instead of cutting them', () => {
    const short = barChartSvg({ ...chart, categories: chart.categories.slice(0, 1), values: chart.values.slice(0, 1) });
    const height = (svg: string) => Number(/height="([\d.]+)"/.exec(svg)![1]);
    // Each category adds its two bars of 24 and the gaps around them.
    expect(height(barChartSvg(chart)) - height(short)).toBeGreaterThanOrEqual(2 * (2 * 24 + 18));
    expect(texts(barChartSvg(chart)).filter((t) => t!.startsWith('A very long'))).toHaveLength(1);
    expect(texts(barChartSvg(chart)).join(' ')).toContain('second line');
  });
});
