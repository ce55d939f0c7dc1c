export type ExportSeverity = 'error' | 'warning' | 'info';
export type ExportFindingStatus = 'open' | 'resolved' | 'accepted';
export type ExportDecisionKind = 'resolved' | 'accepted';
export type RaciGranularity = 'department' | 'position';

/** A RACI check finding as the workbook shows it; texts are already in the project's language. */
export interface ExportFinding {
  readonly severity: ExportSeverity;
  readonly ruleId: string;
  /** Readable rule name; the rule id is shown when absent. */
  readonly ruleTitle?: string;
  readonly processName: string;
  readonly stepCode?: string;
  readonly stepName?: string;
  readonly partyNames?: readonly string[];
  readonly message: string;
  readonly status: ExportFindingStatus;
}

/** An entry of the resolution log as the workbook shows it. */
export interface ExportDecision {
  readonly decidedAt: string;
  readonly processName: string;
  readonly stepCode?: string;
  readonly stepName?: string;
  readonly ruleId: string;
  readonly ruleTitle?: string;
  readonly kind: ExportDecisionKind;
  readonly accountableName: string;
  readonly decidedBy: string;
  readonly reason: string;
}

export interface RaciExportOptions {
  readonly outPath: string;
  /** Processes to export, in this order; all processes in their order when absent. */
  readonly processIds?: readonly string[];
  /** The findings sheet is written only when findings are given (an empty list says "no findings"). */
  readonly findings?: readonly ExportFinding[];
  readonly decisions?: readonly ExportDecision[];
  readonly version?: string;
  readonly date?: Date;
  /** 'position' (default): a column per position; 'department': a column per department. */
  readonly granularity?: RaciGranularity;
  /** Workbook author; "Lanewise" when absent. */
  readonly author?: string;
  /** Names this export in its record; a fresh id when absent. */
  readonly exportId?: string;
}
