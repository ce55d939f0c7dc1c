import type { Workbook } from 'exceljs';
import { diagnosisTerms } from '../../shared/diagnosis/diagnosis-terms';
import type { PriorityBand } from '../../shared/diagnosis/problem-priority';
import { problemRegister } from '../../shared/diagnosis/problem-register';
import { formatNumber } from '../../shared/diagnosis/problem-priority';
import type { ProjectState } from '../../shared/model/project-state';
import type { SheetFonts } from './excel-styles';
import type { SheetNamer } from './sheet-names';
import { writeTableSheet } from './table-sheet';

const BAND_FILLS: Readonly<Record<PriorityBand, string>> = { high: 'FFC7CE', medium: 'FFEB9C', low: 'DDEBF7' };

/** The problem register of the diagnosis as a sheet of the workbook, ranked; no sheet while there are no problems. */
export function addProblemRegisterSheet(workbook: Workbook, names: SheetNamer, state: ProjectState, fonts: SheetFonts, subtitle: string): void {
  const register = problemRegister(state);
  if (register.length === 0) return;
  const t = diagnosisTerms(state.meta.language);
  const list = (items: readonly string[]) => items.join(t.listSeparator);
  writeTableSheet(workbook.addWorksheet(names.take(t.problemRegister, 'Problems')), {
    fonts,
    title: `${state.meta.name} — ${t.problemRegister}`,
    subtitle: `${subtitle}    ${t.rule(state.meta.diagnosis)}`,
    columns: [
      { header: t.rank, min: 6, max: 8, align: 'center' },
      { header: t.problem, min: 16, max: 32 },
      { header: t.description, min: 16, max: 40 },
      { header: t.source, min: 8, max: 12, align: 'center' },
      { header: t.processes, min: 10, max: 24 },
      { header: t.steps, min: 10, max: 28 },
      { header: t.departments, min: 10, max: 20 },
      { header: t.evidence, min: 16, max: 40 },
      { header: t.impact, min: 7, max: 10, align: 'center' },
      { header: t.urgency, min: 8, max: 12, align: 'center' },
      { header: t.score, min: 7, max: 10, align: 'center' },
      { header: t.priority, min: 7, max: 10, align: 'center' },
      { header: t.status, min: 8, max: 14, align: 'center' },
      { header: t.measure, min: 14, max: 30 },
      { header: t.addressedBy, min: 12, max: 28 },
    ],
    rows: register.map((e) => ({
      markFill: BAND_FILLS[e.band],
      values: [
        String(e.rank),
        e.problem.title,
        e.problem.description,
        t.sources[e.problem.source],
        list(e.processes),
        list(e.steps),
        list(e.departments),
        e.problem.evidence,
        String(e.problem.impact),
        String(e.problem.urgency),
        formatNumber(e.score),
        t.bands[e.band],
        t.statuses[e.problem.status],
        e.problem.measure,
        list(e.addressedBy),
      ],
    })),
    emptyText: t.noProblems,
  });
}
