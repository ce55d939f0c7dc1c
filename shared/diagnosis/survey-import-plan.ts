import type { CommandInput } from '../commands/command-schema';
import { sortedByOrder, type ProjectState } from '../model/project-state';
import { problem, type ImportProblem } from './import-problems';
import { nameLookup, normaliseName } from './name-matching';
import { textDigest } from './text-digest';

/** An answer cell as read from a form: a number, text, or nothing (not answered). */
export interface FormAnswer {
  readonly questionId: string;
  /** Where it is, e.g. "D12", for messages. */
  readonly cell: string;
  readonly raw: string | number | null;
}

/** One respondent's form as a reader found it, before anything is checked against the project. */
export interface FilledForm {
  /** The file, and the row for a sheet of many respondents: "王磊.xlsx", "汇总.xlsx · 7". */
  readonly source: string;
  readonly department: string;
  readonly departmentCell: string;
  readonly position: string;
  readonly respondent: string;
  readonly answers: readonly FormAnswer[];
}

export interface SurveyImportPlan {
  /** Empty when the forms can be imported; otherwise nothing is. */
  readonly problems: readonly ImportProblem[];
  readonly command: CommandInput | null;
  readonly responses: number;
}

export interface PlanOptions {
  readonly newId: (prefix: string) => string;
  readonly now: string;
  readonly label: string;
}

/** A Likert answer as typed: 1–5 as a number or as text (full-width digits too); anything else is refused. */
export function likertValue(raw: string | number): number | null {
  const text = typeof raw === 'number' ? String(raw) : raw.normalize('NFKC').trim();
  return /^[1-5](?:\.0*)?$/.test(text) ? Number(text) : null;
}

const isBlank = (raw: FormAnswer['raw']) => raw === null || (typeof raw === 'string' && raw.trim() === '');

/**
 * Who a response is, to recognise the same respondent twice: a named respondent by department and
 * name; an anonymous one by everything the form says.
 */
function fingerprint(departmentId: string | null, form: FilledForm, values: ReadonlyArray<[string, number]>): string {
  const name = normaliseName(form.respondent);
  if (name) return textDigest(`named\u0000${departmentId ?? ''}\u0000${name}`);
  const answers = [...values].sort(([a], [b]) => a.localeCompare(b)).map(([q, v]) => `${q}=${v}`);
  return textDigest(`anonymous\u0000${departmentId ?? ''}\u0000${normaliseName(form.position)}\u0000${answers.join(',')}`);
}

function who(form: FilledForm): string {
  return form.respondent.trim() || [form.department, form.position].filter((s) => s.trim()).join(' · ');
}

/**
 * Checks filled forms against the project — departments by name, answers 1–5, questions still in
 * the questionnaire, nobody twice (in these forms or among the responses already imported) — and
 * gives one undoable change adding them all, or the problems and no change at all.
 */
export function planSurveyImport(state: ProjectState, forms: readonly FilledForm[], options: PlanOptions): SurveyImportPlan {
  const problems: ImportProblem[] = [];
  const department = nameLookup(sortedByOrder(Object.values(state.tables.departments)));
  const known = sortedByOrder(Object.values(state.tables.departments)).map((d) => d.name).join(', ');
  const seen = new Map<string, string>();
  for (const r of Object.values(state.tables.surveyResponses)) if (r.fingerprint) seen.set(r.fingerprint, r.source);
  const commands: CommandInput[] = [];

  for (const form of forms) {
    const before = problems.length;
    let departmentId: string | null = null;
    if (form.department.trim()) {
      const found = department(form.department);
      if (found) departmentId = found.id;
      else problems.push(problem('survey.unknown-department', { source: form.source, cell: form.departmentCell, department: form.department.trim(), known }));
    }
    const values: Array<[string, number]> = [];
    for (const a of form.answers) {
      if (isBlank(a.raw)) continue;
      const value = likertValue(a.raw!);
      if (value === null) problems.push(problem('survey.out-of-range', { source: form.source, cell: a.cell, value: String(a.raw).trim().slice(0, 40) }));
      else if (!state.tables.surveyQuestions[a.questionId]) problems.push(problem('survey.unknown-question', { source: form.source, cell: a.cell }));
      else values.push([a.questionId, value]);
    }
    if (problems.length === before && values.length === 0) problems.push(problem('survey.empty', { source: form.source }));
    if (problems.length > before) continue;

    const print = fingerprint(departmentId, form, values);
    const earlier = seen.get(print);
    if (earlier !== undefined) {
      problems.push(problem('survey.duplicate', { source: form.source, respondent: who(form), first: earlier }));
      continue;
    }
    seen.set(print, form.source);
    const responseId = options.newId('sr-');
    commands.push({
      type: 'add',
      table: 'surveyResponses',
      row: { id: responseId, departmentId, position: form.position.trim().slice(0, 100), respondent: form.respondent.trim().slice(0, 100), source: form.source.slice(0, 300), importedAt: options.now, fingerprint: print },
    });
    for (const [questionId, value] of values) commands.push({ type: 'add', table: 'surveyAnswers', row: { id: options.newId('sa-'), responseId, questionId, value } });
  }

  if (problems.length > 0) return { problems, command: null, responses: 0 };
  const responses = commands.filter((c) => c.type === 'add' && c.table === 'surveyResponses').length;
  return { problems, command: responses > 0 ? { type: 'batch', label: options.label, commands } : null, responses };
}
