import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { POLICY_CHAPTERS, policySectionSchema, type Language } from '../model/entities';
import { emptyProject } from '../model/project-state';
import { defaultPolicySections, ensurePolicyCommand } from './default-policy';
import { parsePolicyBody } from './policy-body';

const ids = () => {
  let n = 0;
  return () => `s${++n}`;
};

describe('defaultPolicySections', () => {
  it.each<Language>(['zh-CN', 'en'])('gives the nine chapters in order, each a valid row with articles (%s)', (language) => {
    const sections = defaultPolicySections(language, ids());
    expect(sections.map((s) => s.chapter)).toEqual([...POLICY_CHAPTERS]);
    expect(sections.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(sections.map((s) => s.id)).size).toBe(9);
    for (const s of sections) {
      expect(policySectionSchema.safeParse(s).success, s.chapter).toBe(true);
      expect(parsePolicyBody(s.body).length, s.chapter).toBeGreaterThan(0);
    }
  });

  it('draws the Chinese text from the source document', () => {
    const byChapter = Object.fromEntries(defaultPolicySections('zh-CN', ids()).map((s) => [s.chapter, s]));
    expect(byChapter.general!.title).toBe('总则');
    expect(byChapter.general!.body).toContain('目标统一、责任清晰、沟通顺畅、执行高效');
    for (const letter of ['R（Responsible）', 'A（Accountable）', 'C（Consulted）', 'I（Informed）']) expect(byChapter.general!.body).toContain(letter);
    expect(byChapter.principles!.body).toMatch(/^目标统一/m);
    expect(byChapter.escalation!.body).toContain('分管副总');
    expect(byChapter.communication!.body).toContain('24 小时');
    expect(byChapter.communication!.body).toContain('周');
    expect(byChapter.evaluation!.body).toMatch(/奖励[\s\S]*通报批评/);
    expect(byChapter.supplementary!.body).toContain('负责解释');
    expect(byChapter.supplementary!.body).toContain('施行');
    const forms = parsePolicyBody(byChapter.annex!.body).map((f) => f.text);
    expect(forms).toEqual(['跨部门协作需求申请表', '跨部门协调会议纪要', '跨部门协作问题升级申请单']);
  });

  it('has English titles for every chapter', () => {
    expect(defaultPolicySections('en', ids()).map((s) => s.title)).toEqual([
      'General Provisions',
      'Collaboration Principles',
      'Process Framework',
      'Roles and Responsibilities',
      'Conflict Resolution and Escalation',
      'Communication',
      'Evaluation, Rewards and Penalties',
      'Supplementary Provisions',
      'Annexes',
    ]);
  });
});

describe('ensurePolicyCommand', () => {
  it('adds the defaults in one batch when the project has none, and nothing afterwards', () => {
    const empty = emptyProject({ name: 'P', language: 'zh-CN', organisation: '' });
    const command = ensurePolicyCommand(empty, 'zh-CN', ids());
    expect(command).not.toBeNull();
    const { state, inverse } = execute(empty, command!);
    expect(Object.values(state.tables.policySections).map((s) => s.title)).toContain('冲突处理与升级机制');
    expect(Object.keys(state.tables.policySections)).toHaveLength(9);
    expect(inverse).toHaveLength(9);
    expect(ensurePolicyCommand(state, 'zh-CN', ids())).toBeNull();
  });
});
