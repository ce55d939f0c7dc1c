import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { renderProcessSvg, renderProcessSvgParts } from '../../shared/diagram/process-svg';
import { LANGUAGES, type Language, type StepKind } from '../../shared/model/entities';
import { emptyProject, rowsOf, type ProjectState } from '../../shared/model/project-state';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { TEMPLATE_IDS } from '../../shared/templates/template-catalogue';
import { lineInk, lineWidth } from '../support/noto-metrics';

/**
 * The exported SVG (the picture the PNG and Word are made from, and the canvas's own markup) never
 * lets a name run out of its shape: each line is measured with the real font's widths and set
 * against the rectangle, diamond, wave or circle drawn for its step.
 */

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Line {
  text: string;
  box: Box;
}

type Shape =
  | { kind: 'rect'; box: Box }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'polygon'; points: Array<[number, number]> }
  | { kind: 'wave'; box: Box; bottom: (x: number) => number };

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const num = (tag: string, name: string): number => Number(attr(tag, name) ?? 'NaN');

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every line of a <text> element, boxed where its glyphs fall (anchor, baseline and tspan steps as SVG places them). */
function linesOf(textElement: string): Line[] {
  const open = /^<text\b[^>]*>/.exec(textElement)![0];
  const fontSize = num(open, 'font-size');
  const bold = attr(open, 'font-weight') === 'bold';
  const anchor = attr(open, 'text-anchor') ?? 'start';
  let baseline = num(open, 'y');
  const lines: Line[] = [];
  for (const span of textElement.matchAll(/<tspan\b([^>]*)>([^<]*)<\/tspan>/g)) {
    const tag = ` ${span[1]}`;
    const text = unescapeXml(span[2]!);
    baseline += Number(attr(tag, 'dy') ?? 0);
    const x = Number(attr(tag, 'x') ?? attr(open, 'x'));
    const width = lineWidth(text, fontSize, bold);
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    const ink = lineInk(text);
    lines.push({ text, box: { left, right: left + width, top: baseline - ink.ascent * fontSize, bottom: baseline + ink.descent * fontSize } });
  }
  return lines;
}

