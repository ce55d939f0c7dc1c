import type { Orientation } from './word-page';

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

/** A picture (a metafile, or PNG) and the size it prints at, in points. */
export interface PrintedPicture {
  readonly image: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The parts of a diagram laid out for the page: the pages' orientation and each part's printed size. */
export interface PrintedDiagram {
  readonly orientation: Orientation;
  readonly pictures: readonly PrintedPicture[];
}

/**
 * Pictures of a process's swimlane diagram: one, or the parts of a long one in order, each fitted
 * to its page; or parts already laid out for the page at the size they print.
 */
export type DiagramPictures = Uint8Array | readonly Uint8Array[] | PrintedDiagram;

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
