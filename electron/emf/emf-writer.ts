import { ALTERNATE, EMR, HEADER_SIZE, MM_ANISOTROPIC, NULL_BRUSH, NULL_PEN, PS_ENDCAP, PS_GEOMETRIC, PS_JOIN, SIGNATURE, TRANSPARENT, WINDING } from './emf-records';
import type { Subpath } from './svg-path-data';
import type { LineCap, LineJoin } from './svg-shapes';
import type { Rgb } from './svg-paint';

/** Logical units per unit of the picture at most: coordinates are whole numbers, and a twentieth of a point keeps curves smooth. */
const MAX_UNITS = 20;
/** Below this many units per point, curves would show their steps: such large pictures keep 32-bit coordinates. */
const MIN_SHORT_UNITS = 8;
const SHORT_MAX = 32_000;
/** The reference device counts in hundredths of a millimetre, the unit of the picture's frame, so the two agree exactly. */
const DEVICE_UNITS_PER_MM = 100;
const REFERENCE_MM = 1000;

/** A picture's size in hundredths of a millimetre, from its size in points. */
const hundredthsOfMm = (points: number) => Math.max(1, Math.round((points * 2540) / 72));

/** COLORREF is 0x00BBGGRR. */
const colorRef = (rgb: Rgb) => ((rgb >> 16) & 0xff) | (rgb & 0xff00) | ((rgb & 0xff) << 16);

/** A growing byte buffer written in little-endian 32- and 16-bit words. */
class Bytes {
  buffer = Buffer.allocUnsafe(1 << 16);
  length = 0;

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  int32(v: number): void {
    this.room(4);
    this.buffer.writeInt32LE(v | 0, this.length);
    this.length += 4;
  }

  int16(v: number): void {
    this.room(2);
    this.buffer.writeInt16LE(v, this.length);
    this.length += 2;
  }
}

/** Writes the records of one metafile; the header, which counts them, is put in front at the end. */
export class EmfWriter {
  private readonly out = new Bytes();
  private records = 0;
  /** Logical units per unit of the picture, and whether its coordinates fit 16 bits (half the bytes to write and to zip). */
  private readonly units: number;
  private readonly short: boolean;
  private readonly objects = new Map<string, number>();
  private selectedBrush = -1;
  private selectedPen = -1;
  private fillMode = -1;

  /** width and height are the picture's size in its own units, which print as points. */
  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {
    const fit = Math.floor(SHORT_MAX / Math.max(width, height, 1));
    this.short = fit >= MIN_SHORT_UNITS;
    this.units = this.short ? Math.min(MAX_UNITS, fit) : MAX_UNITS;
    this.record(EMR.SETMAPMODE, [MM_ANISOTROPIC]);
    this.record(EMR.SETWINDOWEXTEX, [this.logical(width), this.logical(height)]);
    this.record(EMR.SETVIEWPORTEXTEX, [hundredthsOfMm(width), hundredthsOfMm(height)]);
    this.record(EMR.SETBKMODE, [TRANSPARENT]);
    this.record(EMR.SETMITERLIMIT, [4]);
  }

  private logical(v: number): number {
    return Math.round(v * this.units);
  }

  private record(type: number, values: readonly number[]): void {
    this.out.int32(type);
    this.out.int32(8 + values.length * 4);
    for (const v of values) this.out.int32(v);
    this.records++;
  }

  /** A run of lines or curves to points: 16-bit points where they fit, bounds left for the reader to work out (all zero). */
  private pointsRecord(kind: 'line' | 'cubic', points: readonly number[]): void {
    const count = points.length / 2;
    if (!this.short) {
      this.record(kind === 'line' ? EMR.POLYLINETO : EMR.POLYBEZIERTO, [0, 0, 0, 0, count, ...points]);
      return;
    }
    this.out.int32(kind === 'line' ? EMR.POLYLINETO16 : EMR.POLYBEZIERTO16);
    this.out.int32(28 + count * 4);
    for (let i = 0; i < 4; i++) this.out.int32(0);
    this.out.int32(count);
    for (const v of points) this.out.int16(v);
    this.records++;
  }

  /** The object table index of a brush or pen, made on first use and kept: the pictures use a few dozen at most. */
  private object(key: string, create: (index: number) => void): number {
    let index = this.objects.get(key);
    if (index === undefined) {
      index = this.objects.size + 1;
      this.objects.set(key, index);
      create(index);
    }
    return index;
  }

