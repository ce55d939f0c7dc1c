import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { outlineFonts } from './outline-fonts';
import { outlineSvgText } from './text-outlines';

/** Family used when none of the SVG's fonts is installed; it carries the CJK glyphs Chinese names need. */
const DEFAULT_FONT = 'Noto Sans CJK SC';
/** Largest picture side and area we rasterise: beyond them Word and image viewers struggle, and memory runs out. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 64_000_000;

/** The size an SVG declares on its root, in its own units. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The requested zoom, reduced when a very large process would make an unusable picture. */
export function pngZoom(svg: string, scale: number, maxSide = MAX_SIDE): number {
  const size = svgSize(svg);
  if (!size) return scale;
  const side = Math.min(maxSide, MAX_SIDE);
  return Math.min(scale, side / size.width, side / size.height, Math.sqrt(MAX_PIXELS / (size.width * size.height)));
}

function options(svg: string, scale: number, maxSide?: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: pngZoom(svg, scale, maxSide) },
    background: '#ffffff',
    // Scanning the system's fonts costs some 15 ms a picture; only text left unoutlined needs them.
    font: { loadSystemFonts: svg.includes('<text'), defaultFontFamily: DEFAULT_FONT },
  };
}

function outlined(svg: string): string {
  const fonts = outlineFonts();
  return fonts ? outlineSvgText(svg, fonts) : svg;
}

/** Rasterises a diagram SVG; scale 2 keeps text crisp on slides and in Word. */
export function svgToPng(svg: string, scale = 2, maxSide?: number): Buffer {
  const drawn = outlined(svg);
  return new Resvg(drawn, options(drawn, scale, maxSide)).render().asPng();
}

/**
 * svgToPng with the pixel work off the main thread, so exports of many processes do not freeze the
 * window; maxSide caps the picture's longer side in pixels.
 */
export async function svgToPngAsync(svg: string, scale = 2, maxSide?: number): Promise<Buffer> {
  const drawn = outlined(svg);
  const image = await renderAsync(drawn, options(drawn, scale, maxSide));
  return image.asPng();
}
