import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { policySectionSchema, type Language } from '../model/entities';
import { emptyProject } from '../model/project-state';
import { defaultPolicySections, ensurePolicyCommand } from './default-policy';
import { parsePolicyBody } from './policy-body';

const ids = () => {
  let n = 0;
  return () => `s${++n}`;
};

describe('defaultPolicySections', () => {
  it.each<Language>(['zh-CN', 'en'])('gives the chapters of a company policy in order, each a valid row with articles (%s)', (language) => {
    const sections = defaultPolicySections(language, ids());
    expect(sections.map((s) => s.chapter)).toEqual([
      'general', 'responsibilities', 'framework', 'procedure', 'escalation', 'communication', 'confidentiality', 'supervision', 'training', 'evaluation', 'supplementary', 'annex',
    ]);
    expect(sections.map((s) => s.order)).toEqual(sections.map((_, i) => i));
    for (const s of sections) {
      expect(policySectionSchema.safeParse(s).success, s.chapter).toBe(true);
      expect(parsePolicyBody(s.body).length, s.chapter).toBeGreaterThan(0);
      // No list of one item: a lone item is an article of its own.
      for (const a of parsePolicyBody(s.body)) expect(a.items.length, `${s.chapter}: ${a.text}`).not.toBe(1);
    }
  });

  it('has the Chinese text a legal and HR office expects, with no vendor names', () => {
    const all = defaultPolicySections('zh-CN', ids()).map((s) => s.body).join('\n');
    for (const phrase of ['根据《中华人民共和国公司法》', '工作日，是指', '响应，是指', '紧急事项，是指', '主办、协办、会签、知会', '提出、受理、执行、验收、归档', '劳动合同法》第四条', '公示', '申诉', '{施行日期}起施行', '{废止条款}', '{绩效制度}', '{奖惩制度}', '{非工作时间规定}']) {
      expect(all).toContain(phrase);
    }
    expect(all).not.toMatch(/钉钉|飞书|企业微信|见附件）|自发布之日起施行/);
    const forms = parsePolicyBody(defaultPolicySections('zh-CN', ids()).at(-1)!.body).map((f) => f.text);
    expect(forms).toEqual(['跨部门工作联系单', '跨部门协调会议纪要', '跨部门协作问题升级申请单', 'RACI 职责分配变更申请单', '决议记录单']);
  });

  it('gives the forms numbers, urgency, acceptance, result and signature fields', () => {
    const [request] = parsePolicyBody(defaultPolicySections('zh-CN', ids()).at(-1)!.body);
    const fields = request!.items.join('\n');
    for (const field of ['编号', '紧急程度', '受理', '办理结果', '验收', '签字']) expect(fields).toContain(field);
    const [en] = parsePolicyBody(defaultPolicySections('en', ids()).at(-1)!.body);
    for (const field of ['No.', 'Urgency', 'Accepted', 'Result', 'Signed off', 'signature']) expect(en!.items.join('\n')).toContain(field);
  });
});

describe('ensurePolicyCommand', () => {
  it('adds the defaults in one batch when the project has none, and nothing afterwards', () => {
    const empty = emptyProject({ name: 'P', language: 'zh-CN', organisation: '' });
    const command = ensurePolicyCommand(empty, 'zh-CN', ids());
    const { state, inverse } = execute(empty, command!);
    expect(Object.values(state.tables.policySections).map((s) => s.title)).toContain('争议协调');
    expect(Object.keys(state.tables.policySections)).toHaveLength(12);
    expect(inverse).toHaveLength(12);
    expect(ensurePolicyCommand(state, 'zh-CN', ids())).toBeNull();
  });
});
