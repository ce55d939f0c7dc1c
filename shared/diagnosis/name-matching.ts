/** A name as people type it into a form, for matching: width, case and spacing do not count. */
export function normaliseName(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Finds rows by a name typed in a form. */
export function nameLookup<R extends { id: string; name: string }>(rows: readonly R[]): (typed: string) => R | undefined {
  const byName = new Map<string, R>();
  for (const r of rows) if (!byName.has(normaliseName(r.name))) byName.set(normaliseName(r.name), r);
  return (typed) => byName.get(normaliseName(typed));
}
