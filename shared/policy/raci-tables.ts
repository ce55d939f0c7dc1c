import type { Step } from '../model/entities';
import type { ProjectState } from '../model/project-state';
import { RACI_LETTERS } from '../model/raci-letters';
import type { PolicyTable, PolicyTableCell } from './policy-document-types';
import type { PolicyLabels } from './policy-labels';
import { raciColumns, splitColumns, type RaciColumn } from './raci-columns';

/** More party columns than this do not fit a portrait page at 五号. */
export const PORTRAIT_PARTY_COLUMNS = 6;
/** Even landscape, more than this makes columns too narrow to read; the table is split. */
export const MAX_PARTY_COLUMNS = 10;

const PARTY_WIDTH = 1.4;
/** The step name takes what ten party columns leave, but stays between 3.4 and 7 (relative units). */
const nameWidth = (parties: number) => Math.min(7, Math.max(3.4, 17.4 - PARTY_WIDTH * parties));

/** "R/A", as in the Excel export. */
export function raciCellText(letters: string | undefined): string {
  return (letters ?? '').split('').join('/');
}

function headerRows(columns: readonly RaciColumn[], labels: PolicyLabels): PolicyTableCell[][] {
  const fixed = [labels.code, labels.name];
  if (columns.every((c) => c.positionName === null)) return [[...fixed.map((text) => ({ text })), ...columns.map((c) => ({ text: c.departmentName }))]];
  const top: PolicyTableCell[] = fixed.map((text) => ({ text, rowSpan: 2 }));
  const bottom: PolicyTableCell[] = [];
  for (let i = 0; i < columns.length; ) {
    const c = columns[i]!;
    let n = 1;
    while (columns[i + n]?.departmentId === c.departmentId) n++;
    if (n === 1 && c.positionName === null) top.push({ text: c.departmentName, rowSpan: 2 });
    else {
      top.push({ text: c.departmentName, colSpan: n });
      for (let k = i; k < i + n; k++) bottom.push({ text: columns[k]!.positionName ?? labels.departmentItself });
    }
    i += n;
  }
  return [top, bottom];
}

/** The RACI matrix of a process as one table, or several when it has too many parties for one page. */
export function raciTables(state: ProjectState, processId: string, steps: readonly Step[], labels: PolicyLabels): PolicyTable[] {
  const columns = raciColumns(state, processId, steps);
  const landscape = columns.length > PORTRAIT_PARTY_COLUMNS;
  return splitColumns(columns, MAX_PARTY_COLUMNS).map((part) => ({
    role: 'raci',
    widths: [1.5, nameWidth(part.length), ...part.map(() => PARTY_WIDTH)],
    header: headerRows(part, labels),
    rows: steps.map((s) => [s.code, s.name, ...part.map((c) => raciCellText(state.raci[s.id]?.[c.partyId]))]),
    centred: [0, ...part.map((_, i) => i + 2)],
    landscape,
    blank: false,
  }));
}

export function raciLegendTable(labels: PolicyLabels): PolicyTable {
  return {
    role: 'legend',
    widths: [1, 3, 7],
    header: [[labels.letter, labels.role, labels.meaning].map((text) => ({ text }))],
    rows: RACI_LETTERS.map((l) => [l, labels.legend[l].role, labels.legend[l].meaning]),
    centred: [0],
    landscape: false,
    blank: false,
  };
}
