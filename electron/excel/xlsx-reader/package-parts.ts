import { attribute, xmlParser } from './xml-parser';
import type { ZipArchive } from './zip-archive';

export interface Relationship {
  readonly id: string;
  /** The part it points at, as a path inside the zip. */
  readonly target: string;
  readonly type: string;
}

/** The relationship types a reader needs, by the end of their URI: transitional and strict OOXML differ only before it. */
export const REL = {
  officeDocument: '/officeDocument',
  coreProperties: '/core-properties',
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  comments: '/comments',
  threadedComment: '/threadedComment',
  person: '/person',
} as const;

export function ofType(rels: readonly Relationship[], type: string): Relationship[] {
  return rels.filter((r) => r.type.endsWith(type));
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

/** The zip path a relationship target names, relative to its source part ("../comments1.xml", "/xl/x.xml"). */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: the name is used as written.
  }
  const segments = (decoded.startsWith('/') ? decoded.slice(1) : folderOf(source) + decoded).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** Where the relationships of a part are kept: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** The relationships of a part; none when it has no .rels. External targets (links to the web) are left out. */
export async function relationshipsOf(zip: ZipArchive, part: string): Promise<Relationship[]> {
  const path = relsPathOf(part);
  if (!zip.has(path)) return [];
  const rels: Relationship[] = [];
  const parser = xmlParser({
    open(name, attrs) {
      if (name !== 'Relationship' || attribute(attrs, 'TargetMode') === 'External') return;
      const id = attribute(attrs, 'Id');
      const target = attribute(attrs, 'Target');
      if (id && target) rels.push({ id, target: resolveTarget(part, target), type: attribute(attrs, 'Type') ?? '' });
    },
  });
  parser.write(await zip.text(path));
  parser.close();
  return rels;
}

/** Decodes the _xHHHH_ escapes OOXML uses for characters XML cannot carry (e.g. _x000D_ for a carriage return). */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
