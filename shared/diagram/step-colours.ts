import type { Step } from '../model/entities';
import { darkenedFor } from './colour-contrast';
import { KIND_STYLE, tint, type KindStyle } from './diagram-style';

const styles = new Map<string, KindStyle>();

/**
 * The colours a step is drawn in: its kind's, or derived from the colour chosen for it — a light tint
 * inside, the outline dark enough to stand out (3:1) and the code dark enough to read (4.5:1).
 */
export function kindStyle(step: Pick<Step, 'kind' | 'color'>): KindStyle {
  const base = KIND_STYLE[step.kind];
  if (!step.color) return base;
  const key = `${step.kind}|${step.color}`;
  let style = styles.get(key);
  if (!style) {
    const fill = tint(step.color, 0.18);
    style = { fill, stroke: darkenedFor(step.color, fill, 3), strokeWidth: base.strokeWidth, codeFill: darkenedFor(step.color, fill, 4.5) };
    styles.set(key, style);
  }
  return style;
}
