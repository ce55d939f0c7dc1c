import type { Step } from '../model/entities';

/** N01, N02 … after the highest number already used in the process, so deleted codes are not reused. */
export function nextStepCode(steps: readonly Step[], processId: string): string {
  let max = 0;
  for (const s of steps) {
    if (s.processId !== processId) continue;
    const m = /^N(\d+)$/.exec(s.code);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `N${String(max + 1).padStart(2, '0')}`;
}
