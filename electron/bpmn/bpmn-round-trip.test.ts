import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { emptyProject, rowsOf } from '../../shared/model/project-state';
import { allTemplatesProject, processEssence } from '../../shared/interchange/interchange-test-project';
import { ProjectSession } from '../project/project-session';
import { exportProcessBpmn, newBpmnModdle } from './bpmn-export';
import { bpmnFixture } from './bpmn-fixtures';
import { previewBpmnImport } from './bpmn-process-import';

describe('BPMN export', () => {
  it('writes one pool with a lane per department, typed nodes, named flows and full DI that bpmn-moddle reads without warnings', async () => {
    const state = allTemplatesProject();
    const process = rowsOf(state, 'processes').find((p) => p.order === 0)!;
    const xml = await exportProcessBpmn(state, process.id);
    const { rootElement, warnings } = await newBpmnModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    const roots = rootElement.rootElements as Array<Record<string, unknown>>;
    const collaboration = roots.find((r) => r.$type === 'bpmn:Collaboration')!;
    expect((collaboration.participants as unknown[]).length).toBe(1);
    const bpmnProcess = roots.find((r) => r.$type === 'bpmn:Process') as { laneSets: Array<{ lanes: Array<{ name: string; flowNodeRef: unknown[] }> }>; flowElements: Array<{ $type: string; name?: string }> };
    const departments = rowsOf(state, 'lanes').filter((l) => l.processId === process.id).sort((a, b) => a.order - b.order).map((l) => state.tables.departments[l.departmentId]!.name);
    expect(bpmnProcess.laneSets[0]!.lanes.map((l) => l.name)).toEqual(departments);
    const steps = rowsOf(state, 'steps').filter((s) => s.processId === process.id);
    expect(bpmnProcess.laneSets[0]!.lanes.reduce((n, l) => n + l.flowNodeRef.length, 0)).toBe(steps.length);
    const types = bpmnProcess.flowElements.map((e) => e.$type);
    expect(types.filter((t) => t === 'bpmn:StartEvent')).toHaveLength(steps.filter((s) => s.kind === 'start').length);
    expect(types.filter((t) => t === 'bpmn:ExclusiveGateway')).toHaveLength(steps.filter((s) => s.kind === 'decision').length);
    expect(types.filter((t) => t === 'bpmn:UserTask')).toHaveLength(steps.filter((s) => ['task', 'approval', 'delivery'].includes(s.kind)).length);
    const flowNames = bpmnProcess.flowElements.filter((e) => e.$type === 'bpmn:SequenceFlow').map((e) => e.name);
    expect(flowNames).toEqual(expect.arrayContaining(['通过', '驳回']));
    const plane = (rootElement.diagrams as Array<{ plane: { planeElement: Array<{ $type: string; isHorizontal?: boolean; bpmnElement: { $type: string } }> } }>)[0]!.plane;
    const shapes = plane.planeElement.filter((e) => e.$type === 'bpmndi:BPMNShape');
    expect(shapes.length).toBe(1 + departments.length + steps.length);
    expect(shapes.find((s) => s.bpmnElement.$type === 'bpmn:Participant')!.isHorizontal).toBe(true);
    expect(plane.planeElement.filter((e) => e.$type === 'bpmndi:BPMNEdge')).toHaveLength(rowsOf(state, 'flows').filter((f) => f.processId === process.id).length);
    expect(xml).toContain('<lw:raci party="市场部/市场部经理" letters="A" />');
  });

  it('writes each note of the process as a text annotation drawn where the canvas has it', async () => {
    const state = allTemplatesProject();
    const process = rowsOf(state, 'processes').find((p) => p.order === 0)!;
    const noted = execute(state, { type: 'add', table: 'annotations', row: { id: 'n1', processId: process.id, x: 400, y: 20, width: 220, height: 60, text: '待确认：\n法务 & 财务' } }).state;
    const xml = await exportProcessBpmn(noted, process.id);
    const { rootElement, warnings } = await newBpmnModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    const bpmnProcess = (rootElement.rootElements as Array<Record<string, unknown>>).find((r) => r.$type === 'bpmn:Process') as { artifacts?: Array<{ $type: string; id: string; text: string }> };
    expect(bpmnProcess.artifacts?.map((a) => [a.$type, a.id, a.text])).toEqual([['bpmn:TextAnnotation', 'Note_n1', '待确认：\n法务 & 财务']]);
    const plane = (rootElement.diagrams as Array<{ plane: { planeElement: Array<{ bpmnElement: { id: string }; bounds?: Record<string, number> }> } }>)[0]!.plane;
    const shape = plane.planeElement.find((e) => e.bpmnElement.id === 'Note_n1');
    expect(shape?.bounds).toMatchObject({ x: 400, y: 20, width: 220, height: 60 });
  });

  it('follows a vertical process with isHorizontal="false"', async () => {
    const state = allTemplatesProject();
    const process = rowsOf(state, 'processes')[0]!;
    const vertical = execute(state, { type: 'update', table: 'processes', id: process.id, patch: { orientation: 'vertical' } }).state;
    const xml = await exportProcessBpmn(vertical, process.id);
    expect(xml).toMatch(/bpmnElement="Pool_[^"]+" isHorizontal="false"/);
    let n = 0;
    const plan = await previewBpmnImport(emptyProject({ name: 'x', language: 'zh-CN', organisation: '' }), Buffer.from(xml), 'v.bpmn', () => `v${++n}`);
    expect(plan.command.type === 'batch' && plan.command.commands[0]).toBeTruthy();
    const imported = execute(emptyProject({ name: 'x', language: 'zh-CN', organisation: '' }), plan.command).state;
    expect(rowsOf(imported, 'processes')[0]!.orientation).toBe('vertical');
  });
});

