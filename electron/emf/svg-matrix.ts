/** An affine map [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f, as SVG writes it. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m applied after n: a point goes through n first. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** How much the map scales a length on average: what a stroke's width becomes. */
export function lengthScale(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

export const translation = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];
export const scaling = (x: number, y = x): Matrix => [x, 0, 0, y, 0, 0];
export const rotation = (radians: number): Matrix => [Math.cos(radians), Math.sin(radians), -Math.sin(radians), Math.cos(radians), 0, 0];

const FUNCTION = /(matrix|translate|scale|rotate)\s*\(([^)]*)\)/g;

/** An SVG transform attribute; a function it does not know makes it throw, so nothing is silently drawn in the wrong place. */
export function parseTransform(text: string): Matrix {
  let m = IDENTITY;
  let rest = text;
  for (const [whole, name, args] of text.matchAll(FUNCTION)) {
    rest = rest.replace(whole, '');
    const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (n.some((v) => !Number.isFinite(v))) throw new Error(`unreadable transform: ${text}`);
    switch (name) {
      case 'matrix':
        if (n.length !== 6) throw new Error(`unreadable transform: ${text}`);
        m = multiply(m, n as unknown as Matrix);
        break;
      case 'translate':
        m = multiply(m, translation(n[0] ?? 0, n[1] ?? 0));
        break;
      case 'scale':
        m = multiply(m, scaling(n[0] ?? 1, n[1] ?? n[0] ?? 1));
        break;
      case 'rotate': {
        const [deg = 0, cx = 0, cy = 0] = n;
        m = multiply(m, multiply(translation(cx, cy), multiply(rotation((deg * Math.PI) / 180), translation(-cx, -cy))));
        break;
      }
    }
  }
  if (rest.trim() !== '') throw new Error(`unreadable transform: ${text}`);
  return m;
}
