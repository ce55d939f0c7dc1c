/** One subpath in absolute coordinates: a start, then lines and cubic curves, perhaps closed. */
export interface Subpath {
  readonly start: readonly [number, number];
  readonly segments: Segment[];
  closed: boolean;
}

export type Segment = { readonly kind: 'line'; readonly to: readonly [number, number] } | { readonly kind: 'cubic'; readonly c1: readonly [number, number]; readonly c2: readonly [number, number]; readonly to: readonly [number, number] };

const TOKEN = /([MmLlHhVvCcSsQqTtAaZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

/** An elliptical arc as cubic curves (SVG 1.1 appendix F.6), each spanning at most a quarter turn. */
function arcCubics(x1: number, y1: number, rx: number, ry: number, angle: number, large: boolean, sweep: boolean, x2: number, y2: number): Segment[] {
  if (rx === 0 || ry === 0) return [{ kind: 'line', to: [x2, y2] }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const xp = cos * dx + sin * dy;
  const yp = -sin * dx + cos * dy;
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  const grow = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry);
  if (grow > 1) {
    rx *= Math.sqrt(grow);
    ry *= Math.sqrt(grow);
  }
  const num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp;
  const root = Math.sqrt(Math.max(0, num / (rx * rx * yp * yp + ry * ry * xp * xp))) * (large === sweep ? -1 : 1);
  const cxp = (root * rx * yp) / ry;
  const cyp = (-root * ry * xp) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angleOf = (ux: number, uy: number) => Math.atan2(uy, ux);
  const t1 = angleOf((xp - cxp) / rx, (yp - cyp) / ry);
  let dt = angleOf((-xp - cxp) / rx, (-yp - cyp) / ry) - t1;
  if (sweep && dt < 0) dt += 2 * Math.PI;
  if (!sweep && dt > 0) dt -= 2 * Math.PI;
  const pieces = Math.max(1, Math.ceil(Math.abs(dt) / (Math.PI / 2)));
  const step = dt / pieces;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number): [number, number] => [cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos];
  const tangent = (t: number): [number, number] => [-rx * Math.sin(t) * cos - ry * Math.cos(t) * sin, -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos];
  const out: Segment[] = [];
  for (let i = 0; i < pieces; i++) {
    const a = t1 + i * step;
    const b = a + step;
    const [ax, ay] = point(a);
    const [bx, by] = i === pieces - 1 ? [x2, y2] : point(b);
    const [tax, tay] = tangent(a);
    const [tbx, tby] = tangent(b);
    out.push({ kind: 'cubic', c1: [ax + k * tax, ay + k * tay], c2: [bx - k * tbx, by - k * tby], to: [bx, by] });
  }
  return out;
}

/** SVG path data as absolute subpaths of lines and cubics; data it cannot read makes it throw. */
export function parsePathData(d: string): Subpath[] {
  const tokens = [...d.matchAll(TOKEN)];
  const paths: Subpath[] = [];
  let current: Subpath | undefined;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // The last control point, for S and T.
  let lastCubic: [number, number] | undefined;
  let lastQuad: [number, number] | undefined;
  let i = 0;
  let command = '';
  const number = () => {
    const t = tokens[i++];
    if (!t || t[2] === undefined) throw new Error(`unreadable path data: ${d.slice(0, 80)}`);
    return Number(t[2]);
  };
  const open = (): Subpath => {
    if (!current) {
      current = { start: [x, y], segments: [], closed: false };
      paths.push(current);
    }
    return current;
  };
  while (i < tokens.length) {
    if (tokens[i]![1]) command = tokens[i++]![1]!;
    else if (!command || command === 'Z' || command === 'z') throw new Error(`unreadable path data: ${d.slice(0, 80)}`);
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const ox = relative ? x : 0;
    const oy = relative ? y : 0;
    const cubic = lastCubic;
    const quad = lastQuad;
    lastCubic = undefined;
    lastQuad = undefined;
    switch (upper) {
      case 'M': {
        x = ox + number();
        y = oy + number();
        startX = x;
        startY = y;
        current = { start: [x, y], segments: [], closed: false };
        paths.push(current);
        // Further pairs after a moveto are lines.
        command = relative ? 'l' : 'L';
        break;
      }
      case 'L':
      case 'H':
      case 'V': {
        if (upper !== 'V') x = (upper === 'H' ? (relative ? x : 0) : ox) + number();
        if (upper !== 'H') y = (upper === 'V' ? (relative ? y : 0) : oy) + number();
        open().segments.push({ kind: 'line', to: [x, y] });
        break;
      }
      case 'C':
      case 'S': {
        const c1: [number, number] = upper === 'C' ? [ox + number(), oy + number()] : cubic ? [2 * x - cubic[0], 2 * y - cubic[1]] : [x, y];
        const c2: [number, number] = [ox + number(), oy + number()];
        x = ox + number();
        y = oy + number();
        open().segments.push({ kind: 'cubic', c1, c2, to: [x, y] });
        lastCubic = c2;
        break;
      }
      case 'Q':
      case 'T': {
        const q: [number, number] = upper === 'Q' ? [ox + number(), oy + number()] : quad ? [2 * x - quad[0], 2 * y - quad[1]] : [x, y];
        const nx = ox + number();
        const ny = oy + number();
        open().segments.push({ kind: 'cubic', c1: [x + (2 / 3) * (q[0] - x), y + (2 / 3) * (q[1] - y)], c2: [nx + (2 / 3) * (q[0] - nx), ny + (2 / 3) * (q[1] - ny)], to: [nx, ny] });
        x = nx;
        y = ny;
        lastQuad = q;
        break;
      }
      case 'A': {
        const rx = number();
        const ry = number();
        const angle = number();
        const large = number() !== 0;
        const sweep = number() !== 0;
        const nx = ox + number();
        const ny = oy + number();
        open().segments.push(...arcCubics(x, y, rx, ry, angle, large, sweep, nx, ny));
        x = nx;
        y = ny;
        break;
      }
      case 'Z': {
        if (current) current.closed = true;
        x = startX;
        y = startY;
        current = undefined;
        break;
      }
      default:
        throw new Error(`unreadable path data: ${d.slice(0, 80)}`);
    }
  }
  return paths;
}
