import type { ISectionPropertiesOptions } from 'docx';
import type { PolicyLayout } from '../../shared/policy/policy-params';

/** A4 in twips (1/1440 inch). */
const A4 = { width: 11906, height: 16838 };
const mm = (v: number) => Math.round((v / 25.4) * 1440);

export type Orientation = 'portrait' | 'landscape';

interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header: number;
  readonly footer: number;
}

/**
 * Enterprise style: Word's default Chinese margins, 2.54 cm top and bottom, 3.17 cm left and right.
 * GB/T 9704: 版心 156 × 225 mm (top 37, bottom 35, left 28, right 26 mm), the page number 7 mm under
 * the text. Landscape pages hold the swimlane diagrams and wide tables: 15 mm all round, header and
 * footer 7 mm from the edge, so a diagram prints large enough to read.
 */
const MARGINS: Record<PolicyLayout, Record<Orientation, Margins>> = {
  enterprise: {
    portrait: { top: 1440, bottom: 1440, left: 1800, right: 1800, header: 851, footer: 992 },
    landscape: { top: mm(15), bottom: mm(15), left: mm(15), right: mm(15), header: mm(7), footer: mm(7) },
  },
  gbt9704: {
    portrait: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(22) },
    landscape: { top: mm(15), bottom: mm(15), left: mm(15), right: mm(15), header: mm(7), footer: mm(7) },
  },
};

export function pageProperties(layout: PolicyLayout, orientation: Orientation): NonNullable<ISectionPropertiesOptions['page']> {
  // docx's PageOrientation values are these very words; naming them keeps docx out of the picture threads, which size pictures by the page.
  return { size: { ...A4, orientation }, margin: MARGINS[layout][orientation] };
}

/** Width between the margins, in twips. */
export function textWidth(layout: PolicyLayout, orientation: Orientation): number {
  const m = MARGINS[layout][orientation];
  return (orientation === 'portrait' ? A4.width : A4.height) - m.left - m.right;
}

/** Height between the margins, in twips. */
export function textHeight(layout: PolicyLayout, orientation: Orientation): number {
  const m = MARGINS[layout][orientation];
  return (orientation === 'portrait' ? A4.height : A4.width) - m.top - m.bottom;
}

/** docx sizes pictures in pixels at 96 per inch. */
export const twipsToPixels = (twips: number) => (twips / 1440) * 96;

/** Room left under a picture for its one-line caption (22 pt enterprise, 29 pt GB/T) and a little to spare, in twips. */
const CAPTION_ROOM: Record<PolicyLayout, number> = { enterprise: 560, gbt9704: 700 };

/** Where a picture goes on a page of this orientation, in twips: the text area less the caption's room. */
export function pictureBox(layout: PolicyLayout, orientation: Orientation): { width: number; height: number } {
  return { width: textWidth(layout, orientation), height: textHeight(layout, orientation) - CAPTION_ROOM[layout] };
}

/** Where a diagram's picture goes on a page of either orientation, in points. */
export function pictureBoxes(layout: PolicyLayout): Record<Orientation, { width: number; height: number }> {
  const points = (o: Orientation) => {
    const box = pictureBox(layout, o);
    return { width: box.width / 20, height: box.height / 20 };
  };
  return { portrait: points('portrait'), landscape: points('landscape') };
}
