import { describe, expect, it } from 'vitest';
import { detailLevel, glanceFont, GLANCE_BELOW, OVERVIEW_BELOW } from './zoom-levels';

describe('zoom levels', () => {
  it('draws names at a glance at 9 px or more on screen at every zoom where they are shown', () => {
    for (let zoom = OVERVIEW_BELOW; zoom < GLANCE_BELOW; zoom += 0.003) expect(glanceFont(zoom) * zoom).toBeGreaterThanOrEqual(9);
  });

  it('switches from the full picture to a glance and to one drawn picture as the view zooms out', () => {
    expect(detailLevel(1)).toBe('detail');
    expect(detailLevel(0.75)).toBe('detail');
    expect(detailLevel(0.6)).toBe('glance');
    expect(detailLevel(0.3)).toBe('glance');
    expect(detailLevel(0.1)).toBe('overview');
  });
});
