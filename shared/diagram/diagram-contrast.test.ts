import { describe, expect, it } from 'vitest';
import { STEP_KINDS } from '../model/entities';
import { contrast } from './colour-contrast';
import { FLOW_COLOUR, FRAME, GRID_LINE, HANDOFF_COLOUR, INK, KIND_STYLE, LANE_FILLS, MUTED_INK, PHASE_LINE } from './diagram-style';
import { kindStyle } from './step-colours';

// WCAG 2.1: 4.5:1 for text (1.4.3), 3:1 for lines and shapes that carry meaning (1.4.11).
describe('diagram colours', () => {
  it('keeps lane and phase separators visible on both lane fills', () => {
    for (const fill of LANE_FILLS) {
      expect(contrast(GRID_LINE, fill)).toBeGreaterThanOrEqual(3);
      expect(contrast(PHASE_LINE, fill)).toBeGreaterThanOrEqual(3);
      expect(contrast(FRAME, fill)).toBeGreaterThanOrEqual(3);
      expect(contrast(FLOW_COLOUR, fill)).toBeGreaterThanOrEqual(3);
      expect(contrast(HANDOFF_COLOUR, fill)).toBeGreaterThanOrEqual(3);
    }
  });

  it('makes every text readable: names, codes, hand-off and flow labels', () => {
    for (const fill of LANE_FILLS) expect(contrast(MUTED_INK, fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(HANDOFF_COLOUR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(FLOW_COLOUR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    for (const kind of STEP_KINDS) {
      expect(contrast(INK, KIND_STYLE[kind].fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(KIND_STYLE[kind].codeFill, KIND_STYLE[kind].fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(KIND_STYLE[kind].stroke, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('derives readable colours from any colour a user picks for a step', () => {
    for (const color of ['#ffff00', '#00ff00', '#1f77b4', '#000000', '#ffffff', '#ff7f0e']) {
      const style = kindStyle({ kind: 'task', color });
      expect(contrast(style.codeFill, style.fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(INK, style.fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(style.stroke, style.fill)).toBeGreaterThanOrEqual(3);
    }
  });
});
