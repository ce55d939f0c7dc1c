import type { CellNote } from './workbook-data';
import { StringItemText } from './shared-strings';
import { attribute, xmlParser } from './xml-parser';
import type { ZipArchive } from './zip-archive';

type NotesByCell = Map<string, CellNote[]>;

function add(notes: NotesByCell, ref: string, note: CellNote): void {
  const list = notes.get(ref);
  if (list) list.push(note);
  else notes.set(ref, [note]);
}

/** Excel starts a legacy comment's text with "Author:" on a line of its own; the author is known already. */
function withoutAuthorLine(text: string, author: string): string {
  const prefix = `${author}:`;
  return author && text.startsWith(prefix) ? text.slice(prefix.length).replace(/^\s*\n/, '') : text;
}

async function parse(zip: ZipArchive, part: string, handlers: Parameters<typeof xmlParser>[0]): Promise<void> {
  const parser = xmlParser(handlers);
  await zip.stream(part, (chunk) => parser.write(chunk));
  parser.close();
}

/** Legacy comments ("notes" in today's Excel, comments in WPS and LibreOffice), by cell. */
export async function readLegacyComments(zip: ZipArchive, part: string): Promise<NotesByCell> {
  const authors: string[] = [];
  const notes: NotesByCell = new Map();
  const item = new StringItemText();
  let inAuthor = false;
  let authorText = '';
  let current: { ref: string; author: string } | null = null;
  await parse(zip, part, {
    open(name, attrs) {
      if (name === 'author') {
        inAuthor = true;
        authorText = '';
      } else if (name === 'comment') {
        const id = Number(attribute(attrs, 'authorId') ?? -1);
        current = { ref: (attribute(attrs, 'ref') ?? '').toUpperCase(), author: authors[id] ?? '' };
      } else if (current) item.open(name);
    },
    close(name) {
      if (name === 'author') {
        inAuthor = false;
        authors.push(authorText.trim());
      } else if (name === 'comment' && current) {
        const text = withoutAuthorLine(item.take(), current.author).trim();
        if (current.ref && text) add(notes, current.ref, { author: current.author, text, writtenAt: '' });
        current = null;
      } else if (current) item.close(name);
    },
    text(text) {
      if (inAuthor) authorText += text;
      else if (current) item.text(text);
    },
  });
  return notes;
}

/** Display names of the people in threaded comments, by person id. */
export async function readPersons(zip: ZipArchive, part: string): Promise<Map<string, string>> {
  const persons = new Map<string, string>();
  await parse(zip, part, {
    open(name, attrs) {
      const id = attribute(attrs, 'id');
      if (name === 'person' && id) persons.set(id, attribute(attrs, 'displayName') ?? '');
    },
  });
  return persons;
}

/** Threaded comments (Excel 365) and their replies, by cell, in the order written. */
export async function readThreadedComments(zip: ZipArchive, part: string, persons: ReadonlyMap<string, string>): Promise<NotesByCell> {
  const notes: NotesByCell = new Map();
  let current: { ref: string; author: string; writtenAt: string } | null = null;
  let inText = false;
  let text = '';
  await parse(zip, part, {
    open(name, attrs) {
      if (name === 'threadedComment') {
        current = { ref: (attribute(attrs, 'ref') ?? '').toUpperCase(), author: persons.get(attribute(attrs, 'personId') ?? '') ?? '', writtenAt: attribute(attrs, 'dT') ?? '' };
        text = '';
      } else if (current && name === 'text') inText = true;
    },
    close(name) {
      if (name === 'text') inText = false;
      else if (name === 'threadedComment' && current) {
        const body = text.trim();
        if (current.ref && body) add(notes, current.ref, { author: current.author, text: body, writtenAt: current.writtenAt });
        current = null;
      }
    },
    text(t) {
      if (inText) text += t;
    },
  });
  return notes;
}
