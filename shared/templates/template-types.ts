import type { DurationUnit, StepKind } from '../model/entities';
import type { Bilingual } from './bilingual';
import type { DepartmentKey, PartyKey } from './departments-and-positions';

/** The letters a template gives one party on one step; C and I never share a cell. */
export type TemplateLetters = 'R' | 'A' | 'RA' | 'C' | 'I';
export type TemplateRaciRow = Partial<Record<PartyKey, TemplateLetters>>;

export interface TemplatePhase {
  readonly name: Bilingual;
  /** How many columns of steps the phase spans; phases follow each other from column 0. */
  readonly columns: number;
}

export interface TemplateStep {
  /** Unique within the process; flows refer to steps by it. */
  readonly key: string;
  readonly kind: StepKind;
  readonly lane: DepartmentKey;
  /** Slot along the flow, 0 first; steps done in parallel share a column in different lanes. */
  readonly column: number;
  readonly name: Bilingual;
  readonly input: Bilingual;
  readonly output: Bilingual;
  /** Null for start and end, which take no time. */
  readonly duration: { readonly value: number; readonly unit: DurationUnit } | null;
  /** The complete matrix row: parties left out hold nothing on this step. */
  readonly raci: TemplateRaciRow;
}

export interface TemplateFlow {
  readonly from: string;
  readonly to: string;
  readonly label?: Bilingual;
}

export interface TemplateProcess {
  readonly name: Bilingual;
  readonly description: Bilingual;
  /** Lanes top to bottom. */
  readonly lanes: readonly DepartmentKey[];
  readonly phases: readonly TemplatePhase[];
  readonly steps: readonly TemplateStep[];
  readonly flows: readonly TemplateFlow[];
}

export interface TemplateContent {
  readonly processes: readonly TemplateProcess[];
}
