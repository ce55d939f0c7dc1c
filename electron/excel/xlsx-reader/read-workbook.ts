import { open, stat } from 'node:fs/promises';
import { readLegacyComments, readPersons, readThreadedComments } from './comment-parts';
import { ofType, REL, relationshipsOf, type Relationship } from './package-parts';
import { readSharedStrings } from './shared-strings';
import { readSheetPart, type SheetHead } from './sheet-part';
import { DEFAULT_LIMITS, megabytes, type WorkbookLimits } from './workbook-limits';
import type { CellNote, SheetData, SheetState, WorkbookData, WorkbookProperties } from './workbook-data';
import { WorkbookReadError } from './workbook-read-error';
import { attribute, xmlParser } from './xml-parser';
import { ZipArchive } from './zip-archive';

export type { SheetHead } from './sheet-part';

export interface ReadWorkbookOptions {
  /** The file's name as the user knows it, for every message. */
  readonly fileName: string;
  readonly limits?: Partial<WorkbookLimits>;
  /**
   * Which sheets to read, judged on a sheet's name, state and first `headRows` rows; the rest of a
   * sheet declined is never unpacked, so a client's own large sheet costs nothing. All when absent.
   */
  readonly wanted?: (head: SheetHead) => boolean;
  readonly headRows?: number;
}

const ZIP_MAGIC = [0x50, 0x4b];
// Old binary .xls, and password-protected .xlsx (an encrypted package inside a compound file), start with D0 CF 11 E0.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const startsWith = (bytes: Buffer, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads an .xlsx from disk. Every way it can fail is a WorkbookReadError naming `fileName`: missing,
 * a folder, too large, an old .xls, password-protected, not a workbook, damaged.
 */
export async function readWorkbookFile(path: string, options: ReadWorkbookOptions): Promise<WorkbookData> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const file = { file: options.fileName };
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookReadError('workbook.folder', file);
    size = info.size;
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('workbook.not-found', file, { cause: err });
    throw new WorkbookReadError('workbook.unreadable', { ...file, detail: (err as Error).message }, { cause: err });
  }
  if (size > limits.fileBytes) throw new WorkbookReadError('workbook.too-large', { ...file, limit: megabytes(limits.fileBytes) });
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return await readWorkbook(bytes.subarray(0, bytesRead), options);
  } finally {
    await handle.close();
  }
}

/** Reads an .xlsx held in memory (an upload), with the same checks as readWorkbookFile. */
export async function readWorkbook(bytes: Buffer, options: ReadWorkbookOptions): Promise<WorkbookData> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const file = { file: options.fileName };
  if (bytes.length > limits.fileBytes) throw new WorkbookReadError('workbook.too-large', { ...file, limit: megabytes(limits.fileBytes) });
  if (startsWith(bytes, OLE_MAGIC)) throw new WorkbookReadError(bytes.includes(ENCRYPTED_PACKAGE) ? 'workbook.encrypted' : 'workbook.old-format', file);
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookReadError('workbook.not-xlsx', file);
  let part = '';
  try {
    const zip = new ZipArchive(bytes, limits, options.fileName);
    return await new WorkbookReader(zip, limits, options, (p) => (part = p)).read();
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const detail = `${part ? `${part}: ` : ''}${(err as Error).message}`.slice(0, 300);
    throw new WorkbookReadError('workbook.damaged', { ...file, detail }, { cause: err });
  }
}

class WorkbookReader {
  private cells = 0;

  constructor(
    private readonly zip: ZipArchive,
    private readonly limits: WorkbookLimits,
    private readonly options: ReadWorkbookOptions,
    /** Which part is being read, for the message if it turns out damaged. */
    private readonly reading: (part: string) => void,
  ) {}

