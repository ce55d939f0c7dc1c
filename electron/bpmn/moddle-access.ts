import type { ModdleElement } from 'bpmn-moddle';

/** Typed reads of a parsed element: a hostile file may leave any property missing or of another type. */
export function isElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

export function text(el: ModdleElement, key: string): string {
  const value = el[key];
  return typeof value === 'string' ? value : '';
}

export function num(el: ModdleElement, key: string): number | null {
  const value = el[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function many(el: ModdleElement, key: string): ModdleElement[] {
  const value = el[key];
  return Array.isArray(value) ? value.filter(isElement) : [];
}

export function one(el: ModdleElement, key: string): ModdleElement | null {
  const value = el[key];
  return isElement(value) ? value : null;
}

/** "bpmn:UserTask" → "UserTask". */
export function localType(el: ModdleElement): string {
  return el.$type.slice(el.$type.indexOf(':') + 1);
}

/** An element's name on one line, as Lanewise shows names; its id when it has none. */
export function displayName(el: ModdleElement): string {
  return text(el, 'name').replace(/\s+/g, ' ').trim() || text(el, 'id');
}
