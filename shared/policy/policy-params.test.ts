import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { applyOps } from '../commands/ops';
import { projectMetaSchema } from '../model/entities';
import { durationText, leadDepartmentId, policyFacts } from './policy-facts';
import { policyLabels } from './policy-labels';
import { DEFAULT_POLICY_PARAMS } from './policy-params';
import { fillTokens } from './policy-tokens';
import { policyTestProject } from './policy-test-project';

const day = new Date(2025, 2, 20);

describe('policy parameters', () => {
  it('loads project details written before they existed with the defaults', () => {
    const old = projectMetaSchema.parse({ name: 'P', language: 'zh-CN', organisation: '甲公司' });
    expect(old.policy).toEqual(DEFAULT_POLICY_PARAMS);
    expect(old.policy).toMatchObject({ layout: 'enterprise', stage: 'consultation', hoursPerDay: 8, urgency: { normal: 8, urgent: 4, critical: 1 } });
  });

  it('changes through setMeta and comes back on undo', () => {
    const state = policyTestProject('zh-CN');
    const run = execute(state, { type: 'setMeta', patch: { policy: { ...state.meta.policy, documentNumber: '华智〔2025〕12号', processOffice: 'qa' } } });
    expect(policyFacts(run.state, 'zh-CN', day)).toMatchObject({ documentNumber: '华智〔2025〕12号', processOffice: '质量部' });
    expect(applyOps(run.state, run.inverse).state.meta.policy).toEqual(DEFAULT_POLICY_PARAMS);
  });

  it('refuses values the document cannot use', () => {
    const state = policyTestProject('zh-CN');
    expect(() => execute(state, { type: 'setMeta', patch: { policy: { ...state.meta.policy, workdayStart: '25:00' } } })).toThrow();
    expect(() => execute(state, { type: 'setMeta', patch: { policy: { ...state.meta.policy, hoursPerDay: 0 } } })).toThrow();
  });
});

describe('policyFacts', () => {
  it('words each empty parameter by default, with a fixed effective date', () => {
    const facts = policyFacts(policyTestProject('zh-CN'), 'zh-CN', day);
    expect(facts).toMatchObject({
      company: '华东智造集团有限公司',
      title: '华东智造集团有限公司跨部门协作管理办法',
      documentNumber: '（待编号）',
      approvingBody: '总经理办公会',
      status: '征求意见稿',
      version: 'V0.1',
      issueDate: '2025年3月20日',
      effectiveDate: '2025年4月1日',
      processOffice: '公司指定的流程管理职能部门',
      countersign: ['法务部门', '人力资源部门'],
      performanceRule: '《绩效考核管理办法》',
      workingHours: '9:00至18:00',
      response: { normal: '1 个工作日', urgent: '4 小时', critical: '1 小时' },
    });
  });

  it('falls back to the default wording when a bound department is deleted, never to its id', () => {
    let state = policyTestProject('zh-CN');
    state = execute(state, { type: 'setMeta', patch: { policy: { ...state.meta.policy, processOffice: 'pr', countersign: ['pr', 'fin'], leadDepartments: { event: 'pr' } } } }).state;
    expect(policyFacts(state, 'zh-CN', day)).toMatchObject({ processOffice: '公关部', countersign: ['公关部', '财务部'] });
    expect(leadDepartmentId(state, 'event')).toBe('pr');
    state = execute(state, { type: 'delete', table: 'departments', id: 'pr' }).state;
    const facts = policyFacts(state, 'zh-CN', day);
    expect(facts.processOffice).toBe('公司指定的流程管理职能部门');
    expect(facts.countersign).toEqual(['财务部']);
    // The event's owner falls back to the department accountable for most of its steps.
    expect(leadDepartmentId(state, 'event')).toBe('mkt');
    // The stored id stays, so undoing the delete brings the binding back; nothing the document prints holds it.
    expect(facts.params.processOffice).toBe('pr');
    const { params: _stored, ...printed } = facts;
    expect(JSON.stringify(printed)).not.toContain('"pr"');
  });

  it('writes durations in working days and hours only, and a dash when there is none', () => {
    const zh = policyLabels('zh-CN');
    expect(durationText(3, 'days', 8, zh)).toBe('3 个工作日');
    expect(durationText(16, 'hours', 8, zh)).toBe('2 个工作日');
    expect(durationText(4, 'hours', 8, zh)).toBe('4 小时');
    expect(durationText(10, 'hours', 8, zh)).toBe('10 小时');
    expect(durationText(null, 'hours', 8, zh)).toBe('—');
    expect(durationText(1, 'days', 8, policyLabels('en'))).toBe('1 working day');
    expect(durationText(7.5, 'hours', 7.5, policyLabels('en'))).toBe('1 working day');
  });
});

describe('fillTokens', () => {
  const facts = policyFacts(policyTestProject('zh-CN'), 'zh-CN', day);
  const annex = (title: string) => (title === '跨部门工作联系单' ? '附件3' : undefined);
  it('fills parameters by their Chinese or English names and annexes by title', () => {
    expect(fillTokens('{公司}按{附件:跨部门工作联系单}办理，自{施行日期}起施行；{company}', facts, policyLabels('zh-CN'), annex)).toBe(
      '华东智造集团有限公司按附件3办理，自2025年4月1日起施行；华东智造集团有限公司',
    );
  });
  it('leaves names it does not know as written', () => {
    expect(fillTokens('{不认识} {附件:没有这个}', facts, policyLabels('zh-CN'), annex)).toBe('{不认识} {附件:没有这个}');
  });
});
