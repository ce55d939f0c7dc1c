import type { DataValidation, Style, Worksheet } from 'exceljs';
import type { Process, Step } from '../../shared/model/entities';
import type { RaciLetter } from '../../shared/model/raci-letters';
import type { ProjectState } from '../../shared/model/project-state';
import type { ExcelLabels } from './excel-labels';
import { clamp, columnWidthFor, conditionalFill, FLAG_FILL, HEADER_FILL, landscapeFitToWidth, pageFooter, solidFill, THIN_BORDER, tint, wrappedRowHeight, type SheetFonts } from './excel-styles';
import { displayLetters, LETTERS_BY_STRENGTH, RACI_FILLS, RACI_LIST_VALUES, strongestLetter } from './raci-cell-text';
import { cellRef, columnLetter } from '../../shared/interchange/cell-refs';
import { PARTY_ANCHOR_MARKER, PROCESS_ANCHOR_PREFIX, RACI_LAYOUT as L, REMARKS_ANCHOR, type PartyColumn } from './raci-sheet-layout';

export interface RaciSheetInput {
  readonly state: ProjectState;
  readonly process: Process;
  readonly steps: readonly Step[];
  readonly columns: readonly PartyColumn[];
  readonly labels: ExcelLabels;
  readonly fonts: SheetFonts;
  readonly title: string;
  readonly subtitle: string;
}

/** exceljs keeps range validations as one entry, but only types the per-cell setter. */
interface SheetValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

const centred = { vertical: 'middle', horizontal: 'center', wrapText: true } as const;

interface RaciStyles {
  readonly header: Partial<Style>;
  readonly code: Partial<Style>;
  readonly name: Partial<Style>;
  readonly empty: Partial<Style>;
  readonly remark: Partial<Style>;
  readonly letters: Readonly<Record<RaciLetter, Partial<Style>>>;
}

// Built once per sheet and shared: exceljs keeps a reference per cell, which keeps big sheets fast.
function raciStyles(fonts: SheetFonts): RaciStyles {
  const empty: Partial<Style> = { font: fonts.body, border: THIN_BORDER, alignment: centred, numFmt: '@' };
  return {
    header: { font: fonts.bold, fill: HEADER_FILL, border: THIN_BORDER, alignment: centred },
    code: { font: fonts.body, border: THIN_BORDER, alignment: { vertical: 'middle', horizontal: 'center' }, numFmt: '@' },
    name: { font: fonts.body, border: THIN_BORDER, alignment: { vertical: 'middle', horizontal: 'left', wrapText: true }, numFmt: '@' },
    empty,
    remark: { font: fonts.body, border: THIN_BORDER, alignment: { vertical: 'top', horizontal: 'left', wrapText: true }, numFmt: '@' },
    letters: Object.fromEntries(
      LETTERS_BY_STRENGTH.map((l) => [l, { ...empty, fill: solidFill(RACI_FILLS[l]), font: l === 'A' ? fonts.bold : fonts.body }]),
    ) as Record<RaciLetter, Partial<Style>>,
  };
}

export function writeRaciSheet(ws: Worksheet, input: RaciSheetInput): void {
  const { columns, steps } = input;
  const lastColumn = L.firstPartyColumn + columns.length - 1;
  const lastRow = L.firstStepRow + steps.length - 1;
  const styles = raciStyles(input.fonts);

  const widths = setColumnWidths(ws, input);
  writeTitle(ws, input);
  writeHeaders(ws, input, styles, widths);
  writeStepRows(ws, input, styles, widths);

  ws.views = [{ state: 'frozen', xSplit: L.nameColumn, ySplit: L.positionRow, topLeftCell: cellRef(L.firstStepRow, L.firstPartyColumn), activeCell: cellRef(L.firstStepRow, L.firstPartyColumn) }];
  landscapeFitToWidth(ws, `${L.departmentRow}:${L.positionRow}`);
  pageFooter(ws, input.title);
  if (columns.length > 0 && steps.length > 0) {
    addValidation(ws, input.labels, `${cellRef(L.firstStepRow, L.firstPartyColumn)}:${cellRef(lastRow, lastColumn)}`);
    addConditionalFormats(ws, input.fonts, lastRow, lastColumn);
  }
}

