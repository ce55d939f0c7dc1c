import { describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { diagnosisTestProject } from '../../shared/diagnosis/diagnosis-test-project';
import { patternPng } from '../word/test-png';
import { zipEntries } from '../word/zip-entries';
import { exportStatusReport } from './status-report-docx';

// Each picture different: Word keeps one copy of identical pictures.
let shade = 0;
const png = (w: number, h: number) => {
  const c = shade++ % 250;
  return patternPng(w, h, () => [c, 220, 240]);
};

function project() {
  return execute(diagnosisTestProject(), {
    type: 'batch',
    commands: [
      { type: 'add', table: 'problems', row: { id: 'p', title: '需求变更无统一流程导致研发返工', impact: 5, urgency: 4 } },
      { type: 'add', table: 'historyRecords', row: { id: 'h', processId: 'launch', projects: 10, delayedProjects: 4, complaints: 6, reworks: 3 } },
      { type: 'add', table: 'surveyResponses', row: { id: 'r', departmentId: 'rd' } },
      { type: 'add', table: 'surveyAnswers', row: { id: 'a', responseId: 'r', questionId: 'sq-2', value: 2 } },
    ],
  }).state;
}

describe('status report in Word', () => {
  it('has the cover, the chapters and one picture per diagram part and chart', async () => {
    const charts: string[] = [];
    const bytes = await exportStatusReport(project(), {
      date: new Date(2026, 2, 9),
      drawing: {
        renderDiagram: async (id) => (id === 'launch' ? [png(1800, 600), png(1800, 600)] : []),
        renderChart: async (svg) => {
          charts.push(svg);
          return png(1000, 500);
        },
      },
    });
    const files = zipEntries(bytes);
    const xml = files.get('word/document.xml')!.toString('utf8');
    for (const text of ['跨部门协作现状调研报告', '华东制造', '2026年3月9日', '拟制', '审核', '会签', '审批机构', '一、调研范围与方法', '七、改进建议', '需求变更无统一流程导致研发返工', '图1 新产品上线泳道图（现状）（1/2）', '图2 各部门各维度平均分', '表'])
      expect(xml).toContain(text);
    // Two parts of the launch diagram and three charts (survey, rates, complaints).
    expect(charts).toHaveLength(3);
    expect([...files.keys()].filter((n) => n.startsWith('word/media/'))).toHaveLength(5);
  });

  it('names the process whose diagram could not be drawn', async () => {
    const failing = exportStatusReport(project(), { drawing: { renderDiagram: async () => Promise.reject(new Error('no font')), renderChart: async () => png(10, 10) } });
    await expect(failing).rejects.toThrow('Could not draw the swimlane diagram of "新产品上线": no font');
  });
});
