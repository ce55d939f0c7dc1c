import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW, type WorkbookLimits } from './workbook-limits';
import type { CellRange, CellValue, SheetState } from './workbook-data';
import { WorkbookReadError } from './workbook-read-error';
import { StringItemText } from './shared-strings';
import { attribute, xmlParser } from './xml-parser';
import { StopReading, type ZipArchive } from './zip-archive';

export interface SheetHead {
  readonly name: string;
  readonly state: SheetState;
  /** The first rows of the sheet (all of them for a short sheet). */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, CellValue>>;
}

export interface SheetPartInput {
  readonly zip: ZipArchive;
  readonly part: string;
  readonly name: string;
  readonly state: SheetState;
  readonly strings: readonly string[];
  readonly limits: WorkbookLimits;
  readonly fileName: string;
  /** Counts a cell against the workbook's budget; throws when it is spent. */
  readonly countCell: () => void;
  readonly wanted?: ((head: SheetHead) => boolean) | undefined;
  readonly headRows: number;
}

export interface SheetCells {
  readonly rows: Map<number, Map<number, CellValue>>;
  readonly merges: CellRange[];
}

const REF = /^([A-Za-z]{1,3})(\d{1,7})$/;

export function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = REF.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

function parseRange(ref: string): CellRange | null {
  const [from, to = from] = ref.split(':');
  const a = from ? parseCellRef(from) : null;
  const b = to ? parseCellRef(to) : null;
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.column, b.column), right: Math.max(a.column, b.column) };
}

function numberText(raw: string): string {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) ? String(n) : raw;
}

/** The cells of one worksheet part, read as a stream; null when `wanted` declined it after its first rows. */
export async function readSheetPart(input: SheetPartInput): Promise<SheetCells | null> {
  const { limits } = input;
  const rows = new Map<number, Map<number, CellValue>>();
  const merges: CellRange[] = [];
  const fail = (key: 'workbook.too-many-rows' | 'workbook.too-many-columns', limit: number) => new WorkbookReadError(key, { file: input.fileName, sheet: input.name, limit: String(limit) });
  const damaged = (detail: string) => new WorkbookReadError('workbook.damaged', { file: input.fileName, detail: `${input.part}: ${detail}` });

  let decided = !input.wanted;
  let declined = false;
  const ask = () => {
    decided = true;
    declined = !input.wanted!({ name: input.name, state: input.state, rows });
    return !declined;
  };
  // Inside the stream: a declined sheet stops being unpacked there and then.
  const decide = () => {
    if (!decided && !ask()) throw new StopReading();
  };

  let inData = false;
  let row = 0;
  let column = 0;
  let cell: { row: number; column: number; type: string; hasValue: boolean; hasFormula: boolean; inline: boolean } | null = null;
  let inValue = false;
  let value: string[] = [];
  const inline = new StringItemText();

  const store = (at: { row: number; column: number }, v: CellValue) => {
    if (at.row > EXCEL_MAX_ROW || at.column > EXCEL_MAX_COLUMN || at.row < 1 || at.column < 1) throw damaged(`a cell outside the sheet (row ${at.row}, column ${at.column})`);
    if (at.column > limits.columns) throw fail('workbook.too-many-columns', limits.columns);
    let cells = rows.get(at.row);
    if (!cells) {
      if (rows.size >= limits.rows) throw fail('workbook.too-many-rows', limits.rows);
      cells = new Map();
      rows.set(at.row, cells);
    }
    input.countCell();
    cells.set(at.column, v);
  };

  const finishCell = () => {
    if (!cell) return;
    const raw = value.join('');
    const c = cell;
    const inlineText = c.inline ? inline.take() : '';
    cell = null;
    value = [];
    // openpyxl and others write an empty <v/> for a formula never calculated; only a string result can be empty.
    if (c.hasFormula && !c.inline && (!c.hasValue || (raw === '' && c.type !== 'str'))) {
      store(c, { text: '', type: 'string', formula: { cached: false } });
      return;
    }
    const formula = c.hasFormula ? { formula: { cached: true } } : {};
    let v: CellValue | null;
    switch (c.type) {
      case 's': {
        const index = Number(raw);
        const text = Number.isInteger(index) && index >= 0 && index < input.strings.length ? input.strings[index]! : null;
        if (text === null) throw damaged(`a cell refers to shared string ${raw.slice(0, 20)}, which does not exist`);
        v = { text, type: 'string', ...formula };
        break;
      }
      case 'inlineStr':
        v = { text: inlineText, type: 'string', ...formula };
        break;
      case 'str':
        v = { text: raw, type: 'string', ...formula };
        break;
      case 'b':
        v = { text: raw.trim() === '1' ? 'TRUE' : 'FALSE', type: 'boolean', ...formula };
        break;
      case 'e':
        v = { text: raw, type: 'error', ...formula };
        break;
      case 'd':
        v = { text: raw, type: 'date', ...formula };
        break;
      default:
        v = c.hasValue ? { text: numberText(raw), type: 'number', ...formula } : null;
    }
    if (v && (v.text !== '' || v.formula)) store(c, v);
  };

  const parser = xmlParser({
    open(name, attrs) {
      if (name === 'sheetData') inData = true;
      else if (inData && name === 'row') {
        const r = Number(attribute(attrs, 'r') ?? row + 1);
        if (!Number.isInteger(r)) throw damaged('a row without a number');
        row = r;
        column = 0;
        if (row > input.headRows) decide();
      } else if (inData && name === 'c') {
        const ref = attribute(attrs, 'r');
        const at = ref ? parseCellRef(ref) : { row, column: column + 1 };
        if (!at) throw damaged(`a cell named ${ref?.slice(0, 20)}`);
        column = at.column;
        cell = { row: at.row, column: at.column, type: attribute(attrs, 't') ?? 'n', hasValue: false, hasFormula: false, inline: false };
      } else if (cell && name === 'v') {
        inValue = true;
        cell.hasValue = true;
      } else if (cell && name === 'f') cell.hasFormula = true;
      else if (cell && name === 'is') cell.inline = true;
      else if (cell?.inline) inline.open(name);
      else if (name === 'mergeCell') {
        const range = parseRange(attribute(attrs, 'ref') ?? '');
        if (range) merges.push(range);
      }
    },
    close(name) {
      if (name === 'sheetData') {
        inData = false;
        decide();
      } else if (name === 'c') finishCell();
      else if (name === 'v') inValue = false;
      else if (cell?.inline && name !== 'is') inline.close(name);
    },
    text(text) {
      if (inValue) value.push(text);
      else if (cell?.inline) inline.text(text);
    },
  });
  await input.zip.stream(input.part, (chunk) => parser.write(chunk));
  if (declined) return null;
  parser.close();
  if (!decided && !ask()) return null;
  return { rows, merges };
}
