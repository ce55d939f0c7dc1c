import { svgSize } from '../diagram/diagram-png';
import { outlineFonts } from '../diagram/outline-fonts';
import { outlineSvgText } from '../diagram/text-outlines';
import { EmfWriter } from './emf-writer';
import { svgShapes, UnsupportedSvg } from './svg-shapes';
import { parseSvgTree } from './svg-tree';

/**
 * A diagram or chart as an Enhanced Metafile: vector outlines that Word, WPS and LibreOffice print
 * sharp at any size, with the text as glyph outlines so no font is needed where it is opened.
 * Null when the SVG holds what a metafile cannot show as drawn (text without outlines, for want of
 * a CJK font here): that picture is then rasterised instead.
 */
export function svgToEmf(svg: string): Uint8Array | null {
  const fonts = outlineFonts();
  const drawn = fonts ? outlineSvgText(svg, fonts) : svg;
  const size = svgSize(drawn);
  if (!size) throw new Error('the SVG gives no size');
  let shapes;
  try {
    shapes = svgShapes(parseSvgTree(drawn));
  } catch (e) {
    if (e instanceof UnsupportedSvg) return null;
    throw e;
  }
  const emf = new EmfWriter(size.width, size.height);
  for (const s of shapes) {
    if (s.kind === 'fill') emf.fill(s.subpaths, s.colour, s.evenOdd);
    else emf.stroke(s.subpaths, s.colour, s.width, s.cap, s.join);
  }
  return emf.bytes();
}
