import type { Worksheet } from 'exceljs';
import type { ExcelLabels } from './excel-labels';
import type { SheetFonts } from './excel-styles';
import type { ExportDecision, ExportFinding, ExportSeverity } from './excel-export-types';
import { writeTableSheet } from './table-sheet';

const SEVERITY_FILLS: Readonly<Record<ExportSeverity, string>> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };
const SEVERITY_ORDER: Readonly<Record<ExportSeverity, number>> = { error: 0, warning: 1, info: 2 };

export function writeFindingsSheet(ws: Worksheet, findings: readonly ExportFinding[], labels: ExcelLabels, fonts: SheetFonts, projectName: string, subtitle: string): void {
  // Errors first; otherwise the caller's order (process, then step) is kept.
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  writeTableSheet(ws, {
    fonts,
    title: `${projectName} — ${labels.findingsSheet}`,
    subtitle,
    columns: [
      { header: labels.severity, min: 8, max: 10, align: 'center' },
      { header: labels.rule, min: 12, max: 26 },
      { header: labels.process, min: 10, max: 24 },
      { header: labels.code, min: 8, max: 12, align: 'center' },
      { header: labels.name, min: 12, max: 28 },
      { header: labels.parties, min: 10, max: 26 },
      { header: labels.message, min: 24, max: 60 },
      { header: labels.status, min: 8, max: 14, align: 'center' },
    ],
    rows: sorted.map((f) => ({
      markFill: SEVERITY_FILLS[f.severity],
      values: [
        labels.severities[f.severity],
        f.ruleTitle ?? f.ruleId,
        f.processName,
        f.stepCode ?? '',
        f.stepName ?? '',
        (f.partyNames ?? []).join(labels.listSeparator),
        f.message,
        labels.statuses[f.status],
      ],
    })),
    emptyText: labels.noFindings,
  });
}

export function writeDecisionsSheet(ws: Worksheet, decisions: readonly ExportDecision[], labels: ExcelLabels, fonts: SheetFonts, projectName: string, subtitle: string): void {
  writeTableSheet(ws, {
    fonts,
    title: `${projectName} — ${labels.decisionsSheet}`,
    subtitle,
    columns: [
      { header: labels.decidedAt, min: 11, max: 12, align: 'center' },
      { header: labels.process, min: 10, max: 24 },
      { header: labels.code, min: 8, max: 12, align: 'center' },
      { header: labels.name, min: 12, max: 28 },
      { header: labels.rule, min: 12, max: 26 },
      { header: labels.outcome, min: 10, max: 16, align: 'center' },
      { header: labels.accountable, min: 12, max: 22 },
      { header: labels.decidedBy, min: 10, max: 20 },
      { header: labels.reason, min: 24, max: 60 },
    ],
    rows: decisions.map((d) => ({
      values: [d.decidedAt, d.processName, d.stepCode ?? '', d.stepName ?? '', d.ruleTitle ?? d.ruleId, labels.outcomes[d.kind], d.accountableName, d.decidedBy, d.reason],
    })),
    emptyText: labels.noDecisions,
  });
}
