import { describe, expect, it } from 'vitest';
import { svgToEmf } from './svg-to-emf';

/** The records of a metafile, read as [MS-EMF] lays them out (written here, not taken from the writer). */
function records(emf: Uint8Array): Array<{ type: number; words: number[] }> {
  const view = new DataView(emf.buffer, emf.byteOffset, emf.byteLength);
  const out: Array<{ type: number; words: number[] }> = [];
  for (let at = 0; at < emf.length; ) {
    const type = view.getUint32(at, true);
    const size = view.getUint32(at + 4, true);
    expect(size % 4, `record ${type} at ${at}`).toBe(0);
    expect(size).toBeGreaterThanOrEqual(8);
    const words: number[] = [];
    for (let i = 8; i < size; i += 4) words.push(view.getInt32(at + i, true));
    out.push({ type, words });
    at += size;
  }
  return out;
}

const EMR_HEADER = 1;
const EMR_EOF = 14;
const EMR_CREATEBRUSHINDIRECT = 39;
const EMR_EXTCREATEPEN = 95;
const EMR_FILLPATH = 62;
const EMR_STROKEPATH = 64;
const EMR_POLYLINETO16 = 89;
const EMR_MOVETOEX = 27;
const EMR_TEXT = [83, 84]; // EXTTEXTOUTA, EXTTEXTOUTW

const svg = (body: string, w = 100, h = 50) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;

describe('an SVG drawing as an Enhanced Metafile', () => {
  it('is a well-formed metafile: a header that counts its bytes and records, then records, then the end', () => {
    const emf = svgToEmf(svg('<rect x="10" y="10" width="30" height="20" fill="#cc0000"/>'))!;
    const all = records(emf);
    const view = new DataView(emf.buffer, emf.byteOffset);
    expect(all[0]!.type).toBe(EMR_HEADER);
    expect(all.at(-1)!.type).toBe(EMR_EOF);
    expect(view.getUint32(40, true)).toBe(0x464d4520); // " EMF"
    expect(view.getUint32(48, true)).toBe(emf.length);
    expect(view.getUint32(52, true)).toBe(all.length);
    // The frame, in hundredths of a millimetre, is the picture's size at 72 units to the inch: 100 × 50 → 35.28 × 17.64 mm.
    const frame = [24, 28, 32, 36].map((o) => view.getInt32(o, true));
    expect(frame[2]! - frame[0]! + 1).toBe(3528);
    expect(frame[3]! - frame[1]! + 1).toBe(1764);
  });

  it('fills a rectangle with its colour, at its corners', () => {
    const all = records(svgToEmf(svg('<rect x="10" y="10" width="30" height="20" fill="#cc0000"/>'))!);
    const brush = all.find((r) => r.type === EMR_CREATEBRUSHINDIRECT)!;
    expect(brush.words[2]).toBe(0x0000cc); // COLORREF is 0x00BBGGRR
    const start = all.findIndex((r) => r.type === EMR_MOVETOEX);
    const moveTo = all[start]!.words;
    const lines = all[start + 1]!;
    expect(lines.type).toBe(EMR_POLYLINETO16);
    // Logical units are the picture's units times a whole factor; the corners are in proportion to 10, 40, 30.
    const unit = moveTo[0]! / 10;
    expect(moveTo).toEqual([10 * unit, 10 * unit]);
    const pts: number[] = [];
    const view = new DataView(Int32Array.from(lines.words).buffer);
    for (let i = 0; i < lines.words[4]! * 2; i++) pts.push(view.getInt16(20 + i * 2, true));
    expect(pts).toEqual([40, 10, 40, 30, 10, 30].map((v) => v * unit));
    expect(all.some((r) => r.type === EMR_FILLPATH)).toBe(true);
    expect(all.some((r) => r.type === EMR_STROKEPATH)).toBe(false);
  });

  it('strokes a line with a pen of its colour and width, and a translucent fill shows as its tint on white', () => {
    const all = records(svgToEmf(svg('<line x1="0" y1="5" x2="100" y2="5" stroke="#336699" stroke-width="2"/><rect width="10" height="10" fill="#000000" fill-opacity="0.25"/>'))!);
    const pen = all.find((r) => r.type === EMR_EXTCREATEPEN)!;
    const moveTo = all.find((r) => r.type === EMR_MOVETOEX)!.words;
    const unit = moveTo[1]! / 5;
    expect(pen.words[6]).toBe(2 * unit); // width
    expect(pen.words[8]).toBe(0x996633);
    expect(all.find((r) => r.type === EMR_CREATEBRUSHINDIRECT)!.words[2]).toBe(0xbfbfbf);
  });

  it('draws the names as outlines: no text record, so no font is needed where it is opened', () => {
    const emf = svgToEmf(svg('<text x="10" y="30" font-size="12" font-family="Noto Sans CJK SC">跨部门 Hand-off</text>', 200, 50));
    expect(emf).not.toBeNull();
    const all = records(emf!);
    expect(all.some((r) => EMR_TEXT.includes(r.type))).toBe(false);
    expect(all.filter((r) => r.type === EMR_FILLPATH).length).toBeGreaterThan(0);
  });

  it('gives up on what a metafile cannot show as drawn, so the picture is drawn as pixels instead', () => {
    expect(svgToEmf(svg('<image href="x.png" width="10" height="10"/>'))).toBeNull();
    // A character the CJK font lacks stays text, for the rasteriser's own font fallback.
    expect(svgToEmf(svg('<text x="10" y="30" font-size="12" font-family="Noto Sans CJK SC">Parrot 𓅃</text>', 200, 50))).toBeNull();
  });

  it('refuses an SVG it cannot read rather than drawing something else', () => {
    expect(() => svgToEmf(svg('<rect width="10" height="10" fill="url(#gradient)"/>'))).toThrow(/unreadable paint/);
    expect(() => svgToEmf(svg('<g transform="skewX(10)"><rect width="10" height="10"/></g>'))).toThrow(/unreadable transform/);
  });
});
