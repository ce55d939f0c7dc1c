import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Tests that start the browser host, the services or the desktop main run the built bundles: the
 * Node bundles are rebuilt from this source first; the renderer only when it was never built
 * (the desktop harness checks main finds its index.html).
 */
export default function setup(): void {
  const full = !existsSync('dist/renderer/index.html');
  execFileSync(process.execPath, ['scripts/build.mjs', ...(full ? [] : ['--node-only'])], { stdio: 'inherit' });
}
