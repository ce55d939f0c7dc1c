import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import type { Language } from '../../shared/model/entities';
import { emptyProject, type ProjectState } from '../../shared/model/project-state';

/** Test fixture: the source document's launch and budget scenarios, built through commands like the app does. */
export function raciTestProject(language: Language = 'zh-CN'): ProjectState {
  const commands: CommandInput[] = [];
  const department = (id: string, name: string, color: string) => commands.push({ type: 'add', table: 'departments', row: { id, name, color } });
  const position = (id: string, departmentId: string, name: string) => commands.push({ type: 'add', table: 'positions', row: { id, departmentId, name } });
  department('mkt', '市场部', '#c0504d');
  position('mkt-mgr', 'mkt', '市场部经理');
  position('mkt-spec', 'mkt', '市场部专员');
  department('rd', '研发部', '#4f81bd');
  position('rd-mgr', 'rd', '研发经理');
  position('rd-eng', 'rd', '研发工程师');
  department('design', '设计部', '#9bbb59');
  position('design-lead', 'design', '设计部主管');
  department('sales', '销售部', '#f79646');
  department('fin', '财务部', '#8064a2');
  position('fin-mgr', 'fin', '财务经理');
  department('legal', '法务部', '#4bacc6');

  const process = (id: string, name: string, lanes: string[], steps: Array<[string, string, string]>) => {
    commands.push({ type: 'add', table: 'processes', row: { id, name } });
    for (const d of lanes) commands.push({ type: 'add', table: 'lanes', row: { id: `${id}-${d}`, processId: id, departmentId: d } });
    steps.forEach(([stepId, lane, name], i) => {
      commands.push({ type: 'add', table: 'steps', row: { id: stepId, processId: id, laneId: `${id}-${lane}`, name, x: 100 + i * 160, kind: i === 0 ? 'start' : 'task' } });
      if (i > 0) commands.push({ type: 'add', table: 'flows', row: { id: `${id}-f${i}`, processId: id, fromStepId: steps[i - 1]![0], toStepId: stepId } });
    });
  };
  process('launch', '新产品上线', ['mkt', 'rd', 'sales'], [
    ['s1', 'mkt', '需求提出'],
    ['s2', 'rd', '需求评审'],
    ['s3', 'rd', '研发立项'],
    ['s4', 'rd', '研发执行（含原型设计、样机试制与小批量试产）'],
    ['s5', 'rd', '测试验收'],
    ['s6', 'mkt', '市场推广'],
    ['s7', 'mkt', '项目复盘'],
  ]);
  process('budget', '年度预算编制', ['fin', 'mkt', 'rd'], [
    ['b1', 'fin', '预算启动'],
    ['b2', 'mkt', '部门编制'],
    ['b3', 'fin', '=SUM(1,2)'],
    ['b4', 'fin', '@审批'],
  ]);

  const raci = (stepId: string, cells: Record<string, string>) => {
    for (const [partyId, letters] of Object.entries(cells)) commands.push({ type: 'setRaci', stepId, partyId, letters });
  };
  commands.push({ type: 'update', table: 'steps', id: 's2', patch: { input: '需求说明书', output: '评审结论', ownerPositionId: 'rd-mgr', durationValue: 2, durationUnit: 'days', kind: 'approval' } });
  raci('s1', { 'mkt-spec': 'R', 'mkt-mgr': 'A', 'rd-mgr': 'I' });
  raci('s2', { 'rd-mgr': 'RA', 'mkt-mgr': 'C', 'design-lead': 'C' });
  raci('s3', { 'rd-mgr': 'A', 'rd-eng': 'R', fin: 'I' });
  raci('s4', { 'rd-eng': 'R', 'rd-mgr': 'A', 'mkt-mgr': 'A' });
  raci('s5', { 'rd-eng': 'R', 'mkt-spec': 'C' });
  raci('s6', { 'mkt-spec': 'R', 'mkt-mgr': 'A', 'design-lead': 'C', sales: 'I', mkt: 'I' });
  raci('s7', { 'mkt-mgr': 'A', 'rd-mgr': 'C', sales: 'C' });
  raci('b1', { 'fin-mgr': 'RA' });
  raci('b2', { 'mkt-mgr': 'RA', 'fin-mgr': 'C', legal: 'C' });
  raci('b3', { 'fin-mgr': 'R', fin: 'A' });
  raci('b4', { 'fin-mgr': 'I', 'mkt-mgr': 'I' });

  // Seeding R on new steps is off so the fixture holds exactly the cells listed above.
  const start = emptyProject({
    projectId: 'raci-test-project',
    name: language === 'zh-CN' ? '协作流程标准化项目' : 'Collaboration standard',
    language,
    organisation: 'ACME 集团',
    raciSettings: { seedResponsible: false },
  });
  return execute(start, { type: 'batch', label: 'fixture', commands }).state;
}
