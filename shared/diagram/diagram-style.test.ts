import { describe, expect, it } from 'vitest';
import { contrast } from '../../test/support/wcag-contrast';
import { STEP_KINDS } from '../model/entities';
import { CORNER_FILL, FLOW_COLOUR, FRAME, GRID_LINE, HANDOFF_COLOUR, INK, KIND_STYLE, LANE_FILLS, MUTED_INK, PHASE_HEADER_FILL, PHASE_LINE } from './diagram-style';

/** Text of normal size (1.4.3) and lines or outlines that carry meaning (1.4.11). */
const TEXT = 4.5;
const GRAPHIC = 3;
/** Flow labels sit on a white plate. */
const LABEL_PLATE = '#ffffff';

describe('the contrast ratio computed here', () => {
  it('gives the known ratios of black, white and the WCAG grey', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('diagram colours (canvas and exports) meet WCAG 2.2 AA', () => {
  it.each(LANE_FILLS)('on lane fill %s: lane separators, phase separators, the frame and flow lines stand out (3:1)', (fill) => {
    expect(contrast(GRID_LINE, fill)).toBeGreaterThanOrEqual(GRAPHIC);
    expect(contrast(PHASE_LINE, fill)).toBeGreaterThanOrEqual(GRAPHIC);
    expect(contrast(FRAME, fill)).toBeGreaterThanOrEqual(GRAPHIC);
    expect(contrast(FLOW_COLOUR, fill)).toBeGreaterThanOrEqual(GRAPHIC);
    expect(contrast(HANDOFF_COLOUR, fill)).toBeGreaterThanOrEqual(GRAPHIC);
  });

  it('two neighbouring lanes are told apart by their separator, at 3:1 against both fills', () => {
    for (let i = 0; i < LANE_FILLS.length; i++) {
      const next = LANE_FILLS[(i + 1) % LANE_FILLS.length]!;
      expect(Math.min(contrast(GRID_LINE, LANE_FILLS[i]!), contrast(GRID_LINE, next))).toBeGreaterThanOrEqual(GRAPHIC);
    }
  });

  it('hand-off labels read at 4.5:1 on their plate and even on a bare lane', () => {
    for (const ground of [LABEL_PLATE, ...LANE_FILLS]) expect(contrast(HANDOFF_COLOUR, ground)).toBeGreaterThanOrEqual(TEXT);
    for (const ground of [LABEL_PLATE, ...LANE_FILLS]) expect(contrast(FLOW_COLOUR, ground)).toBeGreaterThanOrEqual(TEXT);
  });

  it('lane, phase and corner texts read at 4.5:1', () => {
    for (const ground of [...LANE_FILLS, PHASE_HEADER_FILL, CORNER_FILL]) expect(contrast(INK, ground)).toBeGreaterThanOrEqual(TEXT);
    expect(contrast(MUTED_INK, CORNER_FILL)).toBeGreaterThanOrEqual(TEXT);
  });

  it.each(STEP_KINDS)('%s: name and code read inside the shape (4.5:1), its outline stands out on every lane (3:1)', (kind) => {
    const style = KIND_STYLE[kind];
    expect(contrast(INK, style.fill)).toBeGreaterThanOrEqual(TEXT);
    expect(contrast(style.codeFill, style.fill)).toBeGreaterThanOrEqual(TEXT);
    for (const fill of LANE_FILLS) expect(contrast(style.stroke, fill)).toBeGreaterThanOrEqual(GRAPHIC);
  });
});
