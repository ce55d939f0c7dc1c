import { unescapeOoxml } from './package-parts';
import { xmlParser } from './xml-parser';
import type { ZipArchive } from './zip-archive';

/**
 * Collects the text of string items (<si> of the shared strings, <is> of an inline string, the
 * <text> of a comment): plain <t> and the <t> of rich-text runs, never the phonetic guide (<rPh>).
 */
export class StringItemText {
  private phonetic = 0;
  private inText = false;
  private parts: string[] = [];

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text so far, and a fresh start for the next item. */
  take(): string {
    const out = unescapeOoxml(this.parts.join(''));
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
    return out;
  }
}

/** The shared strings table; `onCount` sees each string added, so the caller can bound how many. */
export async function readSharedStrings(zip: ZipArchive, part: string, onCount: () => void): Promise<string[]> {
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  const parser = xmlParser({
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) item.open(name);
    },
    close(name) {
      if (name === 'si') {
        inItem = false;
        onCount();
        strings.push(item.take());
      } else if (inItem) item.close(name);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  await zip.stream(part, (chunk) => parser.write(chunk));
  parser.close();
  return strings;
}
