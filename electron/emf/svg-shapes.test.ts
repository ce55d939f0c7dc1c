import { describe, expect, it } from 'vitest';
import { svgShapes, type Shape } from './svg-shapes';
import { parseSvgTree } from './svg-tree';

const shapesOf = (body: string, defs = '') => svgShapes(parseSvgTree(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><defs>${defs}</defs>${body}</svg>`));
const points = (s: Shape) => s.subpaths.flatMap((p) => [p.start, ...p.segments.map((g) => g.to)]).map(([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
const ARROW = '<marker id="a" viewBox="0 0 10 10" refX="4" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 Z" fill="#475569"/></marker>';

describe('the shapes an SVG drawing is made of', () => {
  it('puts an arrowhead at the end of a flow, pointing the way the flow arrives', () => {
    const [line, head] = shapesOf('<path d="M20,50 L100,50 L100,80" fill="none" stroke="#475569" marker-end="url(#a)"/>', ARROW);
    expect(line!.kind).toBe('stroke');
    expect(head!.kind).toBe('fill');
    // Arriving downwards at (100, 80): the marker's reference point (4, 5) lies on the end, so its tip (10, 5) is 6 further
    // down and its back corners (0, 1) and (0, 9) are 4 back and 4 to either side.
    expect(points(head!)).toEqual([[104, 76], [100, 86], [96, 76]]);
  });

  it('places glyphs used from the definitions where each use puts them, and takes the paint of the group around', () => {
    const shapes = shapesOf('<g fill="#112233"><use href="#g" transform="translate(10 20)"/><use href="#g" transform="matrix(2 0 0 2 50 0)"/></g>', '<path id="g" d="M0 0 L1 0 L1 1 Z"/>');
    expect(shapes.map((s) => s.kind === 'fill' && s.colour)).toEqual([0x112233, 0x112233]);
    expect(shapes.map(points)).toEqual([[[10, 20], [11, 20], [11, 21]], [[50, 0], [52, 0], [52, 2]]]);
  });

  it('scales a stroke with its transform, and draws nothing for what is hidden or empty', () => {
    const shapes = shapesOf('<g transform="scale(3)"><line x1="0" y1="0" x2="10" y2="0" stroke="#000" stroke-width="2"/></g><rect width="0" height="5" fill="#000"/><rect width="5" height="5" fill="#000" display="none"/>');
    expect(shapes).toHaveLength(1);
    expect(shapes[0]!.kind === 'stroke' && shapes[0]!.width).toBe(6);
  });

  it('reads a percentage width as a share of the picture', () => {
    const [background] = shapesOf('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(points(background!)).toEqual([[0, 0], [200, 0], [200, 100], [0, 100]]);
  });
});
