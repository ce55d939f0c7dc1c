import { describe, expect, it } from 'vitest';
import { execute } from '../commands/execute';
import { counterIds, diagnosisTestProject } from './diagnosis-test-project';
import { buildStatusReport, type ReportBlock } from './report-document';
import { planSurveyImport } from './survey-import-plan';
import { saveVersionCommand } from '../versions/process-versions';

function diagnosed(language: 'zh-CN' | 'en' = 'zh-CN') {
  let state = diagnosisTestProject(language);
  const run = (c: Parameters<typeof execute>[1]) => (state = execute(state, c).state);
  run({
    type: 'batch',
    commands: [
      { type: 'add', table: 'scopeProcesses', row: { id: 'sp', processId: 'launch' } },
      { type: 'add', table: 'scopeDepartments', row: { id: 'sd', departmentId: 'rd' } },
      { type: 'add', table: 'interviewees', row: { id: 'p1', name: '王磊', position: '产品部经理', departmentId: 'rd', status: 'done' } },
      { type: 'add', table: 'problems', row: { id: 'x', title: '信息传递滞后', impact: 3, urgency: 3 } },
      { type: 'add', table: 'problems', row: { id: 'y', title: '需求变更无统一流程导致研发返工', impact: 5, urgency: 5, measure: '返工率降至 10%' } },
      { type: 'add', table: 'problemSteps', row: { id: 'ps', problemId: 'y', stepId: 's2' } },
      { type: 'add', table: 'historyRecords', row: { id: 'h', processId: 'launch', projects: 8, delayedProjects: 2, complaints: 5, reworks: 4 } },
    ],
  });
  const q = Object.keys(state.tables.surveyQuestions);
  run(planSurveyImport(state, [{ source: 'a', department: language === 'zh-CN' ? '研发部' : 'R&D', departmentCell: 'D4', position: '', respondent: '', answers: q.map((questionId, i) => ({ questionId, cell: `D${i}`, raw: 4 })) }], { newId: counterIds(), now: '', label: '' }).command!);
  return state;
}

const blocks = (doc: ReturnType<typeof buildStatusReport>, chapter: number) => doc.chapters[chapter]!.blocks;
const ofKind = <K extends ReportBlock['kind']>(list: readonly ReportBlock[], kind: K) => list.filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === kind);

