import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands/command-schema';
import { execute } from '../../shared/commands/execute';
import { emptyProject } from '../../shared/model/project-state';
import { TABLE_NAMES } from '../../shared/model/table-registry';
import { snapshotProcess } from '../../shared/process/process-snapshot';
import { ProjectFile, readProjectFile } from './project-file';
import { ProjectSession } from './project-session';

/** A row in every table of the registry (the diagnosis's among them), with nullable, JSON-free and unicode fields. */
const ROWS: CommandInput[] = [
  { type: 'add', table: 'departments', row: { id: 'd1', name: '研发部' } },
  { type: 'add', table: 'processes', row: { id: 'p1', name: '新产品上线' } },
  { type: 'add', table: 'lanes', row: { id: 'l1', processId: 'p1', departmentId: 'd1' } },
  { type: 'add', table: 'phases', row: { id: 'ph1', processId: 'p1', name: '需求阶段' } },
  { type: 'add', table: 'positions', row: { id: 'pos1', departmentId: 'd1', name: '研发经理' } },
  { type: 'add', table: 'steps', row: { id: 's1', processId: 'p1', laneId: 'l1', name: '需求评审' } },
  { type: 'add', table: 'steps', row: { id: 's2', processId: 'p1', laneId: 'l1', name: '研发执行' } },
  { type: 'add', table: 'flows', row: { id: 'f1', processId: 'p1', fromStepId: 's1', toStepId: 's2' } },
  { type: 'add', table: 'annotations', row: { id: 'an1', processId: 'p1', x: 420.5, y: 60, width: 220, height: 96, text: '待确认：\n评审是否需要法务参加？' } },
  { type: 'add', table: 'decisions', row: { id: 'dc1', processId: 'p1', stepId: 's1', findingKey: 'k', ruleId: 'r', kind: 'resolved', accountableName: '研发经理', decidedBy: '分管副总', decidedAt: '2026-03-01', reason: '理由' } },
  { type: 'add', table: 'policySections', row: { id: 'po1', chapter: 'general', title: '总则', body: '正文' } },
  { type: 'add', table: 'reviewNotes', row: { id: 'rn1', processId: 'p1', stepId: 's1', stepLabel: 'N01 需求评审', partyLabel: '研发部', source: 'comment', author: '客户', writtenAt: '2026-03-04T08:00:00Z', text: '谁来审批？', fileName: '返回.xlsx', importedAt: '2026-03-05T08:00:00Z' } },
  { type: 'add', table: 'scopeProcesses', row: { id: 'sp1', processId: 'p1' } },
  { type: 'add', table: 'scopeDepartments', row: { id: 'sd1', departmentId: 'd1' } },
  { type: 'add', table: 'interviewees', row: { id: 'iv1', name: '王磊', position: '产品部经理', departmentId: 'd1', plannedDate: '2026-03-02', status: 'done' } },
  { type: 'add', table: 'interviews', row: { id: 'in1', intervieweeId: 'iv1', date: '2026-03-02', title: '第一次访谈', notes: '需求变更没有统一流程。\n研发返工。' } },
  { type: 'add', table: 'interviewDepartments', row: { id: 'idp1', interviewId: 'in1', departmentId: 'd1' } },
  { type: 'add', table: 'interviewProcesses', row: { id: 'ipr1', interviewId: 'in1', processId: 'p1' } },
  { type: 'add', table: 'interviewQuotes', row: { id: 'q1', interviewId: 'in1', text: '“改了三次都没人通知研发。”' } },
  { type: 'add', table: 'surveyDimensions', row: { id: 'dim1', nameZh: '流程清晰度', nameEn: 'Process clarity' } },
  { type: 'add', table: 'surveyQuestions', row: { id: 'qu1', dimensionId: 'dim1', textZh: '流程清楚。', textEn: 'The process is clear.' } },
  { type: 'add', table: 'surveyResponses', row: { id: 'r1', departmentId: 'd1', position: '工程师', respondent: 'R-01', source: 'a.xlsx', importedAt: '2026-03-03T08:00:00Z', fingerprint: 'abc' } },
  { type: 'add', table: 'surveyAnswers', row: { id: 'a1', responseId: 'r1', questionId: 'qu1', value: 4 } },
  { type: 'add', table: 'historyRecords', row: { id: 'h1', processId: 'p1', departmentId: null, periodFrom: '2025-01-01', periodTo: '2025-12-31', projects: 12, delayedProjects: 3, complaints: 8, reworks: 5, note: '财务口径' } },
  { type: 'add', table: 'problems', row: { id: 'pb1', title: '需求变更无统一流程导致研发返工', source: 'interview', evidence: '原话', interviewId: 'in1', impact: 5, urgency: 4, measure: '返工率 < 10%', addressedByStepId: 's2', addressedByDecisionId: 'dc1', addressedNote: '新增变更单', createdAt: '2026-03-02T10:00:00Z' } },
  { type: 'add', table: 'problemProcesses', row: { id: 'pp1', problemId: 'pb1', processId: 'p1' } },
  { type: 'add', table: 'problemSteps', row: { id: 'ps1', problemId: 'pb1', stepId: 's1' } },
  { type: 'add', table: 'problemDepartments', row: { id: 'pd1', problemId: 'pb1', departmentId: 'd1' } },
];
const DIAGNOSIS: CommandInput[] = [
  ...ROWS,
  {
    type: 'add',
    table: 'processVersions',
    row: { id: 'pv1', processId: 'p1', label: '现状', savedAt: '2026-03-01T08:00:00Z', snapshot: snapshotProcess(execute(emptyProject({ name: '诊断', language: 'zh-CN', organisation: '' }), { type: 'batch', commands: ROWS }).state, 'p1') },
  },
];

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-diagnosis-file-'));
  path = join(dir, 'diagnosis.lanewise');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function reopened() {
  const file = ProjectFile.open(path);
  try {
    return file.load();
  } finally {
    file.close();
  }
}

