import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import type { Language } from '../model/entities';
import { danglingReferences } from '../model/integrity';
import { emptyProject, rowsOf, type ProjectState } from '../model/project-state';
import { checkProject } from '../raci/raci-checker';
import { templateCommands } from './instantiate-template';
import { TEMPLATE_IDS, type TemplateId } from './template-catalogue';

let seq = 0;
const newId = () => `id-${++seq}`;

function add(state: ProjectState, id: TemplateId, language: Language = state.meta.language): ProjectState {
  return execute(state, templateCommands(id, language, state, newId)).state;
}

const departmentNames = (state: ProjectState) => rowsOf(state, 'departments').map((d) => d.name);
const laneDepartmentsOf = (state: ProjectState, processName: string) => {
  const process = rowsOf(state, 'processes').find((p) => p.name === processName)!;
  return rowsOf(state, 'lanes')
    .filter((l) => l.processId === process.id)
    .map((l) => l.departmentId);
};

describe('templateCommands', () => {
  it('returns one labelled batch, so adding a template is a single undo step', () => {
    const state = emptyProject({ name: 'T', language: 'zh-CN', organisation: '' });
    const command = templateCommands('annual-budget', 'zh-CN', state, newId);
    expect(command.type).toBe('batch');
    expect(command.type === 'batch' && command.label).toBe('从模板添加：年度预算编制');
    const done = execute(state, command);
    expect(rowsOf(done.state, 'steps')).toHaveLength(10);
  });

  it('shares departments and positions between two templates in one project', () => {
    const state = add(add(emptyProject({ name: 'T', language: 'zh-CN', organisation: '' }), 'product-launch'), 'marketing-event');
    const names = departmentNames(state);
    expect(new Set(names).size).toBe(names.length);
    const marketing = rowsOf(state, 'departments').find((d) => d.name === '市场部')!;
    expect(laneDepartmentsOf(state, '新产品开发协作流程')).toContain(marketing.id);
    expect(laneDepartmentsOf(state, '市场活动执行协作流程')).toContain(marketing.id);
    const positions = rowsOf(state, 'positions').map((p) => `${p.departmentId}/${p.name}`);
    expect(new Set(positions).size).toBe(positions.length);
    expect(rowsOf(state, 'positions').filter((p) => p.name === '市场部经理')).toHaveLength(1);
  });

  it.each<Language>(['zh-CN', 'en'])('adds all five templates to one project without duplicates or findings (%s)', (language) => {
    let state = emptyProject({ name: 'T', language, organisation: '' });
    for (const id of TEMPLATE_IDS) state = add(state, id);
    expect(rowsOf(state, 'processes')).toHaveLength(5);
    const names = departmentNames(state);
    expect(new Set(names).size).toBe(names.length);
    expect(danglingReferences(state)).toEqual([]);
    expect(checkProject(state)).toEqual([]);
  });

  it('reuses a department the user already has, keeping its id and colour, even with different spacing or case', () => {
    let state = emptyProject({ name: 'T', language: 'en', organisation: '' });
    state = execute(state, {
      type: 'batch',
      commands: [
        { type: 'add', table: 'departments', row: { id: 'mine', name: ' marketing ', color: '#123456' } },
        { type: 'add', table: 'positions', row: { id: 'my-manager', departmentId: 'mine', name: 'Marketing Manager' } },
      ],
    }).state;
    state = add(state, 'marketing-event');
    expect(rowsOf(state, 'departments').filter((d) => d.name.trim().toLowerCase() === 'marketing')).toHaveLength(1);
    expect(state.tables.departments.mine!.color).toBe('#123456');
    expect(laneDepartmentsOf(state, 'Marketing event execution')[0]).toBe('mine');
    const materials = rowsOf(state, 'steps').find((s) => s.name === 'Prepare materials')!;
    expect(state.raci[materials.id]!['my-manager']).toBe('A');
    expect(materials.ownerPositionId).toBe('my-manager');
  });

  it('does not take a same-named position from another department', () => {
    let state = emptyProject({ name: 'T', language: 'zh-CN', organisation: '' });
    state = execute(state, {
      type: 'batch',
      commands: [
        { type: 'add', table: 'departments', row: { id: 'other', name: '其他部门' } },
        { type: 'add', table: 'positions', row: { id: 'stray', departmentId: 'other', name: '市场部经理' } },
      ],
    }).state;
    state = add(state, 'marketing-event');
    const managers = rowsOf(state, 'positions').filter((p) => p.name === '市场部经理');
    expect(managers).toHaveLength(2);
    expect(Object.values(state.raci).some((row) => 'stray' in row)).toBe(false);
  });

  it('ends with the same matrix whether or not new steps are seeded with R', () => {
    seq = 0;
    const seeded = add(emptyProject({ name: 'T', language: 'zh-CN', organisation: '' }), 'customer-complaint');
    seq = 0;
    const unseeded = add(emptyProject({ name: 'T', language: 'zh-CN', organisation: '', raciSettings: { seedResponsible: false } }), 'customer-complaint');
    expect(seeded.raci).toEqual(unseeded.raci);
    expect(Object.keys(seeded.raci)).toHaveLength(11);
  });

  it('numbers the process name when the template is added a second time', () => {
    const zh = add(add(emptyProject({ name: 'T', language: 'zh-CN', organisation: '' }), 'process-change'), 'process-change');
    expect(rowsOf(zh, 'processes').map((p) => p.name).sort()).toEqual(['数字化转型变革流程', '数字化转型变革流程(2)']);
    const en = add(add(emptyProject({ name: 'T', language: 'en', organisation: '' }), 'process-change'), 'process-change');
    expect(rowsOf(en, 'processes').map((p) => p.name).sort()).toEqual(['Digital transformation', 'Digital transformation (2)']);
    expect(departmentNames(en)).toHaveLength(4);
    expect(checkProject(en)).toEqual([]);
  });

  it('can add a template in the other language than the project’s', () => {
    const state = add(emptyProject({ name: 'T', language: 'zh-CN', organisation: '' }), 'annual-budget', 'en');
    expect(departmentNames(state)).toContain('Finance');
  });
});
