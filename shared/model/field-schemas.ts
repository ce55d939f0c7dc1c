import { z } from 'zod';

/**
 * Names that plain-object lookups treat specially: an id like these would reach Object.prototype
 * through `obj[id]` somewhere, so no id may be one of them.
 */
export const RESERVED_IDS = ['__proto__', 'constructor', 'prototype'] as const;

// Characters XML 1.0 cannot carry (Word and Excel files break on them) and that SQLite's UTF-8
// cannot store faithfully: C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF.
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Ids are keys and file names' parts: no control character at all, and nothing cleaned silently.
const UNSAFE_ID = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text with every character a file format cannot carry removed; the one place text is made safe. */
export function cleanText(value: string): string {
  return value.replace(UNSAFE_TEXT, '');
}

export function isSafeId(value: string): boolean {
  return !UNSAFE_ID.test(value) && !(RESERVED_IDS as readonly string[]).includes(value);
}

/** Free text of any length up to `max`, cleaned of what files cannot hold. */
export function safeText(max: number) {
  return z.string().overwrite(cleanText).max(max);
}

/** A required single name: cleaned, trimmed, not empty. */
export function safeName(max = 200) {
  return z.string().overwrite(cleanText).trim().min(1).max(max);
}

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isSafeId, { message: 'An id may not contain control or unpaired characters, nor be __proto__, constructor or prototype' });
export const orderSchema = z.number().int().min(0);
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);
