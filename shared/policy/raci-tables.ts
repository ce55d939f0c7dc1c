import type { Process, Step } from '../model/entities';
import { processSteps } from '../process/step-order';
import { leadDepartmentName } from './policy-facts';
import type { ProjectState } from '../model/project-state';
import { RACI_LETTERS } from '../model/raci-letters';
import type { PolicyTable, PolicyTableCell } from './policy-document-types';
import type { PolicyLabels } from './policy-labels';
import { PAGE_TEXT_CM, wordWidth } from './column-fit';
import { raciColumns, splitColumns, type RaciColumn } from './raci-columns';

/** Widths in centimetres, as on an A4 page with the Word export's margins. */
const CM = { portraitText: PAGE_TEXT_CM.portrait, landscapeText: PAGE_TEXT_CM.landscape, code: 1.5, minName: 3.5, maxName: 8, minParty: 1.5, maxParty: 3 };
/** Even on landscape pages, more columns than this stop reading as one matrix; the table is split. */
export const MAX_PARTY_COLUMNS = 10;

/** Room a party's header needs so no word of it breaks, within the party column bounds. */
export function headerWidth(text: string): number {
  return Math.min(CM.maxParty, Math.max(CM.minParty, wordWidth(text)));
}

/** "R/A", as in the Excel export. */
export function raciCellText(letters: string | undefined): string {
  return (letters ?? '').split('').join('/');
}

/** The strongest role of a cell, as traditional clients name it: 主办 for A (R/A too), else 协办, 会签, 知会. */
export function roleTermText(letters: string | undefined, labels: PolicyLabels): string {
  const letter = (['A', 'R', 'C', 'I'] as const).find((l) => letters?.includes(l));
  return letter ? labels.roleTerms[letter] : '';
}

/** Chinese tables name the roles 主办/协办/会签/知会; English ones keep the RACI letters readers know. */
function cellText(letters: string | undefined, labels: PolicyLabels): string {
  return labels.raciCells === 'letters' ? raciCellText(letters) : roleTermText(letters, labels);
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

/**
 * The RACI matrix of a process as one table, or several when its parties do not fit a landscape
 * page; portrait when they fit a portrait page.
 */
export function raciTables(state: ProjectState, processId: string, steps: readonly Step[], labels: PolicyLabels): PolicyTable[] {
  const columns = raciColumns(state, processId, steps);
  // A department's own column may be headed by its name or by "（部门）" under it: room for both.
  const width = (c: RaciColumn) => (c.positionName === null ? Math.max(headerWidth(c.departmentName), headerWidth(labels.departmentItself)) : headerWidth(c.positionName));
  const total = columns.reduce((sum, c) => sum + width(c), 0);
  const landscape = columns.length > MAX_PARTY_COLUMNS || CM.code + CM.minName + total > CM.portraitText;
  const page = landscape ? CM.landscapeText : CM.portraitText;
  const parts = splitColumns(columns, { maxColumns: MAX_PARTY_COLUMNS, maxWidth: page - CM.code - CM.minName, width });
  return parts.map((part) => {
    const widths = part.map(width);
    const name = Math.min(CM.maxName, Math.max(CM.minName, page - CM.code - widths.reduce((a, b) => a + b, 0)));
    return {
      role: 'raci',
      widths: [CM.code, name, ...widths],
      header: headerRows(part, labels),
      rows: steps.map((s) => [s.code, s.name, ...part.map((c) => cellText(state.raci[s.id]?.[c.partyId], labels))]),
      centred: [0, ...part.map((_, i) => i + 2)],
      landscape,
      blank: false,
    };
  });
}

export function raciLegendTable(labels: PolicyLabels): PolicyTable {
  return {
    role: 'legend',
    widths: [1.2, 3.6, 1.8, 6.4],
    header: [[labels.letter, labels.role, labels.termColumn, labels.meaning].map((text) => ({ text }))],
    rows: RACI_LETTERS.map((l) => [l, labels.legend[l].role, labels.roleTerms[l], labels.legend[l].meaning]),
    centred: [0, 2],
    landscape: false,
    blank: false,
  };
}

/** 附件1: every process with its owner, number of steps and the annex that holds it. */
export function processListTable(state: ProjectState, processes: readonly Process[], labels: PolicyLabels, annexOf: (index: number) => string): PolicyTable {
  return {
    role: 'processList',
    widths: [1.2, 5.6, 3.2, 1.6, 2.2],
    header: [labels.processListColumns.map((text) => ({ text }))],
    rows: processes.map((p, i) => [String(i + 1), p.name, leadDepartmentName(state, p.id, labels), String(processSteps(state, p.id).length), annexOf(i)]),
    centred: [0, 3, 4],
    landscape: false,
    blank: false,
  };
}
