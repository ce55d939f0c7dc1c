import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { layoutProcess, NODE_SIZE, type Rect } from '../diagram/geometry';
import { LANGUAGES, type Language, type Step } from '../model/entities';
import { danglingReferences } from '../model/integrity';
import { emptyProject, rowsOf, type ProjectState } from '../model/project-state';
import { processSteps } from '../process/step-order';
import { checkProject } from '../raci/raci-checker';
import { DEPARTMENTS, POSITIONS } from './departments-and-positions';
import { templateCommands } from './instantiate-template';
import { TEMPLATE_IDS, TEMPLATES, type TemplateId } from './template-catalogue';

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function instantiate(id: TemplateId, language: Language, state: ProjectState = emptyProject({ name: 'T', language, organisation: '' })): ProjectState {
  return execute(state, templateCommands(id, language, state, counter())).state;
}

function onlyProcess(state: ProjectState) {
  const [process, ...more] = rowsOf(state, 'processes');
  expect(more).toHaveLength(0);
  return process!;
}

function nodeRect(step: Step): Rect {
  return { x: step.x, y: step.y, ...NODE_SIZE[step.kind] };
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every name, text and label a template put into the project, including department and position names. */
function templateTexts(state: ProjectState): string[] {
  const texts: string[] = [];
  for (const d of rowsOf(state, 'departments')) texts.push(d.name);
  for (const p of rowsOf(state, 'positions')) texts.push(p.name);
  for (const p of rowsOf(state, 'processes')) texts.push(p.name, p.category, p.description);
  for (const p of rowsOf(state, 'phases')) texts.push(p.name);
  for (const s of rowsOf(state, 'steps')) texts.push(s.name, s.input, s.output);
  for (const f of rowsOf(state, 'flows')) if (f.label) texts.push(f.label);
  return texts;
}

const HAN = /[\u3400-\u9fff]/;
/** Han characters plus CJK and full-width punctuation such as 、,() that slip into translated text. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

const namesOf = (state: ProjectState, stepIds: readonly string[]) => stepIds.map((id) => state.tables.steps[id]!.name);

describe.each(TEMPLATE_IDS.flatMap((id) => LANGUAGES.map((language) => [id, language] as const)))('template %s in %s', (id, language) => {
  const state = instantiate(id, language);
  const process = onlyProcess(state);
  const steps = processSteps(state, process.id);
  const flows = rowsOf(state, 'flows');

  it('leaves no dangling reference and no RACI finding of any severity', () => {
    expect(danglingReferences(state)).toEqual([]);
    expect(checkProject(state).map((f) => f.message.en)).toEqual([]);
  });

  it('has 6–12 steps, one start, an end, and marked decision or approval and delivery points', () => {
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeLessThanOrEqual(12);
    const kinds = steps.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'start')).toHaveLength(1);
    expect(steps[0]!.kind).toBe('start');
    expect(steps.at(-1)!.kind).toBe('end');
    expect(kinds.some((k) => k === 'decision' || k === 'approval')).toBe(true);
    expect(kinds).toContain('delivery');
  });

  it('takes the category from the scenario and the process text from the chosen language', () => {
    const info = TEMPLATES.find((t) => t.id === id)!;
    expect(process.category).toBe(info.category[language]);
    expect(process.orientation).toBe('horizontal');
  });

  it('places every step wholly inside its lane band and its phase band, with no two nodes overlapping', () => {
    const lanes = rowsOf(state, 'lanes');
    const phases = rowsOf(state, 'phases');
    const layout = layoutProcess(process.orientation, lanes, phases, 0);
    for (const step of steps) {
      const lane = layout.lanes.find((b) => b.lane.id === step.laneId)!;
      const phase = layout.phases.find((b) => b.phase.id === step.phaseId);
      expect(inside(nodeRect(step), lane.rect), `${step.name} in its lane`).toBe(true);
      expect(phase && inside(nodeRect(step), phase.rect), `${step.name} in its phase`).toBe(true);
      // Vertically centred in the lane.
      expect(step.y + NODE_SIZE[step.kind].height / 2).toBe(lane.rect.y + lane.rect.height / 2);
    }
    for (const [i, a] of steps.entries()) for (const b of steps.slice(i + 1)) expect(overlap(nodeRect(a), nodeRect(b)), `${a.name} / ${b.name}`).toBe(false);
  });

  it('runs left to right: every forward flow moves at least one column on, and steps are numbered in that order', () => {
    const byId = state.tables.steps;
    for (const f of flows) {
      const from = byId[f.fromStepId]!;
      const to = byId[f.toStepId]!;
      // Loops back (rejections) are the only flows that point left.
      if (to.x < from.x) expect(f.label).not.toBe('');
      else expect(to.x + NODE_SIZE[to.kind].width / 2 - (from.x + NODE_SIZE[from.kind].width / 2)).toBeGreaterThanOrEqual(200);
    }
    const codes = steps.map((s) => s.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('connects every step: all but the start have a way in, all but the end a way out, and branches are labelled', () => {
    for (const step of steps) {
      const ins = flows.filter((f) => f.toStepId === step.id);
      const outs = flows.filter((f) => f.fromStepId === step.id);
      if (step.kind !== 'start') expect(ins.length, step.name).toBeGreaterThan(0);
      if (step.kind !== 'end') expect(outs.length, step.name).toBeGreaterThan(0);
      if (step.kind === 'decision') expect(outs.length, step.name).toBeGreaterThanOrEqual(2);
      const fromGate = step.kind === 'decision' || step.kind === 'approval';
      if (fromGate && outs.length > 1) for (const f of outs) expect(f.label, step.name).not.toBe('');
    }
  });

  it('fills the key-node table: input, output, an owner holding A, and a duration for every working step', () => {
    for (const step of steps) {
      expect(step.input, step.name).not.toBe('');
      expect(step.output, step.name).not.toBe('');
      expect(step.ownerPositionId, step.name).not.toBeNull();
      expect(state.raci[step.id]?.[step.ownerPositionId!]).toContain('A');
      if (step.kind !== 'start' && step.kind !== 'end') expect(step.durationValue, step.name).toBeGreaterThan(0);
    }
  });

  it('writes every text in the chosen language only', () => {
    const texts = templateTexts(state);
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) {
      if (language === 'zh-CN') expect(text, text).toMatch(HAN);
      else expect(text, text).not.toMatch(CJK);
    }
  });
});

describe('template catalogue', () => {
  it('describes every template in both languages', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    for (const t of TEMPLATES) {
      for (const text of [t.name, t.description, t.category]) {
        expect(text['zh-CN']).toMatch(HAN);
        expect(text.en).not.toMatch(CJK);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('names each department and position once per language, so reuse by name cannot mix two of them up', () => {
    for (const language of LANGUAGES) {
      const departments = Object.values(DEPARTMENTS).map((d) => d.name[language]);
      const positions = Object.values(POSITIONS).map((p) => p.name[language]);
      expect(new Set(departments).size).toBe(departments.length);
      expect(new Set(positions).size).toBe(positions.length);
    }
    const departmentKeys: string[] = Object.keys(DEPARTMENTS);
    expect(Object.keys(POSITIONS).filter((k) => departmentKeys.includes(k))).toEqual([]);
  });
});

describe('product launch', () => {
  const SOURCE_FLOW: Record<Language, string[]> = {
    'zh-CN': ['需求提出', '需求评审', '研发立项', '研发执行', '测试验收', '市场推广', '项目复盘'],
    en: ['Raise requirement', 'Review requirement', 'Initiate R&D project', 'Carry out R&D', 'Test and accept', 'Promote to market', 'Project retrospective'],
  };

  it.each(LANGUAGES)('contains the source flow 需求提出 → … → 项目复盘 in flow order (%s)', (language) => {
    const state = instantiate('product-launch', language);
    const ordered = processSteps(state, onlyProcess(state).id).map((s) => s.name);
    const found = ordered.filter((name) => SOURCE_FLOW[language].includes(name));
    expect(found).toEqual(SOURCE_FLOW[language]);
  });

  it('makes 需求评审 a decision: 通过 leads to 研发立项, 驳回 back to 需求提出', () => {
    const state = instantiate('product-launch', 'zh-CN');
    const step = (name: string) => rowsOf(state, 'steps').find((s) => s.name === name)!;
    const review = step('需求评审');
    expect(review.kind).toBe('decision');
    const outs = rowsOf(state, 'flows').filter((f) => f.fromStepId === review.id);
    expect(Object.fromEntries(outs.map((f) => [f.label, namesOf(state, [f.toStepId])[0]]))).toEqual({ 通过: '研发立项', 驳回: '需求提出' });
  });
});

describe('marketing event', () => {
  const EXPECTED: Record<Language, { step: string; row: Record<string, string>; departments: Record<string, string> }> = {
    'zh-CN': {
      step: '物料准备',
      row: { 市场部专员: 'R', 市场部经理: 'A', 设计部主管: 'C', 销售部主管: 'I' },
      departments: { 市场部专员: '市场部', 市场部经理: '市场部', 设计部主管: '设计部', 销售部主管: '销售部' },
    },
    en: {
      step: 'Prepare materials',
      row: { 'Marketing Specialist': 'R', 'Marketing Manager': 'A', 'Design Supervisor': 'C', 'Sales Supervisor': 'I' },
      departments: { 'Marketing Specialist': 'Marketing', 'Marketing Manager': 'Marketing', 'Design Supervisor': 'Design', 'Sales Supervisor': 'Sales' },
    },
  };

  it.each(LANGUAGES)('gives 物料准备 exactly the source RACI row: R 市场部专员, A 市场部经理, C 设计部主管, I 销售部主管 (%s)', (language) => {
    const state = instantiate('marketing-event', language);
    const expected = EXPECTED[language];
    const step = rowsOf(state, 'steps').find((s) => s.name === expected.step)!;
    const cells = state.raci[step.id]!;
    const byName = Object.fromEntries(Object.entries(cells).map(([partyId, letters]) => [state.tables.positions[partyId]?.name ?? state.tables.departments[partyId]!.name, letters]));
    expect(byName).toEqual(expected.row);
    const departmentOfPosition = Object.fromEntries(
      Object.keys(cells).map((partyId) => {
        const position = state.tables.positions[partyId]!;
        return [position.name, state.tables.departments[position.departmentId]!.name];
      }),
    );
    expect(departmentOfPosition).toEqual(expected.departments);
    expect(state.tables.departments[state.tables.lanes[step.laneId]!.departmentId]!.name).toBe(expected.departments[Object.keys(expected.row)[1]!]);
  });
});
