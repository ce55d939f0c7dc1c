import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { call, freePort, startHost } from './browser-host';
const dir = mkdtempSync(join(tmpdir(), 'lanewise-dbg-'));
const port = await freePort();
const host = await startHost(dir, port);
const t0 = performance.now(); const times: number[] = [];
while (performance.now() - t0 < 20000) { const t = performance.now(); await call(port, 'app.info', {}); times.push(performance.now() - t); }
times.sort((a, b) => b - a);
console.log('n', times.length, 'max', times.slice(0, 8).map(Math.round), 'p99', Math.round(times[Math.floor(times.length / 100)]!));
host.kill(); rmSync(dir, { recursive: true, force: true });
