import type { DurationUnit, Orientation, StepKind } from '../model/entities';

/** One RACI assignment as a file names it: the party by name ("部门" or "部门/岗位"). */
export interface ImportedRaci {
  readonly party: string;
  readonly letters: string;
}

/** A step read from a file, before it meets the project: lanes, parties and phases by name. */
export interface ImportedStep {
  /** The file's own id for the step (BPMN id, table row code), for flows and messages. */
  readonly key: string;
  /** Empty: the project numbers it (N01, N02 …). */
  readonly code: string;
  readonly name: string;
  readonly kind: StepKind;
  readonly subProcess: boolean;
  /** Index into the process's lanes. */
  readonly lane: number;
  /** Phase name, empty for none. */
  readonly phase: string;
  readonly input: string;
  readonly output: string;
  readonly notes: string;
  readonly durationValue: number | null;
  readonly durationUnit: DurationUnit;
  /** 责任岗位 by name, empty for none. */
  readonly owner: string;
  /** Null when the file says nothing about responsibilities: the lane's department is then R. */
  readonly raci: readonly ImportedRaci[] | null;
  /** Centre in the file's own drawing, when it has one; the import fits it into the lanes. */
  readonly at: { readonly x: number; readonly y: number } | null;
}

export interface ImportedFlow {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** A free-text note from a file (a BPMN text annotation), placed by a step of the process. */
export interface ImportedNote {
  readonly text: string;
  /** Where the file draws it, in the file's own drawing; null when it is not drawn. */
  readonly rect: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
  /** The key of the step it is attached to in the file, else of the step drawn nearest to it; null for none. */
  readonly anchor: string | null;
}

export interface ImportedProcess {
  readonly name: string;
  readonly category: string;
  readonly description: string;
  readonly orientation: Orientation;
  /** Department names, in lane order. */
  readonly lanes: readonly string[];
  readonly steps: readonly ImportedStep[];
  readonly flows: readonly ImportedFlow[];
  readonly notes: readonly ImportedNote[];
}
