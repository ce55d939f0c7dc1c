import { PageOrientation, type ISectionPropertiesOptions } from 'docx';

/** A4 in twips (1/1440 inch). */
const A4 = { width: 11906, height: 16838 };
/** Word's default Chinese margins: 2.54 cm top and bottom, 3.17 cm left and right; landscape keeps 2.54 cm all round. */
const PORTRAIT_MARGIN = { top: 1440, bottom: 1440, left: 1800, right: 1800, header: 851, footer: 992 };
const LANDSCAPE_MARGIN = { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 851, footer: 992 };

export type Orientation = 'portrait' | 'landscape';

export function pageProperties(orientation: Orientation): NonNullable<ISectionPropertiesOptions['page']> {
  if (orientation === 'portrait') return { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: PORTRAIT_MARGIN };
  return { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN };
}

/** Width between the margins, in twips. */
export function textWidth(orientation: Orientation): number {
  return orientation === 'portrait' ? A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right : A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
}

/** Height between the margins, in twips. */
export function textHeight(orientation: Orientation): number {
  return orientation === 'portrait' ? A4.height - PORTRAIT_MARGIN.top - PORTRAIT_MARGIN.bottom : A4.width - LANDSCAPE_MARGIN.top - LANDSCAPE_MARGIN.bottom;
}

/** docx sizes pictures in pixels at 96 per inch. */
export const twipsToPixels = (twips: number) => (twips / 1440) * 96;

/** Room left under a picture for its caption and the paragraph after, in twips. */
const CAPTION_ROOM = 1440;

/** Where a picture goes on a page of this orientation, in twips: the text area less the caption's room. */
export function pictureBox(orientation: Orientation): { width: number; height: number } {
  return { width: textWidth(orientation), height: textHeight(orientation) - CAPTION_ROOM };
}

/**
 * How many pixels per unit of a drawing `width` × `height` units large make it print at `dpi`
 * where the document shows it largest (fitted to a portrait or a landscape page).
 */
export function printZoom(width: number, height: number, dpi: number): number {
  const inchesPerUnit = Math.max(
    ...(['portrait', 'landscape'] as const).map((o) => {
      const box = pictureBox(o);
      return Math.min(box.width / width, box.height / height) / 1440;
    }),
  );
  return inchesPerUnit * dpi;
}
