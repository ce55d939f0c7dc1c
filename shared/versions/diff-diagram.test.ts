import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../diagram/xml-well-formed';
import { measurementLabels } from '../metrics/measurement-labels';
import { orderToCash, run } from '../metrics/metrics-test-project';
import { snapshotProcess } from '../process/process-snapshot';
import { diffDiagramSvg } from './diff-diagram';
import { measureVersion } from './measured-version';
import { compareVersions } from './version-compare';

function comparison() {
  const before = orderToCash();
  const after = run(
    before,
    { type: 'delete', table: 'steps', id: 's3' },
    { type: 'add', table: 'flows', row: { id: 'f7', processId: 'pr', fromStepId: 's2', toStepId: 's4' } },
    { type: 'update', table: 'steps', id: 's2', patch: { name: 'Take & check order' } },
    { type: 'add', table: 'steps', row: { id: 's9', processId: 'pr', laneId: 'l2', code: 'N09', name: 'Archive', x: 1300, y: 200 } },
  );
  return compareVersions(measureVersion('As-is', snapshotProcess(before, 'pr'), 'pr', before), measureVersion('To-be <v1>', snapshotProcess(after, 'pr'), 'pr', after));
}

/** The status class of the group drawing the step whose code is given. */
function statusOf(svg: string, code: string): string | undefined {
  const groups = svg.split('<g class="diff-step ').slice(1);
  return groups.find((g) => g.includes(`>${code}<`))?.split('"')[0];
}

describe('the overlaid comparison diagram', () => {
  const svg = diffDiagramSvg(comparison(), measurementLabels('en'));

  it('is well-formed SVG with user text escaped', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('To-be &lt;v1&gt;');
    expect(svg).toContain('Take &amp; check order');
  });

  it('marks each step added, removed, changed or the same', () => {
    expect(statusOf(svg, 'N09')).toBe('diff-added');
    expect(statusOf(svg, 'N03')).toBe('diff-removed');
    expect(statusOf(svg, 'N02')).toBe('diff-changed');
    expect(statusOf(svg, 'N05')).toBe('diff-same');
  });

  it('draws the removed step in its old lane, and flows removed, added and kept', () => {
    // Finance, the second lane, starts below the phase band (32) and the first lane (160): at 192.
    const removed = svg.split('<g class="diff-step diff-removed"')[1]!;
    const haloTop = Number(/<rect class="diff-halo" x="[-\d.]+" y="([-\d.]+)"/.exec(removed)![1]);
    expect(haloTop).toBeGreaterThanOrEqual(192 - 6);
    expect(svg.match(/class="diff-flow diff-removed"/g)).toHaveLength(2);
    expect(svg.match(/class="diff-flow diff-added"/g)).toHaveLength(1);
    expect(svg.match(/class="diff-flow diff-same"/g)).toHaveLength(4);
  });

  it('has a legend that names every status beside its mark, in the project language', () => {
    for (const text of ['Added', 'Removed', 'Changed', 'Unchanged', '+', '−', '~']) expect(svg).toContain(`>${text}<`);
    const zh = diffDiagramSvg(comparison(), measurementLabels('zh-CN'));
    for (const text of ['新增', '删除', '修改', '未变']) expect(zh).toContain(`>${text}<`);
  });
});
