import { describe, expect, it } from 'vitest';
import type { CanvasScene } from './canvas-scene';
import { samePicture, viewKeyOf, type PictureInputs } from './overview-ahead';

const scene = { processId: 'p' } as CanvasScene;
const picture = (over: Partial<PictureInputs> = {}): PictureInputs => ({ view: viewKeyOf(10, -4.5, 0.15, 1600, 962), scene, selected: new Set(), moving: null, highlight: null, ...over });

describe('the overview picture drawn ahead', () => {
  it('is the picture wanted when drawn for the same view from the same scene, selection, moves and highlight', () => {
    const drawn = picture();
    expect(samePicture(drawn, { ...drawn })).toBe(true);
  });

  it('is drawn again when nothing was drawn, the view differs in any figure, or what it shows is another object', () => {
    const drawn = picture();
    expect(samePicture(null, drawn)).toBe(false);
    expect(samePicture(drawn, { ...drawn, view: viewKeyOf(10, -4.5, 0.15, 1600, 963) })).toBe(false);
    expect(samePicture(drawn, { ...drawn, view: viewKeyOf(10.5, -4.5, 0.15, 1600, 962) })).toBe(false);
    expect(samePicture(drawn, { ...drawn, view: viewKeyOf(10, -4.5, 0.16, 1600, 962) })).toBe(false);
    expect(samePicture(drawn, { ...drawn, scene: { ...scene } })).toBe(false);
    expect(samePicture(drawn, { ...drawn, selected: new Set(['s1']) })).toBe(false);
    expect(samePicture(drawn, { ...drawn, moving: new Map([['s1', { x: 0, y: 0 }]]) })).toBe(false);
    expect(samePicture(drawn, { ...drawn, highlight: { stepIds: new Set(['s1']), flowIds: new Set() } })).toBe(false);
  });

  it('keys a view by its pan, zoom and pane size, as React Flow holds them', () => {
    expect(viewKeyOf(10, -4.5, 0.15, 1600, 962)).toBe('10|-4.5|0.15|1600|962');
  });
});
