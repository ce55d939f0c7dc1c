import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

/** Family used when none of the SVG's fonts is installed; it carries the CJK glyphs Chinese names need. */
const DEFAULT_FONT = 'Noto Sans CJK SC';
/** Largest picture side and area we rasterise: beyond them Word and image viewers struggle, and memory runs out. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 64_000_000;

function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The requested zoom, reduced when a very large process would make an unusable picture. */
export function pngZoom(svg: string, scale: number): number {
  const size = svgSize(svg);
  if (!size) return scale;
  return Math.min(scale, MAX_SIDE / size.width, MAX_SIDE / size.height, Math.sqrt(MAX_PIXELS / (size.width * size.height)));
}

function options(svg: string, scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: pngZoom(svg, scale) },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: DEFAULT_FONT },
  };
}

/** Rasterises a diagram SVG; scale 2 keeps text crisp on slides and in Word. */
export function svgToPng(svg: string, scale = 2): Buffer {
  return new Resvg(svg, options(svg, scale)).render().asPng();
}

/**
 * svgToPng off the main thread. Text makes rasterising slow (resvg reads the large CJK font file
 * for every glyph, about 2 ms each), so exports of many processes must not freeze the window.
 */
export async function svgToPngAsync(svg: string, scale = 2): Promise<Buffer> {
  const image = await renderAsync(svg, options(svg, scale));
  return image.asPng();
}
