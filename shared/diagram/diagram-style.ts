import type { StepKind } from '../model/entities';

/** Fonts most consultants' machines have; the PNG renderer falls back to Noto Sans CJK SC. */
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

// Contrast (WCAG 2.2 AA, checked in diagram-style.test.ts): texts 4.5:1 on what they sit on; lines and
// shape outlines that tell lanes, phases, steps and hand-offs apart 3:1 on every lane fill.
export const INK = '#1f2933';
export const MUTED_INK = '#4f5a67';
export const FRAME = '#55657a';
/** Between lanes: the line, not the faint alternating fill, is what tells two lanes apart. */
export const GRID_LINE = '#74839a';
export const PHASE_LINE = '#6f7f95';
export const PHASE_HEADER_FILL = '#e6ebf2';
export const CORNER_FILL = '#d5dde8';
export const LANE_FILLS = ['#ffffff', '#eef2f6'] as const;

export const FLOW_COLOUR = '#475569';
/** Hand-off lines and their labels (the labels sit on a white plate). */
export const HANDOFF_COLOUR = '#b93d0b';

export interface KindStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** Colour of the step code shown inside the shape. */
  codeFill: string;
}

export const KIND_STYLE: Record<StepKind, KindStyle> = {
  start: { fill: '#e3f4e6', stroke: '#2f8a46', strokeWidth: 2, codeFill: '#1f6b33' },
  end: { fill: '#ffffff', stroke: '#a61e1e', strokeWidth: 4, codeFill: '#8c1d1d' },
  task: { fill: '#ffffff', stroke: '#4a6785', strokeWidth: 1.5, codeFill: '#5b6b80' },
  decision: { fill: '#fff6dd', stroke: '#b7791f', strokeWidth: 1.5, codeFill: '#8a5a12' },
  approval: { fill: '#f7f2ff', stroke: '#6b46c1', strokeWidth: 1.5, codeFill: '#5a3aa5' },
  delivery: { fill: '#e6f6f4', stroke: '#2c7a7b', strokeWidth: 1.5, codeFill: '#22605f' },
};

/** Seal colour of approval points (审批章). */
export const SEAL_COLOUR = '#c53030';

/** A colour mixed with white; share is how much of the colour stays. */
export function tint(hex: string, share: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#eef2f7';
  const mix = (h: string | undefined) =>
    Math.round(255 - (255 - Number.parseInt(h ?? 'ff', 16)) * share)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(m[1])}${mix(m[2])}${mix(m[3])}`;
}
