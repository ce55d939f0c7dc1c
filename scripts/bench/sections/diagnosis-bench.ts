import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProjectSession } from '../../../electron/project/project-session';
import { FORM, TALLY } from '../../../electron/survey/survey-form-layout';
import { surveyWorkbookBytes } from '../../../electron/survey/survey-form-workbook';
import { planSurveyFiles } from '../../../electron/survey/survey-import';
import type { UploadedWorkbook } from '../../../electron/survey/uploaded-workbook';
import { zipEntries } from '../../../electron/word/zip-entries';
import type { CommandInput } from '../../../shared/commands/command-schema';
import { execute } from '../../../shared/commands/execute';
import { questionnaire } from '../../../shared/diagnosis/questionnaire';
import { standardQuestionnaireCommands } from '../../../shared/diagnosis/standard-questionnaire';
import { sortedByOrder, type ProjectState } from '../../../shared/model/project-state';
import type { BenchRow, BenchSection } from '../bench-types';
import { exportAsTheAppDoes } from '../export-job';
import { median } from '../stats';
import { buildSyntheticProject, SYNTHETIC_META, syntheticBatches } from '../synthetic-project';

const RESPONDENTS = 500;
const PROCESSES = 20;
const TYPICAL_STEPS = 25;
const RUNS = 3;
const ids = (() => {
  let n = 0;
  return (prefix: string) => `${prefix}${++n}`;
})();

/** Answer k of respondent r: spread over the scale so every department and question gets a mix. */
const answer = (r: number, k: number) => ((r * 7 + k * 3) % 5) + 1;

async function loaded(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** 500 forms, one workbook per respondent, filled in as the exported form is filled. */
async function respondentForms(state: ProjectState, template: Buffer): Promise<UploadedWorkbook[]> {
  const departments = sortedByOrder(Object.values(state.tables.departments));
  const count = questionnaire(state, state.meta.language).reduce((n, d) => n + d.questions.length, 0);
  const workbook = await loaded(template);
  const sheet = workbook.worksheets[0]!;
  const answerRows: number[] = [];
  sheet.eachRow((row, n) => {
    if (n >= FORM.firstQuestionRow && String(row.getCell(FORM.idColumn).value ?? '').startsWith('q:')) answerRows.push(n);
  });
  if (answerRows.length !== count) throw new Error(`the form has ${answerRows.length} statements, expected ${count}`);
  const files: UploadedWorkbook[] = [];
  for (let r = 0; r < RESPONDENTS; r++) {
    sheet.getCell(FORM.departmentCell).value = departments[r % departments.length]!.name;
    sheet.getCell(FORM.positionCell).value = `Position ${r % 7}`;
    sheet.getCell(FORM.respondentCell).value = `R-${r}`;
    answerRows.forEach((row, k) => (sheet.getCell(`${FORM.answerColumn}${row}`).value = answer(r, k)));
    files.push({ name: `respondent-${r}.xlsx`, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) });
  }
  return files;
}

