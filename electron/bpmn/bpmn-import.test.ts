import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { emptyProject, rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import type { LeftOutKind } from '../../shared/interchange/import-report';
import { bpmnFixture } from './bpmn-fixtures';
import { previewBpmnImport } from './bpmn-process-import';

function project(state = emptyProject({ name: '导入', language: 'zh-CN', organisation: '' })): ProjectState {
  return state;
}

async function importInto(state: ProjectState, file: string) {
  let n = 0;
  const plan = await previewBpmnImport(state, bpmnFixture(file), file, () => `imp-${++n}`);
  return { plan, state: execute(state, plan.command).state };
}

function processNamed(state: ProjectState, name: string) {
  const process = rowsOf(state, 'processes').find((p) => p.name === name);
  if (!process) throw new Error(`no process ${name}; have ${rowsOf(state, 'processes').map((p) => p.name).join(', ')}`);
  const lanes = sortedByOrder(rowsOf(state, 'lanes').filter((l) => l.processId === process.id));
  const steps = rowsOf(state, 'steps').filter((s) => s.processId === process.id);
  const laneName = (laneId: string) => state.tables.departments[state.tables.lanes[laneId]!.departmentId]!.name;
  const byName = (name: string) => {
    const step = steps.find((s) => s.name === name);
    if (!step) throw new Error(`no step ${name}; have ${steps.map((s) => s.name).join(', ')}`);
    return { ...step, lane: laneName(step.laneId) };
  };
  const flows = rowsOf(state, 'flows')
    .filter((f) => f.processId === process.id)
    .map((f) => `${state.tables.steps[f.fromStepId]!.name}→${state.tables.steps[f.toStepId]!.name}${f.label ? `:${f.label}` : ''}`);
  const notes = rowsOf(state, 'annotations').filter((n) => n.processId === process.id);
  return { process, lanes: lanes.map((l) => state.tables.departments[l.departmentId]!.name), steps, byName, flows, notes };
}

function leftOutOf(plan: Awaited<ReturnType<typeof previewBpmnImport>>, kind: LeftOutKind): string[] {
  return plan.summary.leftOut.filter((l) => l.kind === kind).map((l) => l.name);
}

describe('BPMN import of files from other tools', () => {
  it('Camunda Modeler: a pool with lanes, a collapsed sub-process, a boundary timer and data', async () => {
    const { plan, state } = await importInto(project(), 'camunda-modeler-order.bpmn');
    const order = processNamed(state, '订单处理');
    expect(order.lanes).toEqual(['销售部', '仓储部', '财务部']);
    expect(order.process.description).toBe('从接单到发货的订单处理流程');
    expect(order.byName('收到订单')).toMatchObject({ kind: 'start', lane: '销售部' });
    expect(order.byName('审核订单')).toMatchObject({ kind: 'task', lane: '销售部', notes: '核对客户信用与价格' });
    expect(order.byName('库存充足?')).toMatchObject({ kind: 'decision' });
    expect(order.byName('拣货打包')).toMatchObject({ kind: 'task', subProcess: true, lane: '仓储部' });
    expect(order.byName('安排发货').lane).toBe('仓储部');
    expect(order.byName('订单取消')).toMatchObject({ kind: 'end', lane: '财务部' });
    expect(order.flows).toEqual(expect.arrayContaining(['库存充足?→拣货打包:是', '库存充足?→通知客户缺货:否', '安排发货→开具发票']));
    // Left to right as drawn: the check comes before the gateway, shipping before invoicing.
    expect(order.byName('审核订单').x).toBeLessThan(order.byName('库存充足?').x);
    expect(order.byName('安排发货').x).toBeLessThan(order.byName('开具发票').x);

    const inner = processNamed(state, '订单处理 / 拣货打包');
    expect(inner.lanes).toEqual(['仓储部']);
    expect(inner.flows).toEqual(expect.arrayContaining(['拣货→打包']));
    expect(order.byName('拣货打包').notes).toContain('订单处理 / 拣货打包');

    expect(leftOutOf(plan, 'boundaryEvent')).toEqual(['超过 24 小时']);
    expect(leftOutOf(plan, 'messageFlow')).toEqual(['订单确认']);
    expect(leftOutOf(plan, 'emptyPool')).toEqual(['客户']);
    expect(leftOutOf(plan, 'dataObject')).toEqual(['订单']);
    // The text annotation tied to 审核订单 is a note of the process now; only the data association is left out.
    expect(order.notes.map((n) => n.text)).toEqual(['大客户订单需销售经理复核']);
    expect(leftOutOf(plan, 'annotation')).toEqual([]);
    expect(leftOutOf(plan, 'association')).toHaveLength(1);
    expect(leftOutOf(plan, 'condition')).toEqual(['是', '否']);
    expect(leftOutOf(plan, 'flowNotImported')).toEqual(['Flow_6']);
    expect(leftOutOf(plan, 'extension')).toEqual(['camunda:properties ×1', 'camunda:assignee ×1', 'camunda:formKey ×1', 'camunda:type ×1', 'camunda:topic ×1']);
    expect(plan.summary.departmentsCreated).toEqual(['销售部', '仓储部', '财务部']);
  });

  it('Signavio: two pools, nested lanes flattened with a path name, parallel gateways, message flows', async () => {
    const { plan, state } = await importInto(project(), 'signavio-purchase.bpmn');
    const purchase = processNamed(state, '采购申请与审批');
    expect(purchase.lanes).toEqual(['业务部门 / 申请人', '业务部门 / 部门负责人', '采购部']);
    expect(purchase.byName('填写采购 申请单').lane).toBe('业务部门 / 申请人');
    expect(purchase.byName('审批申请').lane).toBe('业务部门 / 部门负责人');
    expect(purchase.byName('到货')).toMatchObject({ kind: 'task', lane: '采购部' });
    expect(purchase.byName('到货').notes).toContain('中间事件');
    expect(purchase.steps.filter((s) => s.kind === 'decision')).toHaveLength(3);
    expect(purchase.flows).toEqual(expect.arrayContaining(['批准?→填写采购 申请单:补充材料', '批准?→申请驳回:驳回']));
    // 询价比价 and 核对预算 run in parallel: one column, side by side across the lane.
    expect(purchase.byName('询价比价').x).toBe(purchase.byName('核对预算').x);
    expect(purchase.byName('询价比价').y).toBeLessThan(purchase.byName('核对预算').y);

    const supplier = processNamed(state, '供应商');
    expect(supplier.lanes).toEqual(['供应商']);
    expect(supplier.steps).toHaveLength(3);

    expect(leftOutOf(plan, 'messageFlow')).toEqual(['采购订单', '送货单']);
    expect(leftOutOf(plan, 'dataStore')).toEqual(['ERP 系统']);
    expect(leftOutOf(plan, 'gatewayType')).toHaveLength(2);
    expect(leftOutOf(plan, 'extension').length).toBeGreaterThan(0);
  });

  it('Bizagi: a pool without lanes becomes one lane named after the pool; call activity, inclusive gateway, group', async () => {
    const { plan, state } = await importInto(project(), 'bizagi-complaint.bpmn');
    const complaint = processNamed(state, '客户投诉处理');
    expect(complaint.lanes).toEqual(['客户投诉处理']);
    expect(complaint.steps).toHaveLength(9);
    expect(complaint.byName('质量问题调查')).toMatchObject({ kind: 'task', subProcess: true });
    expect(complaint.byName('投诉类型').kind).toBe('decision');
    expect(complaint.byName('发送满意度调查').kind).toBe('task');
    expect(complaint.byName('登记投诉信息').notes).toBe('记录客户、订单、问题描述');
    expect(complaint.notes.map((n) => n.text)).toEqual(['重大投诉 2 小时内响应']);
    expect(leftOutOf(plan, 'annotation')).toEqual([]);
    expect(leftOutOf(plan, 'group')).toEqual(['Group_1']);
    expect(leftOutOf(plan, 'eventDefinition')).toEqual(['发送满意度调查', '投诉关闭']);
  });

  it('ARIS without a diagram: steps are laid out from the flows, nested lanes flattened', async () => {
    const { state } = await importInto(project(), 'aris-budget-no-di.bpmn');
    const budget = processNamed(state, '年度预算编制');
    expect(budget.lanes).toEqual(['财务部 / 预算组', '财务部 / 控制组', '各业务部门', '总经办']);
    const along = ['预算年度启动', '下发预算编制通知', '编制部门预算', '汇总预算', '收支平衡?', '审批预算', '预算下达'].map((n) => budget.byName(n).x);
    expect([...along].sort((a, b) => a - b)).toEqual(along);
    expect(new Set(along).size).toBe(along.length);
    expect(budget.flows).toEqual(expect.arrayContaining(['收支平衡?→编制部门预算:不平衡']));
  });

  it('bpmn-js: text annotations come back as notes, beside the step they are tied to or drawn nearest', async () => {
    const { plan, state } = await importInto(project(), 'bpmn-js-refund-notes.bpmn');
    const refund = processNamed(state, 'Refund');
    expect(refund.notes.map((n) => n.text).sort()).toEqual(['Ask for the receipt\nfirst', 'Within 2 working days']);
    // A task is 160 × 64 in Lanewise: its centre is 80 right of and 32 below its corner.
    const centreOf = (name: string) => ({ x: refund.byName(name).x + 80, y: refund.byName(name).y + 32 });
    // Tied to "Pay the refund" by an association: 60 right of and 75 above its centre (500, 265) in the file.
    const tied = refund.notes.find((n) => n.text === 'Within 2 working days')!;
    expect(tied).toMatchObject({ x: centreOf('Pay the refund').x + 60, y: centreOf('Pay the refund').y - 75, width: 150, height: 30 });
    // Tied to nothing: kept where it was drawn beside the nearest step, "Log the request" (centre 340, 140).
    const free = refund.notes.find((n) => n.text.startsWith('Ask'))!;
    expect(free).toMatchObject({ x: centreOf('Log the request').x - 40, y: centreOf('Log the request').y - 120, width: 120, height: 40 });
    expect(plan.summary.leftOut).toEqual([]);
  });

  it('matches departments the project already has by name and creates the others', async () => {
    let state = project();
    state = execute(state, { type: 'add', table: 'departments', row: { id: 'sales', name: '销售部' } }).state;
    const { plan, state: after } = await importInto(state, 'camunda-modeler-order.bpmn');
    expect(plan.summary.departmentsMatched).toEqual(['销售部']);
    expect(plan.summary.departmentsCreated).toEqual(['仓储部', '财务部']);
    expect(processNamed(after, '订单处理').byName('审核订单').lane).toBe('销售部');
    expect(rowsOf(after, 'departments').filter((d) => d.name === '销售部')).toHaveLength(1);
  });
});
