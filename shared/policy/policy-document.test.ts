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

describe('buildPolicyDocument', () => {
  const doc = buildPolicyDocument(policyTestProject('zh-CN'));

  it('uses the default chapters when the project has no text of its own', () => {
    expect(doc.chapters.map((c) => `${c.label}${c.title}`)).toEqual([
      '第一章总则', '第二章协作原则', '第三章流程框架', '第四章职责分工', '第五章冲突处理与升级机制', '第六章沟通机制', '第七章考核与奖惩', '第八章附则', '附件',
    ]);
  });

  it('numbers articles continuously across chapters, the annex not included', () => {
    const labels = articles(doc).map((a) => a.label);
    expect(labels).toEqual(labels.map((_, i) => articleLabel(i + 1, 'zh-CN')));
    expect(doc.articleCount).toBe(labels.length);
    expect(labels.length).toBeGreaterThan(40);
    expect(blocks(doc, 'annex').some((b) => b.kind === 'article')).toBe(false);
  });

  it('lists the processes in scope at the end of the general chapter', () => {
    const last = blocks(doc, 'general').at(-1);
    expect(last).toMatchObject({ kind: 'article', text: '本办法覆盖的跨部门协作流程如下：', items: ['（一）新产品上线', '（二）跨部门市场活动'] });
  });

  it('gives each process of the framework a heading, a summary, its diagram and its key-node table', () => {
    const framework = blocks(doc, 'framework');
    expect(framework.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual(['一、新产品上线', '二、跨部门市场活动']);
    expect(framework.filter((b) => b.kind === 'diagram')).toEqual([
      { kind: 'diagram', processId: 'launch', caption: '图1 新产品上线泳道图' },
      { kind: 'diagram', processId: 'event', caption: '图2 跨部门市场活动泳道图' },
    ]);
    const summary = framework.find((b) => b.kind === 'article' && b.text.includes('新产品上线流程涉及'));
    expect(summary).toMatchObject({ text: expect.stringContaining('覆盖新产品从需求提出到上市复盘的全过程，由市场部牵头。新产品上线流程涉及市场部、研发部、生产部、质量部、销售部，共 7 个节点，其中关键节点 4 个') });
    const [launch] = tables(doc, 'keyNodes');
    expect(launch!.caption).toBe('表1 新产品上线关键节点说明表');
    expect(launch!.table.header[0]!.map((c) => c.text)).toEqual(['节点编号', '节点名称', '输入', '输出', '负责人', '耗时']);
    expect(launch!.table.rows[1]).toEqual(['N02', '需求评审（审批点）', '需求说明书', '评审意见', '研发部经理', '2 天']);
    expect(launch!.table.rows[3]).toEqual(['N04', '研发执行', '立项批复', '样机及技术文档', '研发部 / 研发工程师', '40 天']);
    // No owner position: the lane's department.
    expect(launch!.table.rows[4]![4]).toBe('质量部');
    expect(launch!.table.rows[6]![5]).toBe('4 小时');
  });

  it('puts the legend and each process RACI matrix in the responsibilities chapter', () => {
    const [legend] = tables(doc, 'legend');
    expect(legend!.table.rows.map((r) => r[0])).toEqual(['R', 'A', 'C', 'I']);
    const raci = tables(doc, 'raci');
    expect(raci.map((t) => t.caption)).toEqual(['表4 新产品上线 RACI 责任矩阵（1/2）', '表5 新产品上线 RACI 责任矩阵（2/2）', '表6 跨部门市场活动 RACI 责任矩阵']);
    const event = raci[2]!.table;
    expect(event.rows.find((r) => r[1] === '物料准备')).toEqual(['N04', '物料准备', '', 'A', 'R', '', 'I', '', 'R', 'C', '']);
    expect(event.header[0]!.map((c) => c.text)).toEqual(['节点编号', '节点名称', '市场部', '销售部', '财务部', '设计部', '公关部']);
    expect(event.header[1]!.map((c) => c.text)).toEqual(['（部门）', '市场部经理', '市场部专员', '（部门）', '销售部主管', '（部门）', '设计部主管']);
    expect(raci.every((t) => t.table.landscape)).toBe(true);
    const article = blocks(doc, 'responsibilities').find((b) => b.kind === 'article' && b.text.startsWith('RACI'));
    expect(article).toMatchObject({ text: 'RACI 角色说明见表3，各流程节点的职责分配见表4至表6。' });
  });

  it('records the rulings of the resolution log in the escalation chapter', () => {
    const [rulings] = tables(doc, 'decisions');
    expect(rulings!.caption).toBe('表7 权责裁定记录');
    expect(rulings!.table.landscape).toBe(false);
    // English words that cannot break ("Accountable", "Development") need a landscape page here.
    expect(tables(buildPolicyDocument(policyTestProject('en')), 'decisions')[0]!.table.landscape).toBe(true);
    expect(rulings!.table.rows).toEqual([['新产品上线 N04 研发执行', '节点有多个负责人(A)：明确唯一负责人', '研发部经理', '王建国（分管副总）', '2025-03-12', '研发执行以研发部为主体，市场部改为咨询者。']]);
  });

  it('turns each annex form into a numbered heading and blank tables', () => {
    const annex = blocks(doc, 'annex');
    expect(annex.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual([
      '附件1  跨部门协作需求申请表',
      '附件2  跨部门协调会议纪要',
      '附件3  跨部门协作问题升级申请单',
    ]);
    const forms = tables(doc, 'form');
    expect(forms[0]!.table.rows[0]).toEqual(['申请部门', '']);
    const grid = forms.find((f) => f.table.header.length > 0)!.table;
    expect(grid.header[0]!.map((c) => c.text)).toEqual(['议定事项', '责任部门', '责任人', '完成时限']);
    expect(grid.rows).toHaveLength(4);
  });

  it('writes the user text of the project instead of the defaults, generated parts still in place', () => {
    let n = 0;
    const sections = defaultPolicySections('zh-CN', () => `sec${n++}`);
    let state = run(policyTestProject('zh-CN'), ...sections.map((row) => ({ type: 'add' as const, table: 'policySections' as const, row })));
    state = run(state, { type: 'update', table: 'policySections', id: 'sec1', patch: { title: '第二章 协作的基本原则', body: '第六条 客户第一。\n协同共赢。' } });
    const edited = buildPolicyDocument(state);
    const principles = edited.chapters[1]!;
    expect(principles.title).toBe('协作的基本原则');
    expect(principles.blocks.map((b) => b.kind === 'article' && `${b.label}${b.text}`)).toEqual(['第六条客户第一。', '第七条协同共赢。']);
    expect(tables(edited, 'raci')).toHaveLength(3);
  });

  it('brings back a deleted chapter that carries generated parts, with its default title', () => {
    let n = 0;
    const sections = defaultPolicySections('zh-CN', () => `sec${n++}`).filter((s) => s.chapter !== 'framework' && s.chapter !== 'responsibilities');
    const state = run(policyTestProject('zh-CN'), ...sections.map((row) => ({ type: 'add' as const, table: 'policySections' as const, row })));
    const titles = buildPolicyDocument(state).chapters.map((c) => c.title);
    expect(titles.slice(0, 4)).toEqual(['总则', '协作原则', '流程框架', '职责分工']);
    expect(tables(buildPolicyDocument(state), 'keyNodes')).toHaveLength(2);
  });

  it('runs the lines of a process description on into its article', () => {
    const state = run(policyTestProject('en'), { type: 'update', table: 'processes', id: 'event', patch: { description: 'Trade shows\n\n  and campaigns' } });
    const summary = blocks(buildPolicyDocument(state), 'framework').find((b) => b.kind === 'article' && b.text.startsWith('Trade'));
    expect(summary).toMatchObject({ text: expect.stringMatching(/^Trade shows and campaigns\. The Marketing event process involves/) });
  });

  it('leaves out generated parts the model has nothing for', () => {
    const state = run(policyTestProject('zh-CN'), { type: 'delete', table: 'decisions', id: 'd1' }, { type: 'add', table: 'processes', row: { id: 'empty', name: '年度预算编制' } });
    const built = buildPolicyDocument(state);
    expect(tables(built, 'decisions')).toHaveLength(0);
    expect(blocks(built, 'framework').filter((b) => b.kind === 'diagram')).toHaveLength(2);
    expect(blocks(built, 'framework').some((b) => b.kind === 'article' && b.text === '年度预算编制流程的节点尚未确定。')).toBe(true);
  });

  it('follows the project language', () => {
    const en = buildPolicyDocument(policyTestProject('en'));
    expect(en.chapters[0]).toMatchObject({ label: 'Chapter 1', title: 'General Provisions' });
    expect(articles(en)[0]!.label).toBe('Article 1');
    expect(blocks(en, 'general').at(-1)).toMatchObject({ items: ['(a) New product launch', '(b) Marketing event'] });
    expect(tables(en, 'raci')[2]!.caption).toBe('Table 6. RACI matrix of Marketing event');
  });
});
