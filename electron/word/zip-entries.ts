import { DEFAULT_LIMITS } from '../excel/xlsx-reader/workbook-limits';
import { ZipArchive } from '../excel/xlsx-reader/zip-archive';

/** The files of a zip archive (a .docx) by name; tests use it to look inside exports. */
export function zipEntries(zip: Buffer): Map<string, Buffer> {
  const archive = new ZipArchive(zip, DEFAULT_LIMITS, 'archive');
  return new Map(archive.names().map((name) => [name, archive.bytes(name)]));
}