/** The same 500 respondents as rows of the consultant's sheet in one workbook. */
async function tallyWorkbook(state: ProjectState, template: Buffer): Promise<UploadedWorkbook> {
  const departments = sortedByOrder(Object.values(state.tables.departments));
  const workbook = await loaded(template);
  const sheet = workbook.worksheets[1]!;
  const questions = (sheet.getRow(TALLY.keyRow).values as unknown[]).filter((v) => String(v).startsWith('q:')).length;
  for (let r = 0; r < RESPONDENTS; r++) {
    const row = sheet.getRow(TALLY.firstRow + r);
    row.getCell(1).value = departments[r % departments.length]!.name;
    row.getCell(2).value = `Position ${r % 7}`;
    row.getCell(3).value = `R-${r}`;
    for (let k = 0; k < questions; k++) row.getCell(4 + k).value = answer(r, k);
  }
  return { name: 'tally.xlsx', bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

interface Timing {
  /** Wall-clock milliseconds, median of the runs. */
  readonly wall: number;
  /** CPU milliseconds of the whole process (worker threads included), median: less swayed by other work on the machine. */
  readonly cpu: number;
}

async function timing(runs: number, run: () => unknown): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    await run();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Read, check and store the responses as one change in a project file, as the app does; undone after, so each run starts alike. */
function importTiming(session: ProjectSession, files: readonly UploadedWorkbook[]): Promise<Timing> {
  return timing(RUNS, async () => {
    const plan = await planSurveyFiles(session.state, files, { newId: ids, now: new Date().toISOString(), label: 'Import questionnaires' });
    if (plan.problems.length > 0 || plan.responses !== RESPONDENTS) throw new Error(`import refused: ${JSON.stringify(plan.problems.slice(0, 3))}`);
    session.execute(plan.command!);
    session.undo();
  });
}

/** A project of 20 processes with a complete diagnosis: scope, 500 responses, history per process, 30 problems on steps. */
function diagnosedProject(stepsPerProcess: number, shape: Parameters<BenchSection['run']>[0]['shape']): ProjectState {
  let state = buildSyntheticProject({ ...shape, processes: PROCESSES, stepsPerProcess });
  state = execute(state, standardQuestionnaireCommands(state.tables.surveyDimensions, ids, 'q')).state;
  const processes = sortedByOrder(Object.values(state.tables.processes));
  const departments = sortedByOrder(Object.values(state.tables.departments));
  const questions = Object.values(state.tables.surveyQuestions);
  const steps = Object.values(state.tables.steps);
  const commands: CommandInput[] = [];
  for (const p of processes) {
    commands.push({ type: 'add', table: 'scopeProcesses', row: { id: ids('sp'), processId: p.id } });
    commands.push({ type: 'add', table: 'historyRecords', row: { id: ids('h'), processId: p.id, projects: 20 + (p.order % 7), delayedProjects: p.order % 9, complaints: (p.order * 3) % 11, reworks: p.order % 6 } });
  }
  for (let r = 0; r < RESPONDENTS; r++) {
    const responseId = ids('r');
    commands.push({ type: 'add', table: 'surveyResponses', row: { id: responseId, departmentId: departments[r % departments.length]!.id } });
    questions.forEach((q, k) => commands.push({ type: 'add', table: 'surveyAnswers', row: { id: ids('a'), responseId, questionId: q.id, value: answer(r, k) } }));
  }
  for (let k = 0; k < 30; k++) {
    const problemId = ids('pb');
    commands.push({ type: 'add', table: 'problems', row: { id: problemId, title: `Problem ${k + 1} of the collaboration`, impact: (k % 5) + 1, urgency: ((k * 3) % 5) + 1, evidence: 'Quoted from an interview', measure: 'Rework rate below 10%' } });
    commands.push({ type: 'add', table: 'problemSteps', row: { id: ids('ps'), problemId, stepId: steps[(k * 37) % steps.length]!.id } });
  }
  return execute(state, { type: 'batch', commands }).state;
}

async function reportTiming(state: ProjectState, runs: number): Promise<Timing & { pictures: number }> {
  let bytes: Buffer = Buffer.alloc(0);
  const time = await timing(runs, async () => {
    bytes = await exportAsTheAppDoes({ type: 'diagnosisExport', state, kind: 'report-docx' });
  });
  // A report without its pictures would be fast for the wrong reason: 20 diagrams (some in parts) and 3 charts.
  const pictures = [...zipEntries(bytes).keys()].filter((n) => n.startsWith('word/media/')).length;
  if (pictures < PROCESSES + 3) throw new Error(`the status report has ${pictures} pictures, expected at least ${PROCESSES + 3}`);
  return { ...time, pictures };
}

const seconds = (t: Timing) => t.wall / 1000;
const cpuRow = (t: Timing): BenchRow => ({ metric: '  of which CPU time (all threads)', value: t.cpu / 1000, unit: 's' });

/**
 * The diagnosis: importing 500 filled questionnaires (one workbook each, and one sheet of 500 rows)
 * into a project file as one change, and the status report of 20 processes with its pictures.
 */
export const diagnosisBench: BenchSection = {
  name: 'diagnosis',
  async run(ctx) {
    const path = join(ctx.dir, 'diagnosis.lanewise');
    const session = ProjectSession.create(path, SYNTHETIC_META);
    for (const batch of syntheticBatches({ ...ctx.shape, processes: PROCESSES, stepsPerProcess: TYPICAL_STEPS })) session.execute(batch);
    session.execute(standardQuestionnaireCommands(session.state.tables.surveyDimensions, ids, 'q'));
    const rows: BenchRow[] = [];
    try {
      const template = await surveyWorkbookBytes(session.state);
      const forms = await respondentForms(session.state, template);
      const tally = await tallyWorkbook(session.state, template);
      ctx.sampleMemory();
      const each = await importTiming(session, forms);
      rows.push({ metric: `import ${RESPONDENTS} questionnaires, one workbook each, into the file (median of ${RUNS})`, value: seconds(each), unit: 's', target: 2 }, cpuRow(each));
      const sheet = await importTiming(session, [tally]);
      rows.push({ metric: `import ${RESPONDENTS} questionnaires, one sheet of ${RESPONDENTS} rows (median of ${RUNS})`, value: seconds(sheet), unit: 's', target: 2 }, cpuRow(sheet));
      ctx.sampleMemory();
    } finally {
      session.close();
    }
    const typical = await reportTiming(diagnosedProject(TYPICAL_STEPS, ctx.shape), RUNS);
    ctx.sampleMemory();
    rows.push(
      { metric: `status report .docx, ${PROCESSES} processes × ${TYPICAL_STEPS} steps, ${RESPONDENTS} responses, diagrams and charts drawn (median of ${RUNS})`, value: seconds(typical), unit: 's', target: 5 },
      cpuRow(typical),
      { metric: '  its pictures', value: typical.pictures, unit: 'count' },
    );
    const large = await reportTiming(diagnosedProject(ctx.shape.stepsPerProcess, ctx.shape), 1);
    ctx.sampleMemory();
    rows.push({ metric: `status report .docx, ${PROCESSES} processes × ${ctx.shape.stepsPerProcess} steps, diagrams and charts drawn`, value: seconds(large), unit: 's' }, cpuRow(large));
    return rows;
  },
};