function cubic(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const u = 1 - t;
  return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

/** The drawn outline of a step: the element after its shadow. */
function shapeOf(group: string): Shape {
  const elements = [...group.matchAll(/<(rect|polygon|path)\b[^>]*\/>/g)].map((m) => m[0]);
  const shape = elements[1];
  if (!shape) throw new Error(`no shape in ${group.slice(0, 120)}`);
  if (shape.startsWith('<rect')) {
    const [x, y, w, h, rx] = ['x', 'y', 'width', 'height', 'rx'].map((n) => num(shape, n)) as [number, number, number, number, number];
    if (rx * 2 >= w) return { kind: 'circle', cx: x + w / 2, cy: y + h / 2, r: w / 2 };
    return { kind: 'rect', box: { left: x, right: x + w, top: y, bottom: y + h } };
  }
  if (shape.startsWith('<polygon')) {
    const points = attr(shape, 'points')!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
    return { kind: 'polygon', points };
  }
  // A delivery point: "M x,y H x2 V y2 C c1x,c1y c2x,c2y x,y3 Z", its foot a wave.
  const n = attr(shape, 'd')!.match(/-?[\d.]+/g)!.map(Number);
  const [x, y, x2, y2, c1x, c1y, c2x, c2y, x3, y3] = n as [number, number, number, number, number, number, number, number, number, number];
  const samples = Array.from({ length: 201 }, (_, i) => i / 200).map((t) => ({ x: cubic(x2, c1x, c2x, x3, t), y: cubic(y2, c1y, c2y, y3, t) }));
  const bottom = (at: number) => samples.reduce((best, p) => (Math.abs(p.x - at) < Math.abs(best.x - at) ? p : best)).y;
  return { kind: 'wave', box: { left: x, right: x2, top: y, bottom: Math.max(y2, y3) }, bottom };
}

const corners = (b: Box): Array<[number, number]> => [
  [b.left, b.top],
  [b.right, b.top],
  [b.right, b.bottom],
  [b.left, b.bottom],
];

function insideConvex(points: Array<[number, number]>, [px, py]: [number, number]): boolean {
  let sign = 0;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[(i + 1) % points.length]!;
    const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    if (cross === 0) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return true;
}

/** Whether a line's box lies inside the shape (a stroke's half-width is allowed on the outline itself). */
function inside(shape: Shape, b: Box): boolean {
  const eps = 0.75;
  switch (shape.kind) {
    case 'rect':
      return b.left >= shape.box.left - eps && b.right <= shape.box.right + eps && b.top >= shape.box.top - eps && b.bottom <= shape.box.bottom + eps;
    case 'circle':
      return corners(b).every(([x, y]) => Math.hypot(x - shape.cx, y - shape.cy) <= shape.r + eps);
    case 'polygon':
      return corners(b).every((c) => insideConvex(shape.points, c));
    case 'wave': {
      const inBox = b.left >= shape.box.left - eps && b.right <= shape.box.right + eps && b.top >= shape.box.top - eps;
      const xs = Array.from({ length: 21 }, (_, i) => b.left + ((b.right - b.left) * i) / 20);
      return inBox && xs.every((x) => b.bottom <= shape.bottom(x) + eps);
    }
  }
}

function centreInside(shape: Shape, b: Box): boolean {
  const c: Box = { left: (b.left + b.right) / 2, right: (b.left + b.right) / 2, top: (b.top + b.bottom) / 2, bottom: (b.top + b.bottom) / 2 };
  return inside(shape, c);
}

function boundsOf(shape: Shape): Box {
  switch (shape.kind) {
    case 'rect':
    case 'wave':
      return shape.box;
    case 'circle':
      return { left: shape.cx - shape.r, right: shape.cx + shape.r, top: shape.cy - shape.r, bottom: shape.cy + shape.r };
    case 'polygon': {
      const xs = shape.points.map((p) => p[0]);
      const ys = shape.points.map((p) => p[1]);
      return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    }
  }
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What runs out of its shape in a picture, as readable sentences ("N03 'Investigate root' …"). */
function overflowsIn(svg: string): string[] {
  const problems: string[] = [];
  const steps = [...svg.matchAll(/<g class="step step-(\w+)" data-step-id="([^"]+)">(.*?)<\/g>/g)].map((m) => ({ kind: m[1] as StepKind, id: m[2]!, group: m[3]!, shape: shapeOf(m[3]!) }));
  for (const step of steps) {
    const badges = [...step.group.matchAll(/<circle\b[^>]*\/>/g)].map((m) => {
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((n) => num(m[0], n)) as [number, number, number];
      return { left: cx - r, right: cx + r, top: cy - r, bottom: cy + r };
    });
    for (const text of step.group.matchAll(/<text\b[^>]*>.*?<\/text>/g)) {
      for (const line of linesOf(text[0])) {
        const where = `${step.kind} ${step.id}: "${line.text}"`;
        const round = step.kind === 'start' || step.kind === 'end';
        // A start or end names itself beside its circle when the name does not fit inside; it must then stay clear of every other shape.
        if (round && !centreInside(step.shape, line.box)) {
          const hit = steps.find((other) => other.id !== step.id && overlaps(line.box, boundsOf(other.shape)));
          if (hit) problems.push(`${where} beside its circle runs into ${hit.kind} ${hit.id}`);
          continue;
        }
        if (!inside(step.shape, line.box)) problems.push(`${where} runs out of its shape`);
        if (badges.some((b) => overlaps(line.box, b))) problems.push(`${where} runs into the approval mark`);
      }
    }
  }
  for (const header of svg.matchAll(/<g class="lane-header"[^>]*>(.*?)<\/g>/g)) {
    const rect = /<rect\b[^>]*\/>/.exec(header[1]!)![0];
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => num(rect, n)) as [number, number, number, number];
    const box = { kind: 'rect' as const, box: { left: x, right: x + w, top: y, bottom: y + h } };
    for (const text of header[1]!.matchAll(/<text\b[^>]*>.*?<\/text>/g))
      for (const line of linesOf(text[0])) if (!inside(box, line.box)) problems.push(`lane name "${line.text}" runs out of its header`);
  }
  return problems;
}

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function fromTemplate(id: (typeof TEMPLATE_IDS)[number], language: Language): ProjectState {
  const state = emptyProject({ name: 'T', language, organisation: '' });
  return execute(state, templateCommands(id, language, state, counter())).state;
}

/** Names of 60 characters, Latin with long words, Chinese with brackets and Latin inside. */
const LONG_NAMES: Record<Language, readonly string[]> = {
  en: [
    'Reconcile the intercompany settlement accounts with the ledger',
    'Check the supplier’s ISO 9001 certificate and its audit report',
    'Internationalisation-and-localisation-readiness-review gate',
    'WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMM WWWW MMMMMM',
    'Approve the quarterly budget variance explanation (over 10 %)',
    'Escalate to the regional compliance officer for a final ruling',
  ],
  'zh-CN': [
    '供应商资质审核（含ISO 9001证书、财务报表与现场审计报告），形成书面意见后报采购委员会审议并通知供应商整改，限时办',
    '跨部门协同评审会议纪要整理、分发与会后待办事项跟踪，结果确认后归档保存，并在月度例会上通报各部门的完成情况，限时办理，限',
    '根据客户投诉等级判断是否需要启动重大投诉应急响应流程，并通知法务部门负责人与客服总监共同评估赔偿方案及对外口径，限时办理',
    '年度预算编制：收集各事业部需求、汇总测算、平衡调整，经财务总监复核后提交预算委员会审批通过并下达至各成本中心，限时办理，',
    '新产品上市推广方案（线上渠道、线下门店、KOL合作、媒体投放）的整体评估确认，以及首月销售目标与费用预算的分解，限时办理',
    '质量问题根因分析报告编写、评审，整改措施落实情况跟踪验证与关闭确认签字完成，并将经验教训纳入质量知识库供查阅，限时办理，',
  ],
};

/** Every kind of step with a 60-character name, at its usual size and at sizes a user might have dragged it to. */
function stressProject(language: Language): ProjectState {
  const commands: CommandInput[] = [
    { type: 'add', table: 'departments', row: { id: 'd1', name: language === 'en' ? 'Finance and accounting shared service centre' : '财务共享服务中心（华东区域）' } },
    { type: 'add', table: 'departments', row: { id: 'd2', name: language === 'en' ? 'Procurement' : '采购部' } },
    { type: 'add', table: 'processes', row: { id: 'p', name: 'Stress' } },
    { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p', departmentId: 'd1', size: 480 } },
    { type: 'add', table: 'lanes', row: { id: 'l2', processId: 'p', departmentId: 'd2', size: 480 } },
  ];
  const kinds: StepKind[] = ['task', 'approval', 'delivery', 'decision', 'start', 'end'];
  const sizes: Array<{ width?: number; height?: number }> = [{}, { width: 64, height: 32 }, { width: 320, height: 40 }];
  let i = 0;
  for (const [k, kind] of kinds.entries()) {
    for (const [s, size] of sizes.entries()) {
      const name = LONG_NAMES[language][(k + s) % LONG_NAMES[language].length]!;
      commands.push({ type: 'add', table: 'steps', row: { id: `s${i}`, processId: 'p', laneId: s % 2 === 0 ? 'l1' : 'l2', kind, name, x: 160 + i * 1000, y: 40 + (s % 2) * 480 + 80, ...size } });
      i++;
    }
  }
  return execute(emptyProject({ name: 'Stress', language, organisation: '' }), { type: 'batch', label: 'stress', commands }).state;
}

describe('the measuring itself', () => {
  const svg = (name: string, width: number) =>
    `<g class="step step-task" data-step-id="s"><rect x="0" y="0" width="${width}" height="64" rx="8"/><rect x="0" y="0" width="${width}" height="64" rx="8"/>` +
    `<text class="step-name" x="${width / 2}" y="36" font-size="13" text-anchor="middle"><tspan x="${width / 2}">${name}</tspan></text></g>`;

  it('finds a line wider than its box, and passes one that fits', () => {
    // "Mmmm" in Noto Sans CJK at 13 px: 0.812 + 3 × 0.926 em = 46.7 px.
    expect(overflowsIn(svg('Mmmm', 44))).toEqual(['task s: "Mmmm" runs out of its shape']);
    expect(overflowsIn(svg('Mmmm', 48))).toEqual([]);
    // Four CJK characters at 13 px are 52 px wide.
    expect(overflowsIn(svg('审批通过', 50))).toHaveLength(1);
    expect(overflowsIn(svg('审批通过', 54))).toEqual([]);
  });

  it('finds a line below the wave of a delivery point', () => {
    const wave = (y: number) =>
      `<g class="step step-delivery" data-step-id="d"><path d="M0,0 H160 V56 C120,40 40,72 0,56 Z"/><path d="M0,0 H160 V56 C120,40 40,72 0,56 Z"/>` +
      `<text class="step-name" x="80" y="${y}" font-size="13" text-anchor="middle"><tspan x="80">Report</tspan></text></g>`;
    expect(overflowsIn(wave(36))).toEqual([]);
    expect(overflowsIn(wave(52))).toEqual(['delivery d: "Report" runs out of its shape']);
  });
});

describe.each(LANGUAGES)('no name runs out of its shape (%s)', (language) => {
  it.each(TEMPLATE_IDS)('in every process of the %s template', (id) => {
    const state = fromTemplate(id, language);
    const processes = rowsOf(state, 'processes');
    expect(processes.length).toBeGreaterThan(0);
    for (const process of processes) {
      const svg = renderProcessSvg(state, process.id, { language });
      expect(svg.match(/class="step-name"/g)?.length ?? 0).toBe(rowsOf(state, 'steps').filter((s) => s.processId === process.id && s.name.trim()).length);
      expect(overflowsIn(svg), `${id} / ${process.name}`).toEqual([]);
      // Word cuts a long process into parts, one a page: each part is held to the same rule.
      const parts = renderProcessSvgParts(state, process.id, { language, title: false, maxLength: 900 });
      for (const [i, part] of parts.entries()) expect(overflowsIn(part), `${id} / ${process.name}, part ${i + 1}`).toEqual([]);
    }
  });

  it('in a process of 60-character names on every kind of step, at its own size and when dragged small or flat', () => {
    const state = stressProject(language);
    const svg = renderProcessSvg(state, 'p', { language });
    expect(svg.match(/class="step-name"/g)).toHaveLength(18);
    // Whole names: wrapped, never cut short with an ellipsis.
    expect(svg).not.toContain('…');
    expect(overflowsIn(svg)).toEqual([]);
  });
});