describe('status report', () => {
  it('has the seven chapters of the method’s report, in the project’s language', () => {
    expect(buildStatusReport(diagnosed()).chapters.map((c) => c.title)).toEqual(['调研范围与方法', '现有流程清单', '问卷调查结果', '历史数据分析', '核心问题清单', '改进优先级排序', '改进建议']);
    expect(buildStatusReport(diagnosed('en')).chapters[0]!.title).toBe('Scope and method');
  });

  it('shows the processes in scope with their swimlanes, numbered figures and tables', () => {
    const doc = buildStatusReport(diagnosed());
    expect(ofKind(blocks(doc, 1), 'diagram')).toEqual([{ kind: 'diagram', processId: 'launch', caption: '图1 新产品上线泳道图（现状）' }]);
    expect(ofKind(blocks(doc, 0), 'table')[0]!.table.rows).toEqual([['1', '王磊', '产品部经理', '研发部', '', '已完成']]);
    expect(ofKind(blocks(doc, 0), 'paragraph')[0]!.text).toBe('本次调研覆盖 1 个协作场景（新产品上线），涉及 1 个部门（研发部）。');
  });

  it('charts the questionnaire per dimension and department and the history per process', () => {
    const doc = buildStatusReport(diagnosed());
    const survey = ofKind(blocks(doc, 2), 'chart');
    expect(survey.map((c) => c.caption)).toEqual(['图2 各部门各维度平均分']);
    expect(survey[0]!.svg).toContain('研发部');
    expect(ofKind(blocks(doc, 2), 'table')[0]!.table.rows[0]).toEqual(['流程清晰度', '4.00（n=1）', '4.00（n=1）']);
    expect(ofKind(blocks(doc, 3), 'chart').map((c) => c.caption)).toEqual(['图3 各流程项目延期率与返工率', '图4 各流程协作投诉次数']);
    expect(ofKind(blocks(doc, 3), 'table')[0]!.table.rows[0]).toEqual(['新产品上线', '（全流程）', '', '8', '2', '25.0%', '5', '4', '50.0%']);
  });

  it('lists the problems by priority and ranks them by the rule', () => {
    const doc = buildStatusReport(diagnosed());
    expect(ofKind(blocks(doc, 4), 'heading').map((h) => h.text)).toEqual(['（一）需求变更无统一流程导致研发返工', '（二）信息传递滞后']);
    expect(ofKind(blocks(doc, 4), 'paragraph').map((p) => p.text)).toContain('涉及节点：新产品上线 · N02 需求评审');
    const ranking = ofKind(blocks(doc, 5), 'table')[0]!;
    expect(ranking.table.rows.map((r) => r.slice(0, 6))).toEqual([
      ['1', '需求变更无统一流程导致研发返工', '5', '5', '5', '高'],
      ['2', '信息传递滞后', '3', '3', '3', '中'],
    ]);
    // Without the consultant's own recommendations, the open problems of high priority come first.
    expect(blocks(doc, 6)).toEqual([{ kind: 'paragraph', text: '建议优先解决以下问题：需求变更无统一流程导致研发返工。' }]);
  });

  it('uses the consultant’s scope note and recommendations where written', () => {
    let state = diagnosed();
    state = execute(state, { type: 'setMeta', patch: { diagnosis: { ...state.meta.diagnosis, scopeNote: '范围说明。', recommendations: '第一条建议。\n\n第二条建议。' } } }).state;
    const doc = buildStatusReport(state);
    expect(blocks(doc, 0)[0]).toEqual({ kind: 'paragraph', text: '范围说明。' });
    expect(blocks(doc, 6)).toEqual([
      { kind: 'paragraph', text: '第一条建议。' },
      { kind: 'paragraph', text: '第二条建议。' },
    ]);
  });
});

describe('status report of a redesign', () => {
  it('compares the saved as-is with the working process, with the problems the redesign answers, before the recommendations', () => {
    let state = diagnosed();
    const run = (c: Parameters<typeof execute>[1]) => (state = execute(state, c).state);
    run(saveVersionCommand(state, 'launch', '现状', 'v1', new Date('2026-11-20T09:00:00Z')));
    run({ type: 'update', table: 'problems', id: 'y', patch: { status: 'addressed', addressedByStepId: 's2', addressedNote: '变更统一走变更评审' } });
    run({ type: 'delete', table: 'steps', id: 's2' });
    const doc = buildStatusReport(state);
    expect(doc.chapters.map((c) => c.title)).toEqual(['调研范围与方法', '现有流程清单', '问卷调查结果', '历史数据分析', '核心问题清单', '改进优先级排序', '优化前后对比', '改进建议']);
    const comparison = blocks(doc, 6);
    expect(comparison[0]).toEqual({ kind: 'heading', text: '（一）优化前后对比：新产品上线（现状 → 当前版本）' });
    const captions = ofKind(comparison, 'table').map((t) => t.caption);
    const ranking = Number(/^表(\d+)/.exec(ofKind(blocks(doc, 5), 'table')[0]!.caption)![1]);
    expect(captions).toEqual([`表${ranking + 1} 新产品上线优化前后的指标变化`, `表${ranking + 2} 新产品上线优化前后的流程变化`, `表${ranking + 3} 新产品上线优化后解决的问题`]);
    expect(ofKind(comparison, 'table')[2]!.table.rows).toEqual([['需求变更无统一流程导致研发返工', '删除步骤 N02 需求评审', '变更统一走变更评审']]);
  });
});