describe('the diagnosis in the project file', () => {
  it('covers every table of the registry in this fixture', () => {
    const tables = new Set(DIAGNOSIS.flatMap((c) => (c.type === 'add' ? [c.table] : [])));
    expect(TABLE_NAMES.filter((t) => !tables.has(t))).toEqual([]);
  });

  it('reopens to the same rows and settings', () => {
    const session = ProjectSession.create(path, { name: '诊断', language: 'zh-CN', organisation: '' });
    session.execute({ type: 'batch', commands: DIAGNOSIS });
    session.execute({ type: 'setMeta', patch: { diagnosis: { ...session.state.meta.diagnosis, impactWeight: 1.5, periodFrom: '2025-01-01', recommendations: '先统一变更流程。' } } });
    const state = session.state;
    session.close();
    expect(reopened()).toEqual(state);
  });

  it('keeps plain columns that other tools can read', () => {
    const session = ProjectSession.create(path, { name: '诊断', language: 'zh-CN', organisation: '' });
    session.execute({ type: 'batch', commands: DIAGNOSIS });
    session.close();
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT title, impact, urgency, addressed_by_step_id FROM problems').get()).toEqual({ title: '需求变更无统一流程导致研发返工', impact: 5, urgency: 4, addressed_by_step_id: 's2' });
      expect(db.prepare('SELECT value FROM survey_answers').pluck().all()).toEqual([4]);
    } finally {
      db.close();
    }
  });

  it('clears or deletes what pointed at a deleted step, and undo brings it all back', () => {
    const session = ProjectSession.create(path, { name: '诊断', language: 'zh-CN', organisation: '' });
    session.execute({ type: 'batch', commands: DIAGNOSIS });
    const before = session.state;
    session.execute({ type: 'delete', table: 'steps', id: 's2' });
    session.execute({ type: 'delete', table: 'steps', id: 's1' });
    // Read beside the open session, as the CLI does.
    const after = readProjectFile(path).state;
    expect(after.tables.problems.pb1!.addressedByStepId).toBeNull();
    expect(Object.keys(after.tables.problemSteps)).toEqual([]);
    session.undo();
    session.undo();
    session.close();
    expect(reopened()).toEqual(before);
  });
});
