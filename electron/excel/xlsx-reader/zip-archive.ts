import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import { megabytes, type WorkbookLimits } from './workbook-limits';
import { WorkbookReadError } from './workbook-read-error';

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Unpacked text goes to a part's reader in pieces of this size. */
const CHUNK = 64 * 1024;
/** Parts at most this size packed are unpacked on the spot rather than streamed through the thread pool. */
const SMALL_PART = 64 * 1024;

/** Thrown by a sink to stop reading a part early; not an error. */
export class StopReading extends Error {}

/**
 * The parts of an .xlsx (a zip) read from its central directory, unpacked one at a time as a
 * stream, each within the limits: the sizes the directory declares are checked first, and the
 * bytes really unpacked are counted too, since a directory can lie.
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, string | null>();
  private unpacked = 0;

  constructor(
    private readonly zip: Buffer,
    private readonly limits: WorkbookLimits,
    private readonly fileName: string,
  ) {
    const { count, at } = this.directory();
    if (count > limits.entries) throw this.damaged(`${count} files in the archive`);
    let offset = at;
    for (let i = 0; i < count; i++) {
      const entry = this.centralEntry(offset);
      offset = entry.next;
      if (this.entries.has(entry.name)) throw this.damaged(`two parts named ${entry.name}`);
      this.entries.set(entry.name, entry);
      const lower = entry.name.toLowerCase();
      this.folded.set(lower, this.folded.has(lower) ? null : entry.name);
    }
  }

  /** The stored name of a part; writers differ in case, so an unambiguous case-insensitive match counts. */
  resolve(name: string): string | null {
    if (this.entries.has(name)) return name;
    return this.folded.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.resolve(name) !== null;
  }

  /** Every part's name, in the order of the directory. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** A part's bytes at once, for small archives of our own making (tests looking inside exports). */
  bytes(name: string): Buffer {
    const entry = this.entries.get(this.resolve(name) ?? '');
    if (!entry) throw this.damaged(`${name} is missing`);
    const data = this.dataOf(entry);
    if (entry.method === STORED) return Buffer.from(data);
    return this.inflateAtOnce(entry, data);
  }

  /** A part unpacked in one go, never past the part limit. */
  private inflateAtOnce(entry: ZipEntry, data: Buffer): Buffer {
    try {
      return inflateRawSync(data, { maxOutputLength: this.limits.partBytes });
    } catch (err) {
      throw (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? this.tooLarge(this.limits.partBytes) : this.damaged(`${entry.name}: ${(err as Error).message}`);
    }
  }

  /** Unpacks a part and hands its text to `sink` chunk by chunk; the sink may throw StopReading to end early. */
  async stream(name: string, sink: (text: string) => void): Promise<void> {
    const stored = this.resolve(name);
    const entry = stored ? this.entries.get(stored) : undefined;
    if (!entry) throw this.damaged(`${name} is missing`);
    if (entry.size > this.limits.partBytes) throw this.tooLarge(this.limits.partBytes);
    if (this.unpacked + entry.size > this.limits.totalBytes) throw this.tooLarge(this.limits.totalBytes);
    const data = this.dataOf(entry);
    const decoder = new StringDecoder('utf8');
    const count = this.counter();
    if (entry.method === STORED) {
      count(data.length);
      try {
        sink(decoder.write(data) + decoder.end());
      } catch (err) {
        if (!(err instanceof StopReading)) throw err;
      }
      return;
    }
    if (data.length <= SMALL_PART) {
      this.inflateSmall(entry, data, decoder, count, sink);
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const inflate = createInflateRaw({ chunkSize: CHUNK });
      let settled = false;
      const finish = (err?: unknown) => {
        if (settled) return;
        settled = true;
        inflate.destroy();
        if (err === undefined || err instanceof StopReading) resolve();
        else reject(err);
      };
      inflate.on('data', (chunk: Buffer) => {
        if (settled) return;
        try {
          count(chunk.length);
          sink(decoder.write(chunk));
        } catch (err) {
          finish(err);
        }
      });
      inflate.on('end', () => {
        try {
          sink(decoder.end());
          finish();
        } catch (err) {
          finish(err);
        }
      });
      inflate.on('error', (err) => finish(this.damaged(`${entry.name}: ${err.message}`)));
      inflate.end(data);
    });
  }

  /**
   * A part small when packed, unpacked at once: a form or a relationships part is a few kilobytes,
   * and a round trip to the thread pool per part costs more than unpacking it. The output stays
   * bounded by the same limits; the sink still gets it in chunks and may stop early.
   */
  private inflateSmall(entry: ZipEntry, data: Buffer, decoder: StringDecoder, count: (bytes: number) => void, sink: (text: string) => void): void {
    const text = this.inflateAtOnce(entry, data);
    try {
      for (let at = 0; at < text.length; at += CHUNK) {
        const chunk = text.subarray(at, at + CHUNK);
        count(chunk.length);
        sink(decoder.write(chunk));
      }
      sink(decoder.end());
    } catch (err) {
      if (!(err instanceof StopReading)) throw err;
    }
  }

  /** A whole small part as text (relationships, the workbook, properties). */
  async text(name: string): Promise<string> {
    const chunks: string[] = [];
    await this.stream(name, (t) => chunks.push(t));
    return chunks.join('');
  }

  /** Counts what one part has unpacked so far; the directory's sizes may lie, so the real bytes decide. */
  private counter(): (bytes: number) => void {
    let part = 0;
    return (bytes) => {
      part += bytes;
      this.unpacked += bytes;
      if (part > this.limits.partBytes) throw this.tooLarge(this.limits.partBytes);
      if (this.unpacked > this.limits.totalBytes) throw this.tooLarge(this.limits.totalBytes);
    };
  }

  private dataOf(entry: ZipEntry): Buffer {
    const at = entry.localOffset;
    if (at + 30 > this.zip.length || this.zip.readUInt32LE(at) !== LOCAL) throw this.damaged(`${entry.name}: no local header`);
    const start = at + 30 + this.zip.readUInt16LE(at + 26) + this.zip.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.zip.length) throw this.damaged(`${entry.name} is cut short`);
    return this.zip.subarray(start, end);
  }

  private directory(): { count: number; at: number } {
    const zip = this.zip;
    const floor = Math.max(0, zip.length - 22 - 0xffff);
    let eocd = -1;
    for (let i = zip.length - 22; i >= floor; i--) {
      if (zip.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw this.damaged('no zip directory (the file may be cut short)');
    let count = zip.readUInt16LE(eocd + 10);
    let at = zip.readUInt32LE(eocd + 16);
    const locator = eocd - 20;
    if ((count === 0xffff || at === 0xffffffff) && locator >= 0 && zip.readUInt32LE(locator) === ZIP64_LOCATOR) {
      const record = Number(zip.readBigUInt64LE(locator + 8));
      if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD) throw this.damaged('bad zip64 directory');
      count = Number(zip.readBigUInt64LE(record + 32));
      at = Number(zip.readBigUInt64LE(record + 48));
    }
    if (at >= zip.length) throw this.damaged('the zip directory points past the end of the file');
    return { count, at };
  }

  private centralEntry(at: number): ZipEntry & { next: number } {
    const zip = this.zip;
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw this.damaged('damaged zip directory');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    let compressedSize = zip.readUInt32LE(at + 20);
    let size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    let localOffset = zip.readUInt32LE(at + 42);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > zip.length) throw this.damaged('damaged zip directory');
    const name = zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, nameEnd);
    // Zip64: sizes and offset that do not fit 32 bits sit in extra field 1, in this order.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength; ) {
      const id = zip.readUInt16LE(x);
      const length = zip.readUInt16LE(x + 2);
      if (id === 1) {
        let f = x + 4;
        const field = () => {
          const value = Number(zip.readBigUInt64LE(f));
          f += 8;
          return value;
        };
        if (size === 0xffffffff) size = field();
        if (compressedSize === 0xffffffff) compressedSize = field();
        if (localOffset === 0xffffffff) localOffset = field();
      }
      x += 4 + length;
    }
    if (flags & 0x1) throw new WorkbookReadError('workbook.encrypted', { file: this.fileName });
    if (method !== STORED && method !== DEFLATED) throw this.damaged(`${name} is packed in a way Excel does not use (method ${method})`);
    return { name, method, compressedSize, size, localOffset, next: nameEnd + extraLength + commentLength };
  }

  private tooLarge(limit: number): WorkbookReadError {
    return new WorkbookReadError('workbook.too-large', { file: this.fileName, limit: megabytes(limit) });
  }

  private damaged(detail: string): WorkbookReadError {
    return new WorkbookReadError('workbook.damaged', { file: this.fileName, detail });
  }
}
