import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import type { CommandInput } from '../commands/command-schema';
import { emptyProject, rowsOf, type ProjectState } from '../model/project-state';
import { launchDiagramProject } from './diagram-test-project';
import { NODE_SIZE } from './geometry';
import { renderProcessSvg, renderProcessSvgParts } from './process-svg';
import { textContent, xmlProblems } from './xml-well-formed';

function run(state: ProjectState, commands: CommandInput[]): ProjectState {
  return execute(state, { type: 'batch', commands }).state;
}

/** The markup of one step's group (shape and texts; the group holds no nested groups). */
function stepGroup(svg: string, stepId: string): string {
  const m = new RegExp(`<g class="step [^"]*" data-step-id="${stepId}">([\\s\\S]*?)</g>`).exec(svg);
  if (!m?.[1]) throw new Error(`no group for step ${stepId}`);
  return m[1];
}

function texts(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${className}"[^>]*>([\\s\\S]*?)</text>`, 'g'))].map((m) => textContent(m[1] ?? ''));
}

describe.each(['horizontal', 'vertical'] as const)('renderProcessSvg, %s process', (orientation) => {
  const state = launchDiagramProject(orientation);
  const svg = renderProcessSvg(state, 'launch');

  it('is well-formed XML with one svg root and a size', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
  });

  it("shows every step's code and whole name in its shape", () => {
    for (const step of rowsOf(state, 'steps')) {
      const shown = textContent(stepGroup(svg, step.id));
      expect(shown).toContain(step.code);
      // Long names are wrapped over lines, so compare without the breaks.
      expect(shown.replace(step.code, '')).toBe(step.name);
    }
  });

  it('wraps a long Chinese name over several lines', () => {
    const group = stepGroup(svg, 's4');
    expect(group.match(/<tspan /g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('names each lane after its department and each phase', () => {
    expect(texts(svg, 'lane-name')).toEqual(['市场部', '研发部', '生产部', '销售部']);
    const phases = texts(svg, 'phase-name');
    expect(phases).toEqual(['立项', '研发', '上市']);
  });

  it('shows the process name as title and every flow label', () => {
    expect(texts(svg, 'diagram-title')).toEqual(['新产品上线']);
    expect(texts(svg, 'flow-label').sort()).toEqual(['不合格', '合格', '通过', '驳回'].sort());
  });

  it('marks flows between different lanes as hand-offs, and only those', () => {
    const classes = new Map([...svg.matchAll(/<path class="([^"]+)" data-flow-id="([^"]+)"/g)].map((m) => [m[2], m[1]]));
    expect(classes.size).toBe(rowsOf(state, 'flows').length);
    for (const flow of rowsOf(state, 'flows')) {
      const from = state.tables.steps[flow.fromStepId];
      const to = state.tables.steps[flow.toStepId];
      expect(classes.get(flow.id)).toBe(from?.laneId === to?.laneId ? 'flow' : 'flow handoff');
    }
    expect(classes.get('f1')).toBe('flow handoff');
    expect(classes.get('f2')).toBe('flow');
  });

  it('tints each lane header with its department colour', () => {
    // 市场部 is #c0504d; its header is a light mix of it with white.
    expect(svg).toContain('fill="#c0504d"');
    expect(svg).toMatch(/<g class="lane-header" data-lane-id="lane-mkt"><rect [^>]*fill="#f2dcdb"/);
  });
});

describe('renderProcessSvg', () => {
  it('escapes markup characters in every user text', () => {
    const state = run(emptyProject({ name: 'p', language: 'en', organisation: 'A&B' }), [
      { type: 'add', table: 'departments', row: { id: 'd', name: 'R&D <Core>' } },
      { type: 'add', table: 'departments', row: { id: 'd2', name: 'Ops' } },
      { type: 'add', table: 'processes', row: { id: 'p', name: '"Q&A" <launch>' } },
      { type: 'add', table: 'lanes', row: { id: 'l', processId: 'p', departmentId: 'd' } },
      { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'p', departmentId: 'd2' } },
      { type: 'add', table: 'phases', row: { id: 'ph', processId: 'p', name: "<it's>" } },
      { type: 'add', table: 'steps', row: { id: 'a', processId: 'p', laneId: 'l', name: 'x < y & z > w', x: 200, y: 80 } },
      { type: 'add', table: 'steps', row: { id: 'b', processId: 'p', laneId: 'l2', name: '</g>', x: 500, y: 240 } },
      { type: 'add', table: 'flows', row: { id: 'f', processId: 'p', fromStepId: 'a', toStepId: 'b', label: '<ok> & go' } },
    ]);
    const svg = renderProcessSvg(state, 'p');
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('R&amp;D &lt;Core&gt;');
    expect(svg).toContain('x &lt; y &amp; z &gt; w');
    expect(svg).toContain('&lt;ok&gt; &amp; go');
    expect(svg).toContain('&quot;Q&amp;A&quot; &lt;launch&gt;');
    expect(svg).toContain('&lt;it&apos;s&gt;');
    expect(svg).not.toContain('<Core>');
    expect(textContent(stepGroup(svg, 'b'))).toBe('N02</g>');
  });

  it('drops characters XML cannot hold instead of writing a broken file', () => {
    const state = run(launchDiagramProject(), [{ type: 'update', table: 'steps', id: 's5', patch: { name: '测试\u0001验收\u000b' } }]);
    const svg = renderProcessSvg(state, 'launch');
    expect(xmlProblems(svg)).toEqual([]);
    expect(textContent(stepGroup(svg, 's5'))).toBe('N05测试验收');
  });

  it('takes in steps placed outside every lane', () => {
    const state = run(launchDiagramProject(), [
      { type: 'update', table: 'steps', id: 's1', patch: { x: -400, y: -300 } },
      { type: 'update', table: 'steps', id: 's7', patch: { x: 3000, y: 1500 } },
    ]);
    const svg = renderProcessSvg(state, 'launch');
    const [width, height] = (/viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? []).slice(1).map(Number);
    const [tx, ty] = (/<g class="diagram" transform="translate\(([-\d.]+) ([-\d.]+)\)">/.exec(svg) ?? []).slice(1).map(Number);
    expect(width && height && tx !== undefined && ty !== undefined).toBeTruthy();
    for (const id of ['s1', 's7']) {
      const step = state.tables.steps[id]!;
      const size = NODE_SIZE[step.kind];
      expect(step.x + tx!).toBeGreaterThanOrEqual(0);
      expect(step.y + ty!).toBeGreaterThanOrEqual(0);
      expect(step.x + size.width + tx!).toBeLessThanOrEqual(width!);
      expect(step.y + size.height + ty!).toBeLessThanOrEqual(height!);
    }
  });

  it("writes fixed words in the project's language unless told otherwise", () => {
    const state = launchDiagramProject();
    const zh = renderProcessSvg(state, 'launch');
    const en = renderProcessSvg(state, 'launch', { language: 'en' });
    expect(zh).toContain('跨部门交接');
    expect(zh).toContain('审批点');
    expect(en).toContain('Hand-off');
    expect(en).toContain('Approval');
    expect(en).not.toContain('跨部门交接');
  });

  it('uses the CJK font stack and draws nothing from outside the model', () => {
    const svg = renderProcessSvg(launchDiagramProject(), 'launch');
    expect(svg).toContain(`font-family="'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"`);
    expect(svg).not.toMatch(/<image|<foreignObject|href=/);
    expect(renderProcessSvg(launchDiagramProject(), 'launch')).toBe(svg);
  });

  it('draws a process with no lanes, phases or steps', () => {
    const state = run(emptyProject({ name: 'p', language: 'zh-CN', organisation: '' }), [{ type: 'add', table: 'processes', row: { id: 'p', name: '空流程' } }]);
    const svg = renderProcessSvg(state, 'p');
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg, 'diagram-title')).toEqual(['空流程']);
  });

  it('refuses an unknown process', () => {
    expect(() => renderProcessSvg(launchDiagramProject(), 'nope')).toThrow(/nope/);
  });
});

