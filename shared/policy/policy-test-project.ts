import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import type { Language, StepKind } from '../model/entities';
import { emptyProject, type ProjectState } from '../model/project-state';

type Names = Record<string, string>;

const ZH: Names = {
  project: '跨部门协作流程标准化',
  org: '华东智造集团有限公司',
  mkt: '市场部', 'mkt-mgr': '市场部经理', 'mkt-spec': '市场部专员',
  rd: '研发部', 'rd-mgr': '研发部经理', 'rd-eng': '研发工程师',
  prod: '生产部', qa: '质量部', sales: '销售部', 'sales-lead': '销售部主管', fin: '财务部', design: '设计部', 'design-lead': '设计部主管', pr: '公关部',
  launch: '新产品上线', 'launch-desc': '覆盖新产品从需求提出到上市复盘的全过程，由市场部牵头。',
  l1: '需求提出', l2: '需求评审', l3: '研发立项', l4: '研发执行', l5: '测试验收', l6: '市场推广', l7: '项目复盘',
  event: '跨部门市场活动', 'event-desc': '行业展会、品牌推广活动、客户答谢会等市场活动的策划与执行。',
  e1: '活动立项', e2: '方案策划', e3: '方案审批', e4: '物料准备', e5: '活动执行', e6: '效果评估',
  in2: '需求说明书', out2: '评审意见', in4: '立项批复', out4: '样机及技术文档', out5: '测试报告', in6: '上市计划',
  decidedBy: '王建国（分管副总）', reason: '研发执行以研发部为主体，市场部改为咨询者。',
};

const EN: Names = {
  project: 'Collaboration standard',
  org: 'Eastern Manufacturing Group',
  mkt: 'Marketing', 'mkt-mgr': 'Marketing Manager', 'mkt-spec': 'Marketing Specialist',
  rd: 'R&D', 'rd-mgr': 'R&D Manager', 'rd-eng': 'R&D Engineer',
  prod: 'Production', qa: 'Quality', sales: 'Sales', 'sales-lead': 'Sales Lead', fin: 'Finance', design: 'Design', 'design-lead': 'Design Lead', pr: 'Public Relations',
  launch: 'New product launch', 'launch-desc': 'From the first request to the launch review; led by Marketing.',
  l1: 'Request', l2: 'Request review', l3: 'Project approval', l4: 'Development', l5: 'Acceptance test', l6: 'Market launch', l7: 'Retrospective',
  event: 'Marketing event', 'event-desc': 'Trade shows, brand campaigns and customer events.',
  e1: 'Event proposal', e2: 'Event planning', e3: 'Plan approval', e4: 'Prepare materials', e5: 'Run the event', e6: 'Evaluate results',
  in2: 'Requirements', out2: 'Review notes', in4: 'Approved charter', out4: 'Prototype and documents', out5: 'Test report', in6: 'Launch plan',
  decidedBy: 'J. Wang (Vice President)', reason: 'R&D does the work; Marketing is consulted.',
};

