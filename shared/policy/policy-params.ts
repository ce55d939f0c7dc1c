import { z } from 'zod';

export const POLICY_LAYOUTS = ['enterprise', 'gbt9704'] as const;
export type PolicyLayout = (typeof POLICY_LAYOUTS)[number];

/** 征求意见稿 → 送审稿 → 正式发布: what the cover, the version and the approval block say. */
export const POLICY_STAGES = ['consultation', 'review', 'issued'] as const;
export type PolicyStage = (typeof POLICY_STAGES)[number];

export const URGENCY_LEVELS = ['normal', 'urgent', 'critical'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

/** Outside working hours: 值班 staff take critical requests, or everything waits for the next working day. */
export const OFF_HOURS_RULES = ['duty', 'nextWorkday'] as const;
export type OffHoursRule = (typeof OFF_HOURS_RULES)[number];

const deptId = z.string().min(1).max(64);
const shortText = z.string().trim().max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** Response limits in working hours; up to a month of working days. */
const hours = z.number().min(0.25).max(400);

export const urgencySchema = z.object({ normal: hours, urgent: hours, critical: hours });

/**
 * The policy's parameters, kept in the project details. An empty text or null means "the default",
 * worded in the document's language when it is written, so nothing here depends on the language.
 * Department references are ids; one whose department is gone reads as the default wording.
 */
export const policyParamsSchema = z.object({
  company: shortText.default(''),
  documentNumber: shortText.default(''),
  approvingBody: shortText.default(''),
  stage: z.enum(POLICY_STAGES).default('consultation'),
  version: z.string().trim().max(40).default(''),
  issueDate: isoDate.nullable().default(null),
  effectiveDate: isoDate.nullable().default(null),
  /** The rule this policy replaces, by name; empty: "earlier rules that disagree yield to this one". */
  supersedes: shortText.default(''),
  countersign: z.array(deptId).max(30).default([]),
  processOffice: deptId.nullable().default(null),
  /** processId → departmentId of the process's 牵头部门; a process left out takes its most accountable department. */
  leadDepartments: z.record(z.string().min(1).max(64), deptId).default({}),
  workdayStart: clock.default('09:00'),
  workdayEnd: clock.default('18:00'),
  hoursPerDay: z.number().min(1).max(24).default(8),
  offHours: z.enum(OFF_HOURS_RULES).default('duty'),
  urgency: urgencySchema.default({ normal: 8, urgent: 4, critical: 1 }),
  /** The client's own rules the 奖惩 chapter refers to for amounts and procedure. */
  performanceRule: shortText.default(''),
  disciplineRule: shortText.default(''),
  layout: z.enum(POLICY_LAYOUTS).default('enterprise'),
});
export type PolicyParams = z.infer<typeof policyParamsSchema>;

export const DEFAULT_POLICY_PARAMS: PolicyParams = policyParamsSchema.parse({});
