import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { BoundedZip, type ZipLimits } from './bounded-zip';

/** What a cell holds as the workbook stores it: text or a number; empty cells are absent. */
export type XlsxValue = string | number;

export interface XlsxSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** By address, "C12". */
  readonly cells: ReadonlyMap<string, XlsxValue>;
  /** Rows of the sheet that hold at least one cell, ascending. */
  readonly rows: readonly number[];
}

export interface XlsxLimits extends ZipLimits {
  /** Cells read from the whole workbook, empty ones not counted. */
  readonly maxCells: number;
  readonly maxSheets: number;
}

export class XlsxFormatError extends Error {
  override readonly name = 'XlsxFormatError';
}
export class XlsxLimitError extends Error {
  override readonly name = 'XlsxLimitError';
}

const localName = (tag: { name: string }) => tag.name.slice(tag.name.indexOf(':') + 1);

/** Runs a SAX walk over one part of the package; malformed XML (or any DTD) refuses the workbook. */
function walk(xml: Buffer, name: string, on: { open?: (tag: SaxesTagPlain) => void; close?: (tag: SaxesTagPlain) => void; text?: (text: string) => void }): void {
  const parser = new SaxesParser();
  parser.on('doctype', () => {
    throw new XlsxFormatError(`${name} declares a DTD`);
  });
  if (on.open) parser.on('opentag', on.open as (tag: SaxesTagPlain) => void);
  if (on.close) parser.on('closetag', on.close as (tag: SaxesTagPlain) => void);
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  try {
    parser.write(xml.toString('utf8')).close();
  } catch (e) {
    if (e instanceof XlsxFormatError || e instanceof XlsxLimitError) throw e;
    throw new XlsxFormatError(`${name} is not well-formed XML`);
  }
}

function required(zip: BoundedZip, name: string): Buffer {
  const bytes = zip.read(name);
  if (!bytes) throw new XlsxFormatError(`the workbook has no ${name}`);
  return bytes;
}

interface SheetRef {
  readonly name: string;
  readonly relId: string;
  readonly hidden: boolean;
}

function sheetRefs(zip: BoundedZip): SheetRef[] {
  const refs: SheetRef[] = [];
  walk(required(zip, 'xl/workbook.xml'), 'workbook.xml', {
    open: (tag) => {
      if (localName(tag) !== 'sheet') return;
      const relId = Object.entries(tag.attributes).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
      refs.push({ name: tag.attributes.name ?? '', relId, hidden: (tag.attributes.state ?? 'visible') !== 'visible' });
    },
  });
  return refs;
}

/** Relationship id → part name inside the package. */
function relationships(zip: BoundedZip): { targets: Map<string, string>; sharedStrings: string | null } {
  const targets = new Map<string, string>();
  let sharedStrings: string | null = null;
  const rels = zip.read('xl/_rels/workbook.xml.rels');
  if (rels) {
    walk(rels, 'workbook.xml.rels', {
      open: (tag) => {
        if (localName(tag) !== 'Relationship') return;
        const target = tag.attributes.Target ?? '';
        const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
        targets.set(tag.attributes.Id ?? '', part);
        if ((tag.attributes.Type ?? '').endsWith('/sharedStrings')) sharedStrings = part;
      },
    });
  }
  return { targets, sharedStrings: sharedStrings ?? (zip.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : null) };
}

function readSharedStrings(zip: BoundedZip, part: string | null, maxCells: number): string[] {
  if (!part) return [];
  const bytes = zip.read(part);
  if (!bytes) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  walk(bytes, 'sharedStrings.xml', {
    open: (tag) => {
      const n = localName(tag);
      if (n === 'si') current = [];
      else if (n === 'rPh') phonetic++;
      else if (n === 't') inText = phonetic === 0;
    },
    close: (tag) => {
      const n = localName(tag);
      if (n === 'si') {
        if (strings.length >= maxCells) throw new XlsxLimitError('too many strings');
        strings.push((current ?? []).join(''));
        current = null;
      } else if (n === 'rPh') phonetic--;
      else if (n === 't') inText = false;
    },
    text: (text) => {
      if (inText && current) current.push(text);
    },
  });
  return strings;
}

const COLUMN = /^([A-Z]{1,3})(\d{1,7})$/;

export function columnName(index: number): string {
  let name = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function readSheet(xml: Buffer, name: string, strings: readonly string[], budget: { cells: number }): { cells: Map<string, XlsxValue>; rows: number[] } {
  const cells = new Map<string, XlsxValue>();
  const rows = new Set<number>();
  let row = 0;
  let column = 0;
  let cell: { address: string; type: string } | null = null;
  let value: string[] | null = null;
  let inValue = false;
  let inline: string[] | null = null;
  let inText = false;
  walk(xml, name, {
    open: (tag) => {
      switch (localName(tag)) {
        case 'row':
          row = Number(tag.attributes.r) || row + 1;
          column = 0;
          return;
        case 'c': {
          const m = COLUMN.exec(tag.attributes.r ?? '');
          column = m ? columnIndex(m[1]!) : column + 1;
          if (m) row = Number(m[2]);
          cell = { address: `${columnName(column)}${row}`, type: tag.attributes.t ?? 'n' };
          return;
        }
        case 'v':
          value = [];
          inValue = true;
          return;
        case 'is':
          inline = [];
          return;
        case 't':
          inText = inline !== null;
          return;
      }
    },
    close: (tag) => {
      switch (localName(tag)) {
        case 'v':
          inValue = false;
          return;
        case 't':
          inText = false;
          return;
        case 'c': {
          const v = cell ? cellValue(cell.type, value?.join('') ?? null, inline?.join('') ?? null, strings) : null;
          if (cell && v !== null && v !== '') {
            if (--budget.cells < 0) throw new XlsxLimitError('too many cells');
            cells.set(cell.address, v);
            rows.add(row);
          }
          cell = null;
          value = null;
          inline = null;
          return;
        }
      }
    },
    text: (text) => {
      if (inValue && value) value.push(text);
      else if (inText && inline) inline.push(text);
    },
  });
  return { cells, rows: [...rows].sort((a, b) => a - b) };
}

function cellValue(type: string, v: string | null, inline: string | null, strings: readonly string[]): XlsxValue | null {
  switch (type) {
    case 's':
      return v === null ? null : (strings[Number(v)] ?? null);
    case 'inlineStr':
      return inline;
    case 'str':
    case 'e':
    case 'd':
      return v;
    case 'b':
      return v === null ? null : v === '1' ? 'TRUE' : 'FALSE';
    default: {
      if (v === null || v.trim() === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

/**
 * The sheets of an .xlsx and the values of their cells, read within limits: a hostile workbook
 * (zip bomb, billions of cells, DTD tricks) is refused with an error instead of filling memory.
 * Styles, formulas and validations are not read; a formula's last value is.
 */
export function readXlsxSheets(bytes: Buffer, limits: XlsxLimits): XlsxSheet[] {
  const zip = new BoundedZip(bytes, limits);
  const refs = sheetRefs(zip);
  if (refs.length > limits.maxSheets) throw new XlsxLimitError(`${refs.length} sheets`);
  const { targets, sharedStrings } = relationships(zip);
  const strings = readSharedStrings(zip, sharedStrings, limits.maxCells);
  const budget = { cells: limits.maxCells };
  return refs.map((ref) => {
    const part = targets.get(ref.relId);
    const xml = part ? zip.read(part) : undefined;
    if (!xml) throw new XlsxFormatError(`sheet "${ref.name}" is missing`);
    return { name: ref.name, hidden: ref.hidden, ...readSheet(xml, ref.name, strings, budget) };
  });
}
