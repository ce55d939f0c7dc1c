import type { Font } from 'fontkit';
import { fmt } from '../../shared/diagram/svg-text';
import type { OutlineFonts } from './outline-fonts';

const TEXT = /<text\b([^>]*)>([\s\S]*?)<\/text>/g;
const TSPAN = /<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[\da-f]+|#\d+);/gi, (_, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? '';
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(' ' + attrs)?.[1];
}

/** Glyph outlines in font units, shared by every run of one font. */
const glyphPaths = new WeakMap<Font, Map<number, string>>();

function glyphPath(font: Font, id: number, draw: () => string): string {
  let paths = glyphPaths.get(font);
  if (!paths) glyphPaths.set(font, (paths = new Map()));
  let d = paths.get(id);
  if (d === undefined) paths.set(id, (d = draw()));
  return d;
}

/**
 * One line as glyph paths with its baseline at (x, y), or null when the font lacks a character.
 * Glyphs are placed by their advances alone: full shaping costs forty times as much and changes
 * nothing for Chinese; Latin names lose only their kerning.
 */
function lineOutline(font: Font, glyphIds: GlyphIds, text: string, x: number, y: number, size: number, anchor: string): string | null {
  const glyphs = font.glyphsForString(text);
  if (glyphs.some((g) => g.id === 0)) return null;
  const scale = size / font.unitsPerEm;
  const width = glyphs.reduce((sum, g) => sum + g.advanceWidth, 0) * scale;
  let pen = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  const paths: string[] = [];
  for (const glyph of glyphs) {
    const d = glyphPath(font, glyph.id, () => glyph.path.toSVG());
    if (d) paths.push(`<use href="#${glyphIds.use(font, glyph.id, d)}" transform="matrix(${fmt4(scale)} 0 0 ${fmt4(-scale)} ${fmt(pen)} ${fmt(y)})"/>`);
    pen += glyph.advanceWidth * scale;
  }
  return paths.join('');
}

function fmt4(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * The glyphs one picture uses, each defined once and placed with <use>: the rasteriser then parses
 * an outline once however often the character appears, not once per appearance.
 */
class GlyphIds {
  private readonly defined = new Map<string, string>();
  private readonly faces = new Map<Font, number>();

  use(font: Font, glyphId: number, d: string): string {
    let face = this.faces.get(font);
    if (face === undefined) this.faces.set(font, (face = this.faces.size));
    const id = `lw-glyph-${face}-${glyphId}`;
    if (!this.defined.has(id)) this.defined.set(id, d);
    return id;
  }

  defs(): string {
    return [...this.defined].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('');
  }
}

/** A <text> element as a group of filled glyph outlines, or null to leave it to the rasteriser. */
function textOutline(fonts: OutlineFonts, glyphIds: GlyphIds, attrs: string, body: string): string | null {
  const x = Number(attribute(attrs, 'x') ?? 0);
  let y = Number(attribute(attrs, 'y') ?? 0);
  const size = Number(attribute(attrs, 'font-size'));
  if (!(size > 0)) return null;
  const font = attribute(attrs, 'font-weight') === 'bold' ? fonts.bold : fonts.regular;
  const anchor = attribute(attrs, 'text-anchor') ?? 'start';
  const spans = body.includes('<tspan') ? [...body.matchAll(TSPAN)].map((m) => ({ spanAttrs: m[1] ?? '', content: m[2] ?? '' })) : [{ spanAttrs: '', content: body }];
  const lines: string[] = [];
  for (const { spanAttrs, content } of spans) {
    y += Number(attribute(spanAttrs, 'dy') ?? 0);
    const line = lineOutline(font, glyphIds, unescapeXml(content), Number(attribute(spanAttrs, 'x') ?? x), y, size, anchor);
    if (line === null) return null;
    lines.push(line);
  }
  const className = attribute(attrs, 'class');
  return `<g${className ? ` class="${className}"` : ''} fill="${attribute(attrs, 'fill') ?? '#000'}">${lines.join('')}</g>`;
}

/**
 * The diagram's text turned into glyph outlines. The rasteriser lays out text itself, but it
 * re-reads a CJK font file (tens of megabytes) for every glyph, which made a 100-step process take
 * seconds; outlines drawn from a font parsed once take milliseconds. Text in a character the font
 * lacks is left as text, for the rasteriser's own fallback.
 */
export function outlineSvgText(svg: string, fonts: OutlineFonts): string {
  const glyphIds = new GlyphIds();
  const outlined = svg.replace(TEXT, (element, attrs: string, body: string) => textOutline(fonts, glyphIds, attrs, body) ?? element);
  const root = /<svg\b[^>]*>/.exec(outlined);
  if (!root) return outlined;
  const at = root.index + root[0].length;
  return `${outlined.slice(0, at)}<defs>${glyphIds.defs()}</defs>${outlined.slice(at)}`;
}
