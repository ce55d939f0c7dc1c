/** A colour as 0xRRGGBB. */
export type Rgb = number;

const NAMED: Record<string, Rgb> = { black: 0x000000, white: 0xffffff, red: 0xff0000, green: 0x008000, blue: 0x0000ff, gray: 0x808080, grey: 0x808080, transparent: -1 };

/** A paint attribute: a colour, or null for none; a paint it cannot read makes it throw rather than draw black. */
export function parsePaint(text: string): Rgb | null {
  const value = text.trim().toLowerCase();
  if (value === 'none') return null;
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/.exec(value)?.[1];
  if (hex) return parseInt(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex, 16);
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(value);
  if (rgb) return (Math.min(255, Number(rgb[1])) << 16) | (Math.min(255, Number(rgb[2])) << 8) | Math.min(255, Number(rgb[3]));
  const named = NAMED[value];
  if (named === undefined) throw new Error(`unreadable paint: ${text}`);
  return named < 0 ? null : named;
}

/**
 * A translucent colour as the opaque one it shows on white paper: a metafile has no transparency,
 * and the diagrams' translucent fills lie on white or near-white lanes.
 */
export function onWhite(rgb: Rgb, opacity: number): Rgb {
  if (opacity >= 1) return rgb;
  const a = Math.max(0, opacity);
  const mix = (shift: number) => Math.round(255 - a * (255 - ((rgb >> shift) & 0xff)));
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}