interface Widths {
  readonly name: number;
  readonly parties: readonly number[];
}

const REMARKS_WIDTH = 30;

/** The client's remarks go in the column after the last party. */
export function remarksColumn(columns: readonly PartyColumn[]): number {
  return L.firstPartyColumn + columns.length;
}

function setColumnWidths(ws: Worksheet, { steps, columns, labels }: RaciSheetInput): Widths {
  const id = ws.getColumn(L.idColumn);
  id.width = 12;
  id.hidden = true;
  let code = columnWidthFor(labels.code);
  let name = 0;
  for (const s of steps) {
    code = Math.max(code, columnWidthFor(s.code));
    name = Math.max(name, columnWidthFor(s.name));
  }
  ws.getColumn(L.codeColumn).width = clamp(code, 8, 14);
  const widths = { name: clamp(name, 20, 40), parties: columns.map((c) => clamp(columnWidthFor(c.position ? c.position.name : c.department.name), 8, 16)) };
  ws.getColumn(L.nameColumn).width = widths.name;
  widths.parties.forEach((w, i) => {
    ws.getColumn(L.firstPartyColumn + i).width = w;
  });
  ws.getColumn(remarksColumn(columns)).width = REMARKS_WIDTH;
  return widths;
}

function writeTitle(ws: Worksheet, { process, title, subtitle, fonts }: RaciSheetInput): void {
  ws.getCell(L.titleRow, L.idColumn).value = PROCESS_ANCHOR_PREFIX + process.id;
  const titleCell = ws.getCell(L.titleRow, L.codeColumn);
  titleCell.value = title;
  titleCell.style = { font: fonts.title };
  ws.getRow(L.titleRow).height = 24;
  const subtitleCell = ws.getCell(L.subtitleRow, L.codeColumn);
  subtitleCell.value = subtitle;
  subtitleCell.style = { font: fonts.subtitle };
}

function writeHeaders(ws: Worksheet, { columns, labels, fonts }: RaciSheetInput, styles: RaciStyles, widths: Widths): void {
  const anchors = ws.getRow(L.anchorRow);
  anchors.hidden = true;
  anchors.getCell(L.idColumn).value = PARTY_ANCHOR_MARKER;
  columns.forEach((c, i) => {
    anchors.getCell(L.firstPartyColumn + i).value = c.partyId;
  });

  const top = ws.getRow(L.departmentRow);
  const bottom = ws.getRow(L.positionRow);
  anchors.getCell(remarksColumn(columns)).value = REMARKS_ANCHOR;
  for (const [col, text] of [
    [L.codeColumn, labels.code],
    [L.nameColumn, labels.name],
    [remarksColumn(columns), labels.remarks],
  ] as const) {
    top.getCell(col).value = text;
    top.getCell(col).style = styles.header;
    bottom.getCell(col).style = styles.header;
    ws.mergeCells(L.departmentRow, col, L.positionRow, col);
  }

  let start = 0;
  while (start < columns.length) {
    const department = columns[start]!.department;
    let end = start;
    while (end + 1 < columns.length && columns[end + 1]!.department.id === department.id) end++;
    const fill = solidFill(tint(department.color));
    const style: Partial<Style> = { ...styles.header, fill };
    const positionStyle: Partial<Style> = { ...styles.header, font: fonts.body, fill };
    const first = L.firstPartyColumn + start;
    const last = L.firstPartyColumn + end;
    top.getCell(first).value = department.name;
    for (let col = first; col <= last; col++) {
      top.getCell(col).style = style;
      bottom.getCell(col).style = positionStyle;
      const column = columns[col - L.firstPartyColumn]!;
      if (start !== end) bottom.getCell(col).value = column.position ? column.position.name : labels.departmentItself;
    }
    // A department shown as one column reads as a single tall header.
    if (start === end && !columns[start]!.position) ws.mergeCells(L.departmentRow, first, L.positionRow, first);
    else if (start === end) bottom.getCell(first).value = columns[start]!.position!.name;
    else ws.mergeCells(L.departmentRow, first, L.departmentRow, last);
    start = end + 1;
  }
  const height = wrappedRowHeight(
    columns.map((c, i) => [c.position?.name ?? '', widths.parties[i]!] as const),
    fonts.lineHeight,
  );
  if (height) bottom.height = height;
}

