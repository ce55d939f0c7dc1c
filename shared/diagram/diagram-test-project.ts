import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import type { Orientation, StepKind } from '../model/entities';
import { emptyProject, type ProjectState } from '../model/project-state';
import { LANE_HEADER, NODE_SIZE, PHASE_HEADER } from './geometry';

/**
 * Test fixture: the source document's new-product launch (新产品上线) as a swimlane, built
 * through commands like the app does, with steps centred in their lanes.
 */
export function launchDiagramProject(orientation: Orientation = 'horizontal'): ProjectState {
  const commands: CommandInput[] = [];
  // Columns need room for a task's width; rows for its height and a label under a circle.
  const laneSize = orientation === 'horizontal' ? 160 : 200;
  const departments: Array<[string, string, string]> = [
    ['mkt', '市场部', '#c0504d'],
    ['rd', '研发部', '#4f81bd'],
    ['prod', '生产部', '#9bbb59'],
    ['sales', '销售部', '#f79646'],
  ];
  for (const [id, name, color] of departments) commands.push({ type: 'add', table: 'departments', row: { id, name, color } });
  commands.push({ type: 'add', table: 'processes', row: { id: 'launch', name: '新产品上线', category: '产品', orientation } });
  departments.forEach(([id]) => commands.push({ type: 'add', table: 'lanes', row: { id: `lane-${id}`, processId: 'launch', departmentId: id, size: laneSize } }));
  const phases: Array<[string, string, number]> = [
    ['ph-init', '立项', 560],
    ['ph-rd', '研发', 480],
    ['ph-market', '上市', 640],
  ];
  for (const [id, name, size] of phases) commands.push({ type: 'add', table: 'phases', row: { id, processId: 'launch', name, size } });

  const laneIndex = new Map(departments.map(([id], i) => [id, i]));
  const step = (id: string, dept: string, phaseId: string, kind: StepKind, name: string, along: number) => {
    const size = NODE_SIZE[kind];
    const acrossCentre = PHASE_HEADER + (laneIndex.get(dept) ?? 0) * laneSize + laneSize / 2;
    const alongCentre = LANE_HEADER + along;
    const [cx, cy] = orientation === 'horizontal' ? [alongCentre, acrossCentre] : [acrossCentre, alongCentre];
    commands.push({ type: 'add', table: 'steps', row: { id, processId: 'launch', laneId: `lane-${dept}`, phaseId, kind, name, x: cx - size.width / 2, y: cy - size.height / 2 } });
  };
  step('s1', 'mkt', 'ph-init', 'start', '需求提出', 60);
  step('s2', 'rd', 'ph-init', 'decision', '需求评审', 200);
  step('s3', 'rd', 'ph-init', 'approval', '研发立项', 400);
  step('s4', 'rd', 'ph-rd', 'task', '研发执行（含原型设计、样机试制与小批量试产）', 660);
  step('s5', 'prod', 'ph-rd', 'task', '测试验收', 880);
  step('s6', 'mkt', 'ph-market', 'delivery', '市场推广', 1140);
  step('s7', 'sales', 'ph-market', 'task', '项目复盘', 1360);
  step('s8', 'sales', 'ph-market', 'end', '结束', 1560);

  const flow = (id: string, from: string, to: string, label = '') => commands.push({ type: 'add', table: 'flows', row: { id, processId: 'launch', fromStepId: from, toStepId: to, label } });
  flow('f1', 's1', 's2');
  flow('f2', 's2', 's3', '通过');
  flow('f3', 's2', 's1', '驳回');
  flow('f4', 's3', 's4');
  flow('f5', 's4', 's5');
  flow('f6', 's5', 's6', '合格');
  flow('f7', 's5', 's4', '不合格');
  flow('f8', 's6', 's7');
  flow('f9', 's7', 's8');

  return execute(emptyProject({ name: '协作流程标准化', language: 'zh-CN', organisation: '示例集团' }), { type: 'batch', commands }).state;
}
