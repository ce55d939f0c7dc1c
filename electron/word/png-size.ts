const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** Width and height from a PNG's IHDR chunk; throws for anything that is not a PNG. */
export function pngSize(png: Uint8Array): PixelSize {
  const isPng = png.length >= 24 && SIGNATURE.every((b, i) => png[i] === b) && String.fromCharCode(...png.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error('Not a PNG image');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const size = { width: view.getUint32(16), height: view.getUint32(20) };
  if (size.width === 0 || size.height === 0) throw new Error('PNG image has no pixels');
  return size;
}

/** The largest size with the picture's aspect ratio that fits the box. */
export function fitInside(size: PixelSize, box: PixelSize): PixelSize {
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}