function writeStepRows(ws: Worksheet, { state, steps, columns, fonts }: RaciSheetInput, styles: RaciStyles, widths: Widths): void {
  steps.forEach((step, i) => {
    const row = ws.getRow(L.firstStepRow + i);
    row.getCell(L.idColumn).value = step.id;
    const code = row.getCell(L.codeColumn);
    code.value = step.code;
    code.style = styles.code;
    const name = row.getCell(L.nameColumn);
    name.value = step.name;
    name.style = styles.name;
    const height = wrappedRowHeight([[step.name, widths.name]], fonts.lineHeight);
    if (height) row.height = height;
    const assigned = state.raci[step.id] ?? {};
    columns.forEach((c, j) => {
      const cell = row.getCell(L.firstPartyColumn + j);
      const letters = assigned[c.partyId] ?? '';
      const strongest = strongestLetter(letters);
      if (letters) cell.value = displayLetters(letters);
      cell.style = strongest ? styles.letters[strongest] : styles.empty;
    });
    row.getCell(remarksColumn(columns)).style = styles.remark;
  });
}

function addValidation(ws: Worksheet, labels: ExcelLabels, range: string): void {
  // A warning, not a stop: a client may still type a rarer combination such as R/A/C.
  (ws as unknown as SheetValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${RACI_LIST_VALUES.join(',')}"`],
    showInputMessage: true,
    promptTitle: labels.validationTitle,
    prompt: labels.validationPrompt,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: labels.validationTitle,
    error: labels.validationError,
  });
}

/**
 * Formula rules rather than static fills alone, so colours and the one-A check follow the client's edits.
 * Lower priority numbers win, which gives the A > R > C > I order of the static fills.
 */
function addConditionalFormats(ws: Worksheet, fonts: SheetFonts, lastRow: number, lastColumn: number): void {
  const first = cellRef(L.firstStepRow, L.firstPartyColumn);
  const partyRange = `${first}:${cellRef(lastRow, lastColumn)}`;
  ws.addConditionalFormatting({
    ref: partyRange,
    rules: [
      { type: 'expression', priority: 1, formulae: [`LEN(TRIM(${first}))=0`], style: { fill: conditionalFill('FFFFFF') } },
      ...LETTERS_BY_STRENGTH.map((letter, i) => ({
        type: 'expression' as const,
        priority: i + 2,
        formulae: [`ISNUMBER(SEARCH("${letter}",${first}))`],
        style: { fill: conditionalFill(RACI_FILLS[letter]) },
      })),
    ],
  });
  const row = L.firstStepRow;
  const rowRange = `$${columnLetter(L.firstPartyColumn)}${row}:$${columnLetter(lastColumn)}${row}`;
  ws.addConditionalFormatting({
    ref: `${cellRef(row, L.codeColumn)}:${cellRef(lastRow, L.nameColumn)}`,
    rules: [
      {
        type: 'expression',
        priority: 10,
        formulae: [`COUNTIF(${rowRange},"*A*")<>1`],
        style: { fill: conditionalFill(FLAG_FILL), font: { color: fonts.flag.color, bold: true } },
      },
    ],
  });
}
