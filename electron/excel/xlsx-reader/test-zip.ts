import { crc32, deflateRawSync } from 'node:zlib';

export interface TestZipEntry {
  readonly name: string;
  readonly data: string | Buffer;
  /** Stored instead of deflated. */
  readonly store?: boolean;
  /** Already deflated bytes (with `size` their unpacked size), for archives no real data should be built for. */
  readonly deflated?: { readonly bytes: Buffer; readonly size: number };
  /** The unpacked size the directory claims, when it should lie. */
  readonly claimedSize?: number;
}

/** Test helper: a zip archive written byte by byte, so tests can build workbooks no office program would. */
export function buildZip(entries: readonly TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const method = entry.store ? 0 : 8;
    const body = entry.deflated?.bytes ?? (entry.store ? raw : deflateRawSync(raw));
    const size = entry.claimedSize ?? entry.deflated?.size ?? raw.length;
    const crc = entry.deflated ? 0 : crc32(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(Math.min(size, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface TestSheet {
  readonly name: string;
  /** The <sheetData> and anything after it (mergeCells…), as XML. */
  readonly xml: string | { readonly deflated: Buffer; readonly size: number };
  readonly state?: 'hidden' | 'veryHidden';
  /** Extra relationships of the sheet: [type suffix, target]. */
  readonly rels?: ReadonlyArray<readonly [string, string]>;
}

/** Test helper: the parts of a minimal workbook around the given sheets, plus any extra parts. */
export function workbookEntries(sheets: readonly TestSheet[], options: { sharedStrings?: readonly string[]; extra?: readonly TestZipEntry[]; workbookRels?: ReadonlyArray<readonly [string, string]> } = {}): TestZipEntry[] {
  const entries: TestZipEntry[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${(options.workbookRels ?? [])
        .map(([type, target], i) => `<Relationship Id="rW${i}" Type="${type}" Target="${target}"/>`)
        .join('')}</Relationships>`,
    },
  ];
  if (options.sharedStrings) {
    entries.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst ${NS}>${options.sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}</sst>` });
  }
  sheets.forEach((s, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    if (typeof s.xml === 'string') entries.push({ name, data: `<?xml version="1.0"?><worksheet ${NS}>${s.xml}</worksheet>` });
    else entries.push({ name, data: '', deflated: { bytes: s.xml.deflated, size: s.xml.size } });
    if (s.rels) {
      entries.push({
        name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.rels.map(([type, target], j) => `<Relationship Id="rC${j}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`,
      });
    }
  });
  return [...entries, ...(options.extra ?? [])];
}
