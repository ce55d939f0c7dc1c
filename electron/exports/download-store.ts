import { randomUUID } from 'node:crypto';
import type { ExportedFile } from './project-exports';

/** Where the browser host serves a finished export (GET, its own origin). */
export const DOWNLOAD_PATH = '/download/';
/** A download not fetched by then is dropped (the tab went away). */
const KEEP_MS = 10 * 60 * 1000;

/**
 * Finished exports waiting for the browser to fetch them, once each. The bytes go out as they
 * are, never as base64 inside JSON: a 16 MB document would otherwise hold the API for a while
 * (and the page longer, decoding it).
 */
export class DownloadStore {
  private readonly files = new Map<string, { file: ExportedFile; until: number }>();

  /** The URL to fetch the file from. */
  put(file: ExportedFile, now = Date.now()): string {
    for (const [token, entry] of this.files) if (entry.until < now) this.files.delete(token);
    const token = randomUUID();
    this.files.set(token, { file, until: now + KEEP_MS });
    return `${DOWNLOAD_PATH}${token}`;
  }

  /** The file at that URL, handed out once. */
  take(url: string): ExportedFile | null {
    if (!url.startsWith(DOWNLOAD_PATH)) return null;
    const token = url.slice(DOWNLOAD_PATH.length);
    const entry = this.files.get(token);
    this.files.delete(token);
    return entry && entry.until >= Date.now() ? entry.file : null;
  }
}
