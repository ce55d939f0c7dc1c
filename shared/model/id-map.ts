/**
 * Rows and RACI cells are kept in objects keyed by id. Without a prototype, no id can reach
 * Object.prototype through them, whatever a file or a request holds.
 */
export function idMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy (spreading would give the copy Object.prototype back). */
export function copyIdMap<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  return Object.assign(idMap<T>(), source);
}

/** Own entries only: never a value inherited from a prototype. */
export function own<T>(map: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}
