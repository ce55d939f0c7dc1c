const MAX_LENGTH = 31;
// Excel refuses these characters in sheet names and a name starting or ending with an apostrophe.
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g;
// Excel reserves "History" for its change tracking.
const RESERVED = new Set(['history']);

/** A sheet name Excel, WPS and LibreOffice accept: ≤31 characters, no []:*?/\. */
export function sanitiseSheetName(name: string, fallback: string): string {
  // exceljs quotes sheet names in print titles without doubling apostrophes, which Excel then repairs.
  const cleaned = name.replace(FORBIDDEN, ' ').replace(/'/g, '’').replace(/\s+/g, ' ').trim();
  const base = cleaned === '' || RESERVED.has(cleaned.toLowerCase()) ? fallback : cleaned;
  return truncate(base, MAX_LENGTH);
}

/** Cuts to at most max UTF-16 units (what Excel counts) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trimEnd();
}

/** Hands out sheet names unique within one workbook; Excel compares names case-insensitively. */
export class SheetNamer {
  private readonly used = new Set<string>();

  take(name: string, fallback: string): string {
    const base = sanitiseSheetName(name, fallback);
    let candidate = base;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = truncate(base, MAX_LENGTH - suffix.length) + suffix;
    }
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
