import { afterEach, describe, expect, it, vi } from 'vitest';

const cores = vi.hoisted(() => ({ count: 2 }));
vi.mock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => cores.count }));

afterEach(() => vi.resetModules());

describe('how many picture threads an export starts', () => {
  it("one per core but the job worker's, at most four, and one on one or two cores", async () => {
    const counted: Record<number, number> = {};
    for (const count of [1, 2, 3, 8, 64]) {
      cores.count = count;
      vi.resetModules();
      counted[count] = (await import('./picture-threads')).PICTURE_THREADS;
    }
    expect(counted).toEqual({ 1: 1, 2: 1, 3: 2, 8: 4, 64: 4 });
  });
});
