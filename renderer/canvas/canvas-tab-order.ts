import type { Flow, Step } from '../../shared/model/entities';

/** One Tab stop of the diagram: a step, a flow, or a lane or phase header or grip (found in the page). */
export type TabStop = { kind: 'step'; id: string } | { kind: 'flow'; id: string } | { kind: 'header'; index: number };

/**
 * The order Tab walks the diagram in: every step by its number (whether drawn at the current zoom
 * or not), then the flows in the order of the steps they leave and enter, then the lane and phase
 * headers with their grips as the page holds them.
 */
export function canvasTabOrder(steps: readonly Step[], flows: readonly Flow[], headers: number): TabStop[] {
  const sorted = [...steps].sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }) || a.x - b.x || a.y - b.y || a.id.localeCompare(b.id));
  const rank = new Map(sorted.map((s, i) => [s.id, i]));
  const at = (id: string) => rank.get(id) ?? sorted.length;
  const ordered = [...flows].sort((a, b) => at(a.fromStepId) - at(b.fromStepId) || at(a.toStepId) - at(b.toStepId) || a.id.localeCompare(b.id));
  return [
    ...sorted.map((s): TabStop => ({ kind: 'step', id: s.id })),
    ...ordered.map((f): TabStop => ({ kind: 'flow', id: f.id })),
    ...Array.from({ length: headers }, (_, index): TabStop => ({ kind: 'header', index })),
  ];
}

/** The stop after (or before) the current one, or null when Tab leaves the diagram. */
export function nextTabStop(order: readonly TabStop[], current: TabStop | null, backwards: boolean): TabStop | null {
  if (order.length === 0) return null;
  if (!current) return backwards ? order[order.length - 1]! : order[0]!;
  const index = order.findIndex((s) => s.kind === current.kind && (s.kind === 'header' ? s.index === (current as { index: number }).index : s.id === (current as { id: string }).id));
  if (index === -1) return backwards ? order[order.length - 1]! : order[0]!;
  return order[index + (backwards ? -1 : 1)] ?? null;
}
