import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
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
 * Enterprise style: Word's default Chinese margins, 2.54 cm top and bottom, 3.17 cm left and right;
 * landscape keeps 2.54 cm all round. GB/T 9704: 版心 156 × 225 mm (top 37, bottom 35, left 28,
 * right 26 mm), the page number 7 mm under the text; landscape pages keep 25 mm all round.
 */
const MARGINS: Record<PolicyLayout, Record<Orientation, Margins>> = {
  enterprise: {
    portrait: { top: 1440, bottom: 1440, left: 1800, right: 1800, header: 851, footer: 992 },
    landscape: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 851, footer: 992 },
  },
  gbt9704: {
    portrait: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(22) },
    landscape: { top: mm(25), bottom: mm(25), left: mm(25), right: mm(25), header: mm(12), footer: mm(12) },
  },
};

export function pageProperties(layout: PolicyLayout, orientation: Orientation): NonNullable<ISectionPropertiesOptions['page']> {
  const margin = MARGINS[layout][orientation];
  if (orientation === 'portrait') return { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin };
  return { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin };
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

/** Room left under a picture for its caption and the paragraph after, in twips. */
const CAPTION_ROOM = 1440;

/** Where a picture goes on a page of this orientation, in twips: the text area less the caption's room. */
export function pictureBox(layout: PolicyLayout, orientation: Orientation): { width: number; height: number } {
  return { width: textWidth(layout, orientation), height: textHeight(layout, orientation) - CAPTION_ROOM };
}

/**
 * How many pixels per unit of a drawing `width` × `height` units large make it print at `dpi`
 * where the document shows it largest (fitted to a portrait or a landscape page of either layout).
 */
export function printZoom(width: number, height: number, dpi: number): number {
  const inchesPerUnit = Math.max(
    ...(['enterprise', 'gbt9704'] as const).flatMap((layout) =>
      (['portrait', 'landscape'] as const).map((o) => {
        const box = pictureBox(layout, o);
        return Math.min(box.width / width, box.height / height) / 1440;
      }),
    ),
  );
  return inchesPerUnit * dpi;
}

/** Points of print per unit of a drawing `width` × `height` fitted to the page, as the document shows it. */
export function printScale(layout: PolicyLayout, orientation: Orientation, width: number, height: number): number {
  const box = pictureBox(layout, orientation);
  return (Math.min(box.width / width, box.height / height) * 72) / 1440;
}
