import { describe, expect, it } from 'vitest';
import { detailLevel, glanceFont, GLANCE_BELOW, MIN_ZOOM } from './zoom-levels';

describe('zoom levels', () => {
  it('draws names at a glance at 9 px or more on screen at every zoom where they are shown', () => {
    for (let zoom = MIN_ZOOM; zoom < GLANCE_BELOW; zoom += 0.003) expect(glanceFont(zoom) * zoom).toBeGreaterThanOrEqual(9);
  });

  it('switches from the full picture to a glance and, for a large process, to one drawn picture as the view zooms out', () => {
    expect(detailLevel(1, 1000)).toBe('detail');
    expect(detailLevel(0.75, 1000)).toBe('detail');
    expect(detailLevel(0.6, 1000)).toBe('glance');
    expect(detailLevel(0.3, 1000)).toBe('glance');
    expect(detailLevel(0.1, 1000)).toBe('overview');
  });

  it('keeps a process of a few dozen steps at a glance however far out it is shown', () => {
    expect(detailLevel(0.1, 40)).toBe('glance');
    expect(detailLevel(0.05, 300)).toBe('glance');
    expect(detailLevel(0.05, 301)).toBe('overview');
  });
});
