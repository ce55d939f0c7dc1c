import type { Page } from '@playwright/test';
import { startFrames, stopFrames } from '../frame-recorder';

/** How far one drag carries a step, in screen pixels, and in how many mouse moves. */
export const DRAG = { dx: 520, dy: 260, moves: 120 };

/** Frame intervals (requestAnimationFrame deltas) while something is dragged with real mouse moves. */
export async function dragFrames(page: Page, from: { x: number; y: number }, sign: 1 | -1): Promise<number[]> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A first small move starts the drag in both editors.
  await page.mouse.move(from.x + sign * 4, from.y + sign * 4);
  await startFrames(page);
  for (let i = 1; i <= DRAG.moves; i++) {
    const share = i / DRAG.moves;
    await page.mouse.move(from.x + sign * DRAG.dx * share, from.y + sign * DRAG.dy * share);
  }
  const frames = await stopFrames(page);
  await page.mouse.up();
  return frames;
}

/** There and back twice: the first trip warms the code paths up, the second is measured. */
export async function measuredDrag(page: Page, at: { x: number; y: number }): Promise<number[]> {
  const away = { x: at.x + DRAG.dx, y: at.y + DRAG.dy };
  await dragFrames(page, at, 1);
  await dragFrames(page, away, -1);
  return [...(await dragFrames(page, at, 1)), ...(await dragFrames(page, away, -1))];
}

/** JavaScript heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}