  async read(): Promise<WorkbookData> {
    const rootRels = await this.relationships('');
    const workbookPart = ofType(rootRels, REL.officeDocument)[0]?.target ?? (this.zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
    if (!workbookPart || !this.zip.has(workbookPart)) throw new WorkbookReadError('workbook.not-xlsx', { file: this.options.fileName });
    const corePart = ofType(rootRels, REL.coreProperties)[0]?.target;
    const properties = corePart && this.zip.has(corePart) ? await this.properties(corePart) : { creator: '', lastModifiedBy: '', modified: '' };

    const workbookRels = await this.relationships(workbookPart);
    const stringsPart = ofType(workbookRels, REL.sharedStrings)[0]?.target;
    this.reading(stringsPart ?? '');
    const strings = stringsPart && this.zip.has(stringsPart) ? await readSharedStrings(this.zip, stringsPart, () => this.countCell()) : [];
    const personsPart = ofType(workbookRels, REL.person)[0]?.target;
    const persons = personsPart && this.zip.has(personsPart) ? await readPersons(this.zip, personsPart) : new Map<string, string>();

    const sheets: SheetData[] = [];
    const list = await this.sheetList(workbookPart, workbookRels);
    for (const entry of list) {
      this.reading(entry.part);
      const cells = await readSheetPart({
        zip: this.zip,
        part: entry.part,
        name: entry.name,
        state: entry.state,
        strings,
        limits: this.limits,
        fileName: this.options.fileName,
        countCell: () => this.countCell(),
        wanted: this.options.wanted,
        headRows: this.options.headRows ?? 20,
      });
      if (!cells) continue;
      sheets.push({ name: entry.name, state: entry.state, ...cells, notes: await this.notes(entry.part, persons) });
    }
    return { sheets, sheetNames: list.map((s) => s.name), properties };
  }

  private countCell(): void {
    if (++this.cells > this.limits.cells) throw new WorkbookReadError('workbook.too-many-cells', { file: this.options.fileName, limit: String(this.limits.cells) });
  }

  private async relationships(part: string): Promise<Relationship[]> {
    this.reading(part);
    return relationshipsOf(this.zip, part);
  }

  private async sheetList(workbookPart: string, rels: readonly Relationship[]): Promise<Array<{ name: string; state: SheetState; part: string }>> {
    const byId = new Map(ofType(rels, REL.worksheet).map((r) => [r.id, r.target]));
    const sheets: Array<{ name: string; state: SheetState; part: string }> = [];
    this.reading(workbookPart);
    const parser = xmlParser({
      open(name, attrs) {
        if (name !== 'sheet') return;
        const part = byId.get(attribute(attrs, 'id') ?? '');
        const state = attribute(attrs, 'state');
        // Chart sheets and dialog sheets have no cells; their relationships are of other types.
        if (part) sheets.push({ name: attribute(attrs, 'name') ?? '', state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', part });
      },
    });
    parser.write(await this.zip.text(workbookPart));
    parser.close();
    return sheets.filter((s) => this.zip.has(s.part));
  }

  private async notes(sheetPart: string, persons: ReadonlyMap<string, string>): Promise<Map<string, readonly CellNote[]>> {
    const rels = await this.relationships(sheetPart);
    const notes = new Map<string, readonly CellNote[]>();
    for (const rel of ofType(rels, REL.comments)) {
      if (!this.zip.has(rel.target)) continue;
      this.reading(rel.target);
      for (const [ref, list] of await readLegacyComments(this.zip, rel.target)) notes.set(ref, [...(notes.get(ref) ?? []), ...list]);
    }
    for (const rel of ofType(rels, REL.threadedComment)) {
      if (!this.zip.has(rel.target)) continue;
      this.reading(rel.target);
      // Excel also writes each threaded comment as a legacy one ("[Threaded comment] Your version of Excel…") for older readers.
      for (const [ref, list] of await readThreadedComments(this.zip, rel.target, persons)) notes.set(ref, list);
    }
    return notes;
  }

  private async properties(part: string): Promise<WorkbookProperties> {
    this.reading(part);
    const found = { creator: '', lastModifiedBy: '', modified: '' };
    let field: keyof typeof found | null = null;
    const parser = xmlParser({
      open(name) {
        field = name === 'creator' || name === 'lastModifiedBy' || name === 'modified' ? name : null;
      },
      close() {
        field = null;
      },
      text(text) {
        if (field) found[field] += text;
      },
    });
    parser.write(await this.zip.text(part));
    parser.close();
    return { creator: found.creator.trim(), lastModifiedBy: found.lastModifiedBy.trim(), modified: found.modified.trim() };
  }
}
