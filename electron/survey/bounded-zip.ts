import { inflateRawSync } from 'node:zlib';

/** How much of an archive we are willing to unpack: a zip bomb stops at these, not at memory's end. */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Largest size of one entry once unpacked, in bytes. */
  readonly maxEntryBytes: number;
  /** Largest size of everything unpacked from one archive, in bytes. */
  readonly maxTotalBytes: number;
}

export class ZipLimitError extends Error {
  override readonly name = 'ZipLimitError';
}
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly localAt: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The entries of a zip archive (an .xlsx), unpacked on request and within limits. Sizes the archive
 * declares are not trusted: inflation itself stops at the limit. No zip64, no encryption, stored or
 * deflated entries only — what Excel, WPS, LibreOffice and openpyxl write.
 */
export class BoundedZip {
  private readonly entries = new Map<string, Entry>();
  private unpacked = 0;

  constructor(
    private readonly zip: Buffer,
    private readonly limits: ZipLimits,
  ) {
    // The end record sits in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
    const from = Math.max(0, zip.length - 65_557);
    let end = -1;
    for (let i = zip.length - 22; i >= from; i--) {
      if (zip.readUInt32LE(i) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ZipFormatError('no zip directory');
    const count = zip.readUInt16LE(end + 10);
    if (count > limits.maxEntries) throw new ZipLimitError(`${count} entries`);
    let at = zip.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipFormatError('damaged zip directory');
      const flags = zip.readUInt16LE(at + 8);
      if (flags & 1) throw new ZipFormatError('encrypted entry');
      const nameLength = zip.readUInt16LE(at + 28);
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      this.entries.set(name.replace(/^\/+/, ''), { method: zip.readUInt16LE(at + 10), compressedSize: zip.readUInt32LE(at + 20), localAt: zip.readUInt32LE(at + 42) });
      at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** An entry's bytes, or undefined when the archive has none by that name. */
  read(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const { zip } = this;
    const at = entry.localAt;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) throw new ZipFormatError(`damaged entry ${name}`);
    const dataAt = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    if (dataAt + entry.compressedSize > zip.length) throw new ZipFormatError(`entry ${name} is cut off`);
    const data = zip.subarray(dataAt, dataAt + entry.compressedSize);
    const room = Math.min(this.limits.maxEntryBytes, this.limits.maxTotalBytes - this.unpacked);
    let bytes: Buffer;
    if (entry.method === 0) {
      if (data.length > room) throw new ZipLimitError(`entry ${name} is too large`);
      bytes = Buffer.from(data);
    } else if (entry.method === 8) {
      try {
        bytes = inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
      } catch (e) {
        if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipLimitError(`entry ${name} unpacks too large`);
        throw new ZipFormatError(`entry ${name} cannot be unpacked`);
      }
    } else throw new ZipFormatError(`entry ${name} uses compression method ${entry.method}`);
    this.unpacked += bytes.length;
    return bytes;
  }
}
