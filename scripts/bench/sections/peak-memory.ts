import type { BenchSection } from '../bench-types';
import { MB } from '../stats';

/** Peak memory of the whole run so far; keep it last. */
export const peakMemory: BenchSection = {
  name: 'memory',
  run(ctx) {
    ctx.sampleMemory();
    return [
      // maxRSS is the kernel's own high-water mark (KiB), so no peak between samples is missed.
      { metric: 'peak RSS', value: (process.resourceUsage().maxRSS * 1024) / MB, unit: 'MB' },
      { metric: 'peak heap used (sampled)', value: ctx.peakHeapUsed() / MB, unit: 'MB' },
    ];
  },
};
