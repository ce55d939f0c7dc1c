/** Whoever signs a step of the approval block; the date is written as given (blank to sign by hand). */
export interface Signoff {
  readonly name: string;
  readonly date?: string;
}

/** 拟制 / 审核 / 批准 — a plain string is a name without a date. */
export interface ApprovalBlock {
  readonly drafter?: Signoff | string;
  readonly reviewer?: Signoff | string;
  readonly approver?: Signoff | string;
}

/** Pictures of a process's swimlane diagram: one, or the parts of a long one in order. */
export type DiagramPictures = Uint8Array | readonly Uint8Array[];

/** A process's swimlane diagram as PNG bytes (the diagram renderer is injected so this module does not depend on it). */
export type RenderPng = (processId: string) => DiagramPictures | Promise<DiagramPictures>;

export interface PolicyDocxOptions {
  /** Also write the document here (atomically: a temporary file renamed into place). */
  readonly outPath?: string;
  readonly renderPng: RenderPng;
  /** The day of the export: the issue date on the cover when the policy settings give none. */
  readonly date?: Date;
  readonly approval?: ApprovalBlock;
}
