import { z } from 'zod';
import { idSchema, orderSchema, safeName, safeText } from './field-schemas';

/**
 * Rows of phase 1 of the method (现状调研与问题诊断): the research scope, interviews, the
 * questionnaire and its responses, history data and the problem register.
 */

const id = idSchema;
const order = orderSchema;

/** A calendar date as YYYY-MM-DD, or '' when not set. */
export const isoDateSchema = z.union([z.literal(''), z.iso.date()]);
/** A rating of the method's 1–5 scale (Likert answers, impact, frequency). */
export const scoreSchema = z.number().int().min(1).max(5);
const count = z.number().int().min(0).max(1_000_000);

export const INTERVIEWEE_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type IntervieweeStatus = (typeof INTERVIEWEE_STATUSES)[number];
export const PROBLEM_SOURCES = ['interview', 'questionnaire', 'data', 'workshop'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];
/** open; addressed by the redesign (a step, a RACI ruling or a version points at it); accepted as it is. */
export const PROBLEM_STATUSES = ['open', 'addressed', 'accepted'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** In the research scope; the scope lists them in the processes' and departments' own order. */
export const scopeProcessSchema = z.object({ id, processId: id });
export const scopeDepartmentSchema = z.object({ id, departmentId: id });

export const intervieweeSchema = z.object({
  id,
  name: safeName(100),
  position: safeText(100),
  /** Cleared, not deleted, with the department: the interview plan outlives a merge of departments. */
  departmentId: id.nullable(),
  plannedDate: isoDateSchema,
  status: z.enum(INTERVIEWEE_STATUSES),
  order,
});

export const interviewSchema = z.object({
  id,
  intervieweeId: id.nullable(),
  date: isoDateSchema,
  title: safeText(200),
  notes: safeText(50_000),
});
export const interviewDepartmentSchema = z.object({ id, interviewId: id, departmentId: id });
export const interviewProcessSchema = z.object({ id, interviewId: id, processId: id });
export const interviewQuoteSchema = z.object({ id, interviewId: id, text: safeName(2000), order });

/** A dimension of the questionnaire, named in both languages (the form follows the project's). */
export const surveyDimensionSchema = z.object({ id, nameZh: safeText(100), nameEn: safeText(100), order });
/** A Likert statement rated 1 (strongly disagree) to 5 (strongly agree). */
export const surveyQuestionSchema = z.object({ id, dimensionId: id, textZh: safeText(500), textEn: safeText(500), order });
export const surveyResponseSchema = z.object({
  id,
  departmentId: id.nullable(),
  position: safeText(100),
  /** Name or code of the respondent; '' for an anonymous form. */
  respondent: safeText(100),
  /** The file (and row) it came from. */
  source: safeText(300),
  importedAt: safeText(40),
  /** Digest of what the form says, so the same form imported twice is recognised. */
  fingerprint: safeText(64),
});
export const surveyAnswerSchema = z.object({ id, responseId: id, questionId: id, value: scoreSchema });

/** One year (or any stated period) of project data for a process, optionally of one department. */
export const historyRecordSchema = z.object({
  id,
  processId: id,
  departmentId: id.nullable(),
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  projects: count,
  delayedProjects: count,
  complaints: count,
  reworks: count,
  note: safeText(2000),
});

export const problemSchema = z.object({
  id,
  title: safeName(300),
  description: safeText(10_000),
  source: z.enum(PROBLEM_SOURCES),
  /** A quote, a figure, a finding: what shows the problem is real. */
  evidence: safeText(10_000),
  /** The interview the evidence comes from; the evidence text stays when the interview is deleted. */
  interviewId: id.nullable(),
  impact: scoreSchema,
  /** How often it happens or how urgent it is, 1–5. */
  urgency: scoreSchema,
  status: z.enum(PROBLEM_STATUSES),
  /** The measure that will show the improvement, e.g. "返工率 from 18 % to under 8 %". */
  measure: safeText(1000),
  /** What in the redesign addresses it: a step, a RACI ruling, or words. */
  addressedByStepId: id.nullable(),
  addressedByDecisionId: id.nullable(),
  addressedNote: safeText(2000),
  /**
   * The addressing step's id and "code name" as they were when it was chosen; unlike
   * addressedByStepId they stay when the step is deleted, so a problem solved by removing a step
   * still says which step. Filled by the command executor.
   */
  addressedStepRef: id.nullable(),
  addressedStepLabel: safeText(300),
  createdAt: safeText(40),
});
export const problemProcessSchema = z.object({ id, problemId: id, processId: id });
export const problemStepSchema = z.object({ id, problemId: id, stepId: id });
export const problemDepartmentSchema = z.object({ id, problemId: id, departmentId: id });

export type ScopeProcess = z.infer<typeof scopeProcessSchema>;
export type ScopeDepartment = z.infer<typeof scopeDepartmentSchema>;
export type Interviewee = z.infer<typeof intervieweeSchema>;
export type Interview = z.infer<typeof interviewSchema>;
export type InterviewQuote = z.infer<typeof interviewQuoteSchema>;
export type SurveyDimension = z.infer<typeof surveyDimensionSchema>;
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;
export type HistoryRecord = z.infer<typeof historyRecordSchema>;
export type Problem = z.infer<typeof problemSchema>;

/**
 * The project's settings of the diagnosis: the priority rule (weights and bands, shown to the
 * consultant and adjustable), the period of the history data, and the report's own chapters.
 */
export const diagnosisSettingsSchema = z.object({
  impactWeight: z.number().min(0).max(10).default(2),
  urgencyWeight: z.number().min(0).max(10).default(1),
  /** Score from which a problem is of high priority, and of medium priority. */
  highFrom: z.number().min(1).max(5).default(4),
  mediumFrom: z.number().min(1).max(5).default(2.5),
  periodFrom: isoDateSchema.default(''),
  periodTo: isoDateSchema.default(''),
  /** The scope in the consultant's words, for the report. */
  scopeNote: safeText(20_000).default(''),
  /** The recommendations chapter of the report. */
  recommendations: safeText(50_000).default(''),
});
export type DiagnosisSettings = z.infer<typeof diagnosisSettingsSchema>;