describe.each(['horizontal', 'vertical'] as const)('renderProcessSvgParts, %s process', (orientation) => {
  const state = launchDiagramProject(orientation);
  const stepIds = (svg: string) => [...svg.matchAll(/data-step-id="([^"]+)"/g)].map((m) => m[1]);
  const flowIds = (svg: string, withArrow: boolean) => [...svg.matchAll(/<path class="flow[^"]*" data-flow-id="([^"]+)"[^>]*\/>/g)].filter((m) => m[0].includes('marker-end') === withArrow).map((m) => m[1]);

  it('gives the whole diagram when the process fits in one part', () => {
    expect(renderProcessSvgParts(state, 'launch', { maxLength: 5000 })).toEqual([renderProcessSvg(state, 'launch')]);
  });

  describe('a process longer than a part', () => {
    // Steps run 60–1560 along the flow: three parts of at most 800.
    const parts = renderProcessSvgParts(state, 'launch', { maxLength: 800 });

    it('numbers the parts after the title and keeps every one well-formed', () => {
      expect(parts.map((svg) => texts(svg, 'diagram-title')[0])).toEqual(['新产品上线（1/3）', '新产品上线（2/3）', '新产品上线（3/3）']);
      for (const svg of parts) expect(xmlProblems(svg)).toEqual([]);
    });

    it('shows every step exactly once, cutting between steps, never through one', () => {
      expect(parts.flatMap(stepIds).sort()).toEqual(rowsOf(state, 'steps').map((s) => s.id).sort());
    });

    it('puts the lane names in front of every part', () => {
      for (const svg of parts) expect(texts(svg, 'lane-name')).toEqual(['市场部', '研发部', '生产部', '销售部']);
    });

    it('gives a flow its arrowhead only in the part where it arrives', () => {
      const arriving = parts.flatMap((svg) => flowIds(svg, true));
      expect(arriving.sort()).toEqual(rowsOf(state, 'flows').map((f) => f.id).sort());
      const partOf = (stepId: string) => parts.findIndex((svg) => stepIds(svg).includes(stepId));
      const crossing = rowsOf(state, 'flows').filter((f) => partOf(f.fromStepId) !== partOf(f.toStepId));
      expect(crossing.length).toBeGreaterThan(0);
      // Where a flow leaves for another part, its start is drawn without a head.
      for (const f of crossing) expect(flowIds(parts[partOf(f.fromStepId)]!, false)).toContain(f.id);
    });

    it('keeps every part within the page width asked for, plus the lane names and margins', () => {
      for (const svg of parts) {
        const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
        const along = Number(orientation === 'horizontal' ? size[1] : size[2]);
        // 800 along the flow and 120 for the lane names; the rest is margins (and, down a page, title and legend).
        expect(along).toBeLessThanOrEqual(800 + 120 + (orientation === 'horizontal' ? 60 : 200));
      }
    });
  });
});
