import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands/command-schema';
import { execute } from '../commands/execute';
import type { ProjectState } from '../model/project-state';
import { articleLabel } from './article-numbering';
import { defaultPolicySections } from './default-policy';
import { buildPolicyDocument } from './policy-document';
import type { PolicyBlock, PolicyDocument, PolicyTable } from './policy-document-types';
import { policyTestProject } from './policy-test-project';

const run = (state: ProjectState, ...commands: CommandInput[]) => execute(state, { type: 'batch', commands }).state;
const blocks = (doc: PolicyDocument, chapter: string): readonly PolicyBlock[] => doc.chapters.find((c) => c.chapter === chapter)?.blocks ?? [];
const tables = (doc: PolicyDocument, role: PolicyTable['role']) =>
  doc.chapters.flatMap((c) => c.blocks).flatMap((b) => (b.kind === 'table' && b.table.role === role ? [b] : []));
const articles = (doc: PolicyDocument) => doc.chapters.flatMap((c) => c.blocks).flatMap((b) => (b.kind === 'article' ? [b] : []));
const headings = (doc: PolicyDocument) => doc.chapters.flatMap((c) => c.blocks).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const today = new Date(2025, 2, 20);

describe('buildPolicyDocument', () => {
  const doc = buildPolicyDocument(policyTestProject('zh-CN'), 'zh-CN', { today });

  it('uses the default chapters when the project has no text of its own', () => {
    expect(doc.chapters.map((c) => `${c.label}${c.title}`)).toEqual([
      '第一章总则', '第二章组织与职责', '第三章流程管理', '第四章工作程序', '第五章争议协调', '第六章会议与信息', '第七章信息保密', '第八章监督检查', '第九章培训', '第十章考核与奖惩', '第十一章附则', '附件',
    ]);
  });

  it('numbers articles continuously, fills in every parameter and never lists a single item', () => {
    const all = articles(doc);
    expect(all.map((a) => a.label)).toEqual(all.map((_, i) => articleLabel(i + 1, 'zh-CN')));
    for (const a of all) {
      expect(a.items.length, a.text).not.toBe(1);
      expect(`${a.text}${a.items.join('')}`, a.label).not.toMatch(/[{}]/);
    }
    expect(all[0]!.text).toContain('为规范华东智造集团有限公司跨部门协作行为');
    expect(all.at(-1)!.text).toBe('本办法经总经理办公会审议通过，自2025年4月1日起施行。公司此前发布的有关规定与本办法不一致的，以本办法为准。');
  });

  it('cites the forms and the process list by their annex numbers', () => {
    const text = articles(doc).map((a) => a.text).join('\n');
    expect(text).toContain('已梳理的跨部门协作流程及其牵头部门见附件1');
    expect(text).toContain('通过《跨部门工作联系单》（见附件5）办理');
    expect(text).toContain('《RACI 职责分配变更申请单》（见附件8）');
    expect(text).toContain('公司现行跨部门协作流程共 2 个，流程名称及牵头部门见附件1，各流程的泳道图、关键节点说明表和职责分配表见附件2至附件3。');
    expect(text).toContain('分管副总已作出的权责裁定见附件4');
    expect(headings(doc)).toEqual([
      '附件1  跨部门协作流程清单', '附件2  新产品上线', '附件3  跨部门市场活动', '附件4  权责裁定记录',
      '附件5  跨部门工作联系单', '附件6  跨部门协调会议纪要', '附件7  跨部门协作问题升级申请单', '附件8  RACI 职责分配变更申请单', '附件9  决议记录单',
    ]);
  });

  it('lists the processes with their owners in annex 1, and each process in an annex of its own', () => {
    const [list] = tables(doc, 'processList');
    // 市场部 and 研发部 are each accountable for three launch steps: the earlier lane leads.
    expect(list!.table.rows).toEqual([['1', '新产品上线', '市场部', '7', '附件2'], ['2', '跨部门市场活动', '市场部', '6', '附件3']]);
    const annex = blocks(doc, 'annex');
    expect(annex).toContainEqual({ kind: 'paragraph', text: '牵头部门：市场部' });
    expect(annex.filter((b) => b.kind === 'diagram').map((b) => b.kind === 'diagram' && b.caption)).toEqual(['图1 新产品上线泳道图', '图2 跨部门市场活动泳道图']);
    const [launch] = tables(doc, 'keyNodes');
    expect(launch!.table.rows[1]).toEqual(['N02', '需求评审（审批点）', '需求说明书', '评审意见', '研发部经理', '2 个工作日']);
    expect(launch!.table.rows[6]![5]).toBe('4 小时');
    // The framework chapter keeps no process data and no "一、" heading of its own.
    expect(blocks(doc, 'framework').every((b) => b.kind === 'article')).toBe(true);
  });

  it('prints an empty duration as a dash', () => {
    const state = run(policyTestProject('zh-CN'), { type: 'update', table: 'steps', id: 'l2', patch: { durationValue: null } });
    expect(tables(buildPolicyDocument(state, 'zh-CN', { today }), 'keyNodes')[0]!.table.rows[1]![5]).toBe('—');
  });

  it('names the roles 主办 / 协办 / 会签 / 知会 in the responsibility tables, with the RACI letters mapped in annex 1', () => {
    const event = tables(doc, 'raci').find((t) => t.caption.includes('跨部门市场活动'))!.table;
    expect(event.rows.find((r) => r[1] === '物料准备')).toEqual(['N04', '物料准备', '', '主办', '协办', '', '知会', '', '协办', '会签', '']);
    const [legend] = tables(doc, 'legend');
    expect(legend!.table.rows.map((r) => `${r[0]}${r[2]}`)).toEqual(['R协办', 'A主办', 'C会签', 'I知会']);
    expect(tables(buildPolicyDocument(policyTestProject('en'), 'en', { today }), 'raci').some((t) => t.table.rows.some((r) => r.includes('R/A')))).toBe(true);
  });

  it('does not double the word 流程 after a process name that ends with it', () => {
    const state = run(policyTestProject('zh-CN'), { type: 'update', table: 'processes', id: 'launch', patch: { name: '新产品开发协作流程' } });
    const text = JSON.stringify(buildPolicyDocument(state, 'zh-CN', { today }));
    expect(text).toContain('新产品开发协作流程涉及');
    expect(text).not.toContain('流程流程');
  });

  it('writes the user text of the project instead of the defaults, generated parts still in place', () => {
    let n = 0;
    const sections = defaultPolicySections('zh-CN', () => `sec${n++}`);
    let state = run(policyTestProject('zh-CN'), ...sections.map((row) => ({ type: 'add' as const, table: 'policySections' as const, row })));
    state = run(state, { type: 'update', table: 'policySections', id: 'sec1', patch: { title: '第二章 职责', body: '第六条 客户第一。\n- 只有一项' } });
    const edited = buildPolicyDocument(state, 'zh-CN', { today });
    expect(edited.chapters[1]!.title).toBe('职责');
    expect(edited.chapters[1]!.blocks).toMatchObject([{ kind: 'article', text: '客户第一。只有一项', items: [] }]);
    expect(tables(edited, 'raci')).toHaveLength(3);
  });

  it('brings back the chapters that carry generated parts when the user deleted them', () => {
    let n = 0;
    const sections = defaultPolicySections('zh-CN', () => `sec${n++}`).filter((s) => s.chapter !== 'framework' && s.chapter !== 'annex');
    const built = buildPolicyDocument(run(policyTestProject('zh-CN'), ...sections.map((row) => ({ type: 'add' as const, table: 'policySections' as const, row }))), 'zh-CN', { today });
    expect(built.chapters.map((c) => c.title)).toContain('流程管理');
    expect(built.chapters.at(-1)!.title).toBe('附件');
    expect(tables(built, 'keyNodes')).toHaveLength(2);
  });

  it('follows the project language', () => {
    const en = buildPolicyDocument(policyTestProject('en'), 'en', { today });
    expect(en.chapters[0]).toMatchObject({ label: 'Chapter 1', title: 'General Provisions' });
    expect(articles(en)[0]!.label).toBe('Article 1');
    expect(articles(en)[1]!.text).toContain('listed in Annex 1');
    expect(articles(en).at(-1)!.text).toBe("This policy is adopted by the general manager's meeting and takes effect on 1 April 2025. Earlier company rules that disagree with this policy yield to it.");
  });
});
