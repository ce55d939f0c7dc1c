/** Record types of the Enhanced Metafile Format ([MS-EMF] 2.1.1) that the pictures use. */
export const EMR = {
  HEADER: 1,
  POLYBEZIERTO: 5,
  POLYLINETO: 6,
  SETWINDOWEXTEX: 9,
  SETVIEWPORTEXTEX: 11,
  EOF: 14,
  SETMAPMODE: 17,
  SETBKMODE: 18,
  SETPOLYFILLMODE: 19,
  MOVETOEX: 27,
  SELECTOBJECT: 37,
  CREATEBRUSHINDIRECT: 39,
  SETMITERLIMIT: 58,
  BEGINPATH: 59,
  ENDPATH: 60,
  CLOSEFIGURE: 61,
  FILLPATH: 62,
  STROKEPATH: 64,
  EXTCREATEPEN: 95,
  POLYBEZIERTO16: 88,
  POLYLINETO16: 89,
} as const;

export const MM_ANISOTROPIC = 8;
export const TRANSPARENT = 1;
export const ALTERNATE = 1;
export const WINDING = 2;
export const NULL_BRUSH = 0x80000005;
export const NULL_PEN = 0x80000008;
export const PS_GEOMETRIC = 0x00010000;
export const PS_ENDCAP = { round: 0x0000, square: 0x0100, butt: 0x0200 } as const;
export const PS_JOIN = { round: 0x0000, bevel: 0x1000, miter: 0x2000 } as const;
/** The header with both extensions: pixel format (none) and the reference device in micrometres. */
export const HEADER_SIZE = 108;
export const SIGNATURE = 0x464d4520;