/** Test fixture: the source's launch and marketing-event scenarios with RACI and one ruling, built with commands. */
export function policyTestProject(language: Language = 'zh-CN'): ProjectState {
  const t = language === 'zh-CN' ? ZH : EN;
  const c: CommandInput[] = [];
  const department = (id: string, ...positions: string[]) => {
    c.push({ type: 'add', table: 'departments', row: { id, name: t[id]! } });
    for (const p of positions) c.push({ type: 'add', table: 'positions', row: { id: p, departmentId: id, name: t[p]! } });
  };
  department('mkt', 'mkt-mgr', 'mkt-spec');
  department('rd', 'rd-mgr', 'rd-eng');
  department('prod');
  department('qa');
  department('sales', 'sales-lead');
  department('fin');
  department('design', 'design-lead');
  department('pr');

  type StepSpec = [id: string, lane: string, kind: StepKind, extra?: { input?: string; output?: string; owner?: string; days?: number; hours?: number }];
  const process = (id: string, lanes: string[], steps: StepSpec[]) => {
    c.push({ type: 'add', table: 'processes', row: { id, name: t[id]!, description: t[`${id}-desc`]! } });
    lanes.forEach((d, i) => c.push({ type: 'add', table: 'lanes', row: { id: `${id}-${d}`, processId: id, departmentId: d, order: i } }));
    steps.forEach(([sid, lane, kind, x = {}], i) => {
      c.push({
        type: 'add',
        table: 'steps',
        row: {
          id: sid,
          processId: id,
          laneId: `${id}-${lane}`,
          name: t[sid]!,
          kind,
          x: 80 + i * 180,
          y: 40 + lanes.indexOf(lane) * 160,
          input: x.input ? t[x.input]! : '',
          output: x.output ? t[x.output]! : '',
          ownerPositionId: x.owner ?? null,
          durationValue: x.days ?? x.hours ?? null,
          durationUnit: x.days !== undefined ? 'days' : 'hours',
        },
      });
      if (i > 0) c.push({ type: 'add', table: 'flows', row: { id: `${id}-f${i}`, processId: id, fromStepId: steps[i - 1]![0], toStepId: sid } });
    });
  };
  process('launch', ['mkt', 'rd', 'prod', 'qa', 'sales'], [
    ['l1', 'mkt', 'start', { output: 'in2', owner: 'mkt-mgr', days: 3 }],
    ['l2', 'rd', 'approval', { input: 'in2', output: 'out2', owner: 'rd-mgr', days: 2 }],
    ['l3', 'rd', 'decision', { input: 'out2', output: 'in4', owner: 'rd-mgr', days: 5 }],
    ['l4', 'rd', 'task', { input: 'in4', output: 'out4', owner: 'rd-eng', days: 40 }],
    ['l5', 'qa', 'approval', { input: 'out4', output: 'out5', days: 10 }],
    ['l6', 'sales', 'task', { input: 'in6', owner: 'sales-lead', days: 30 }],
    ['l7', 'mkt', 'delivery', { hours: 4 }],
  ]);
  process('event', ['mkt', 'design', 'sales'], [
    ['e1', 'mkt', 'start', { owner: 'mkt-mgr', days: 1 }],
    ['e2', 'mkt', 'task', { owner: 'mkt-spec', days: 5 }],
    ['e3', 'mkt', 'approval', { owner: 'mkt-mgr', hours: 8 }],
    ['e4', 'design', 'task', { owner: 'mkt-spec', days: 7 }],
    ['e5', 'sales', 'task', { days: 2 }],
    ['e6', 'mkt', 'delivery', { hours: 16 }],
  ]);

  const raci = (stepId: string, cells: Record<string, string>) => {
    for (const [partyId, letters] of Object.entries(cells)) c.push({ type: 'setRaci', stepId, partyId, letters });
  };
  raci('l1', { 'mkt-spec': 'R', 'mkt-mgr': 'A', 'rd-mgr': 'I' });
  raci('l2', { 'rd-mgr': 'RA', 'mkt-mgr': 'C', qa: 'C' });
  raci('l3', { 'rd-mgr': 'A', 'rd-eng': 'R', fin: 'C', 'mkt-mgr': 'I' });
  raci('l4', { 'rd-eng': 'R', 'rd-mgr': 'A', 'mkt-mgr': 'C', prod: 'C' });
  raci('l5', { qa: 'RA', 'rd-eng': 'C', prod: 'I' });
  raci('l6', { 'sales-lead': 'R', 'mkt-mgr': 'A', 'mkt-spec': 'R', pr: 'C' });
  raci('l7', { 'mkt-mgr': 'A', 'mkt-spec': 'R', 'rd-mgr': 'C', 'sales-lead': 'C', fin: 'I' });
  raci('e1', { 'mkt-mgr': 'RA', 'sales-lead': 'C' });
  raci('e2', { 'mkt-spec': 'R', 'mkt-mgr': 'A', 'design-lead': 'C' });
  raci('e3', { 'mkt-mgr': 'A', fin: 'C' });
  raci('e4', { 'mkt-spec': 'R', 'mkt-mgr': 'A', 'design-lead': 'C', 'sales-lead': 'I' });
  raci('e5', { sales: 'R', 'mkt-mgr': 'A', pr: 'C' });
  raci('e6', { 'mkt-spec': 'R', 'mkt-mgr': 'A', 'sales-lead': 'I' });

  c.push({
    type: 'add',
    table: 'decisions',
    row: {
      id: 'd1',
      processId: 'launch',
      stepId: 'l4',
      findingKey: 'raci.multiple-accountable|l4',
      ruleId: 'raci.multiple-accountable',
      kind: 'resolved',
      accountableName: t['rd-mgr']!,
      decidedBy: t.decidedBy!,
      decidedAt: '2025-03-12T09:30:00.000Z',
      reason: t.reason!,
    },
  });

  const start = emptyProject({ name: t.project!, language, organisation: t.org! });
  return execute(start, { type: 'batch', label: 'fixture', commands: c }).state;
}