  private select(brush: number, pen: number): void {
    if (brush !== this.selectedBrush) this.record(EMR.SELECTOBJECT, [brush]);
    if (pen !== this.selectedPen) this.record(EMR.SELECTOBJECT, [pen]);
    this.selectedBrush = brush;
    this.selectedPen = pen;
  }

  private outline(subpaths: readonly Subpath[]): void {
    this.record(EMR.BEGINPATH, []);
    for (const s of subpaths) {
      this.record(EMR.MOVETOEX, [this.logical(s.start[0]), this.logical(s.start[1])]);
      let i = 0;
      while (i < s.segments.length) {
        const kind = s.segments[i]!.kind;
        const run: number[] = [];
        for (; i < s.segments.length && s.segments[i]!.kind === kind; i++) {
          const g = s.segments[i]!;
          if (g.kind === 'cubic') run.push(this.logical(g.c1[0]), this.logical(g.c1[1]), this.logical(g.c2[0]), this.logical(g.c2[1]));
          run.push(this.logical(g.to[0]), this.logical(g.to[1]));
        }
        this.pointsRecord(kind, run);
      }
      if (s.closed) this.record(EMR.CLOSEFIGURE, []);
    }
    this.record(EMR.ENDPATH, []);
  }

  fill(subpaths: readonly Subpath[], colour: Rgb, evenOdd: boolean): void {
    const brush = this.object(`b${colour}`, (i) => this.record(EMR.CREATEBRUSHINDIRECT, [i, 0, colorRef(colour), 0]));
    this.select(brush, NULL_PEN);
    const mode = evenOdd ? ALTERNATE : WINDING;
    if (mode !== this.fillMode) this.record(EMR.SETPOLYFILLMODE, [mode]);
    this.fillMode = mode;
    this.outline(subpaths);
    this.record(EMR.FILLPATH, [0, 0, -1, -1]);
  }

  stroke(subpaths: readonly Subpath[], colour: Rgb, width: number, cap: LineCap, join: LineJoin): void {
    const w = Math.max(1, this.logical(width));
    const pen = this.object(`p${colour}/${w}/${cap}/${join}`, (i) => this.record(EMR.EXTCREATEPEN, [i, 0, 0, 0, 0, PS_GEOMETRIC | PS_ENDCAP[cap] | PS_JOIN[join], w, 0, colorRef(colour), 0, 0]));
    this.select(NULL_BRUSH, pen);
    this.outline(subpaths);
    this.record(EMR.STROKEPATH, [0, 0, -1, -1]);
  }

  /** The whole metafile: header, records, end of file. */
  bytes(): Uint8Array {
    this.record(EMR.EOF, [0, 16, 20]);
    const body = this.out.buffer.subarray(0, this.out.length);
    const w = hundredthsOfMm(this.width);
    const h = hundredthsOfMm(this.height);
    const header = Buffer.alloc(HEADER_SIZE);
    const int = (at: number, v: number) => header.writeInt32LE(v, at);
    header.writeUInt32LE(EMR.HEADER, 0);
    header.writeUInt32LE(HEADER_SIZE, 4);
    // Bounds in device units and the frame in hundredths of a millimetre: the same numbers here, both inclusive.
    [0, 0, w - 1, h - 1].forEach((v, i) => int(8 + i * 4, v));
    [0, 0, w - 1, h - 1].forEach((v, i) => int(24 + i * 4, v));
    header.writeUInt32LE(SIGNATURE, 40);
    header.writeUInt32LE(0x00010000, 44);
    header.writeUInt32LE(HEADER_SIZE + body.length, 48);
    header.writeUInt32LE(this.records + 1, 52);
    header.writeUInt16LE(this.objects.size + 1, 56);
    int(72, REFERENCE_MM * DEVICE_UNITS_PER_MM);
    int(76, REFERENCE_MM * DEVICE_UNITS_PER_MM);
    int(80, REFERENCE_MM);
    int(84, REFERENCE_MM);
    int(100, REFERENCE_MM * 1000);
    int(104, REFERENCE_MM * 1000);
    const bytes = new Uint8Array(HEADER_SIZE + body.length);
    bytes.set(header, 0);
    bytes.set(body, HEADER_SIZE);
    return bytes;
  }
}
