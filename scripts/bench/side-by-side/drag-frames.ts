import type { Page } from '@playwright/test';
import { startFrames, stopFrames } from '../frame-recorder';

/** How far one drag carries a step, in screen pixels, and in how many mouse moves. */
export interface Drag {
  dx: number;
  dy: number;
  moves: number;
}

export const DRAG: Drag = { dx: 520, dy: 260, moves: 120 };
/** With the whole process in view the lanes are a few hundred pixels high: a drag as long as DRAG would drop the step outside them, where it is refused. */
export const FIT_DRAG: Drag = { dx: 400, dy: 100, moves: 120 };

/** Frame intervals (requestAnimationFrame deltas) while something is dragged with real mouse moves. */
export async function dragFrames(page: Page, from: { x: number; y: number }, sign: 1 | -1, drag: Drag = DRAG): Promise<number[]> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A first small move starts the drag in both editors.
  await page.mouse.move(from.x + sign * 4, from.y + sign * 4);
  await startFrames(page);
  for (let i = 1; i <= drag.moves; i++) {
    const share = i / drag.moves;
    await page.mouse.move(from.x + sign * drag.dx * share, from.y + sign * drag.dy * share);
  }
  const frames = await stopFrames(page);
  await page.mouse.up();
  await settled(page);
  return frames;
}

/**
 * Counts the page's requests in flight (installed before the page loads). Lanewise saves a drop on its
 * host and redraws the step where the host put it; the next drag must wait for that, or it grabs
 * the empty place the step has not reached yet and pans the canvas instead.
 */
export const COUNT_REQUESTS = `(() => {
  const plain = window.fetch.bind(window);
  window.__inFlight = 0;
  window.fetch = (...args) => {
    window.__inFlight++;
    return plain(...args).finally(() => window.__inFlight--);
  };
})();`;

/** Waits until a drop is saved and drawn: no request in flight, then two frames. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
    const w = window as unknown as { __inFlight?: number };
    await frame();
    while ((w.__inFlight ?? 0) > 0) await frame();
    await frame();
    await frame();
  });
}

/** There and back twice: the first trip warms the code paths up, the second is measured. */
export async function measuredDrag(page: Page, at: { x: number; y: number }, drag: Drag = DRAG): Promise<number[]> {
  const away = { x: at.x + drag.dx, y: at.y + drag.dy };
  await dragFrames(page, at, 1, drag);
  await dragFrames(page, away, -1, drag);
  return [...(await dragFrames(page, at, 1, drag)), ...(await dragFrames(page, away, -1, drag))];
}

/** JavaScript heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}
