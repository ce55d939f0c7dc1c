import { execFileSync } from 'node:child_process';

/** Tests that start the browser host, the services or the desktop main run the built bundles: build them from this source first. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--node-only'], { stdio: 'inherit' });
}
