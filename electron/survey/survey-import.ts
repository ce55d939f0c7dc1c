import { MAX_LISTED_PROBLEMS, problem, type ImportProblem } from '../../shared/diagnosis/import-problems';
import { questionnaire } from '../../shared/diagnosis/questionnaire';
import { planSurveyImport, type FilledForm, type PlanOptions, type SurveyImportPlan } from '../../shared/diagnosis/survey-import-plan';
import type { ProjectState } from '../../shared/model/project-state';
import { formsInWorkbook } from './survey-form-reader';
import { readUploadedWorkbook, type UploadedWorkbook } from './uploaded-workbook';

/** Forms in one import: each is one change's worth of rows, and one undo step. */
export const MAX_FILES = 1000;
export const MAX_RESPONSES = 3000;

/**
 * Reads filled questionnaires — one workbook per respondent, or sheets with a row per respondent,
 * or both — and plans their import. Any problem in any file refuses the whole import, so a
 * half-imported survey never skews the results; the problems name the file and the cell.
 */
export async function planSurveyFiles(state: ProjectState, files: readonly UploadedWorkbook[], options: PlanOptions): Promise<SurveyImportPlan> {
  if (files.length > MAX_FILES) return refused([problem('survey.too-many', { count: String(files.length), limit: String(MAX_FILES) })]);
  const questions = Object.values(state.tables.surveyQuestions);
  const codes = new Map(questionnaire(state, state.meta.language).flatMap((d) => d.questions.map((q) => [q.question.id, q.code] as const)));
  const problems: ImportProblem[] = [];
  const forms: FilledForm[] = [];
  for (const file of files) {
    const read = await readUploadedWorkbook(file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const found = formsInWorkbook(read.sheets, file.name, questions, codes);
    if (!found.recognised) problems.push(problem('survey.wrong-form', { file: file.name }));
    else if (found.forms.length === 0) problems.push(problem('survey.empty', { source: file.name }));
    forms.push(...found.forms);
    if (forms.length > MAX_RESPONSES) return refused([problem('survey.too-many', { count: `>${MAX_RESPONSES}`, limit: String(MAX_RESPONSES) })]);
  }
  if (problems.length > 0) return refused(problems);
  return planSurveyImport(state, forms, options);
}

function refused(problems: readonly ImportProblem[]): SurveyImportPlan {
  return { problems, command: null, responses: 0 };
}

/** The problems as a list short enough to read, the rest counted. */
export function listedProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return [...problems];
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), problem('survey.more', { count: String(problems.length - MAX_LISTED_PROBLEMS) })];
}