describe('BPMN round trip', () => {
  it('export then import gives back the same steps, lanes, flows, codes and RACI for every template', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const state = allTemplatesProject(language);
      for (const process of rowsOf(state, 'processes')) {
        const xml = await exportProcessBpmn(state, process.id);
        const target = emptyProject({ name: 'copy', language, organisation: '' });
        let n = 0;
        const plan = await previewBpmnImport(target, Buffer.from(xml), 'x.bpmn', () => `rt-${++n}`);
        expect(plan.summary.leftOut).toEqual([]);
        const after = execute(target, plan.command).state;
        const copy = rowsOf(after, 'processes')[0]!;
        expect(copy.name).toBe(process.name);
        expect(copy.category).toBe(process.category);
        expect(processEssence(after, copy.id)).toEqual(processEssence(state, process.id));
      }
    }
  });

  it('brings a note back beside the same step, as far from it as on the canvas', async () => {
    const state = allTemplatesProject('en');
    const process = rowsOf(state, 'processes').find((p) => p.order === 0)!;
    const step = rowsOf(state, 'steps').find((s) => s.processId === process.id && s.kind === 'task')!;
    // Just above the task, 200 × 40, its corner 30 right of the task's.
    const note = { id: 'n1', processId: process.id, x: step.x + 30, y: step.y - 50, width: 200, height: 40, text: 'Check with legal first' };
    const noted = execute(state, { type: 'add', table: 'annotations', row: note }).state;
    const target = emptyProject({ name: 'copy', language: 'en', organisation: '' });
    const plan = await previewBpmnImport(target, Buffer.from(await exportProcessBpmn(noted, process.id)), 'x.bpmn');
    expect(plan.summary.leftOut).toEqual([]);
    const after = execute(target, plan.command).state;
    const [back] = rowsOf(after, 'annotations');
    const moved = rowsOf(after, 'steps').find((s) => s.code === step.code)!;
    expect(back).toMatchObject({ text: 'Check with legal first', x: moved.x + 30, y: moved.y - 50, width: 200, height: 40 });
  });

  it('keeps a step marked as a sub-process', async () => {
    const state = allTemplatesProject();
    const step = rowsOf(state, 'steps').find((s) => s.kind === 'task')!;
    const marked = execute(state, { type: 'update', table: 'steps', id: step.id, patch: { subProcess: true } }).state;
    const xml = await exportProcessBpmn(marked, step.processId);
    expect(xml).toContain(`<bpmn:subProcess id="Step_${step.id}"`);
    const target = emptyProject({ name: 'copy', language: 'zh-CN', organisation: '' });
    const after = execute(target, (await previewBpmnImport(target, Buffer.from(xml), 'x.bpmn')).command).state;
    expect(rowsOf(after, 'steps').find((s) => s.code === step.code && s.name === step.name)!.subProcess).toBe(true);
  });
});

describe('applying a BPMN import', () => {
  it('is one change in the project file, taken back by one undo', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lanewise-bpmn-'));
    const session = ProjectSession.create(join(dir, 'p.lanewise'), { name: 'p', language: 'zh-CN', organisation: '' });
    try {
      const plan = await previewBpmnImport(session.state, bpmnFixture('signavio-purchase.bpmn'), 'signavio-purchase.bpmn');
      expect(rowsOf(session.state, 'steps')).toHaveLength(0);
      session.execute(plan.command, 'import');
      expect(rowsOf(session.state, 'processes').map((p) => p.name)).toEqual(['采购申请与审批', '供应商']);
      expect(session.undo()).not.toBeNull();
      expect(rowsOf(session.state, 'processes')).toHaveLength(0);
      expect(rowsOf(session.state, 'departments')).toHaveLength(0);
      expect(session.undo()).toBeNull();
      session.redo();
      session.close();
      const reopened = ProjectSession.open(join(dir, 'p.lanewise'));
      expect(rowsOf(reopened.state, 'steps')).toHaveLength(15);
      reopened.close();
    } finally {
      session.close();
    }
  });
});
