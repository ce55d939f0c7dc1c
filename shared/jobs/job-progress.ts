/** What a long job is doing, in the order a job may pass through them. */
export const JOB_STAGES = ['drawing', 'writing', 'saving', 'reading', 'comparing'] as const;
export type JobStage = (typeof JOB_STAGES)[number];

export const JOB_KINDS = ['export', 'import'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** An export or import while it runs: the API keeps answering, so the window can show this and offer Cancel. */
export interface JobProgress {
  id: string;
  kind: JobKind;
  stage: JobStage;
  /** 0 to 1, never going back. */
  fraction: number;
}

export type ReportProgress = (stage: JobStage, fraction: number) => void;
