// One build for every target: Electron main, preload and services, the job worker, the browser host, the CLI (esbuild) and the renderer (Vite).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const nodeOnly = process.argv.includes('--node-only');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  define: { __LANEWISE_VERSION__: JSON.stringify(pkg.version) },
};
const esm = { ...common, format: 'esm', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } };

rmSync(new URL('../dist/web/job-chunks', import.meta.url), { recursive: true, force: true });
await Promise.all([
  build({ ...esm, entryPoints: ['electron/cli/cli-entry.ts'], outfile: 'dist/cli/lanewise.mjs' }),
  build({ ...esm, entryPoints: ['electron/web-host/server.ts'], outfile: 'dist/web/server.mjs' }),
  // Exports, imports and big batches run in worker threads beside whichever host answers requests.
  // Split, so that a job worker loads only its own job's code (the CommonJS build loads it lazily as it is).
  build({ ...esm, entryPoints: { 'job-worker': 'electron/jobs/job-worker.ts' }, outdir: 'dist/web', splitting: true, chunkNames: 'job-chunks/[name]-[hash]', outExtension: { '.js': '.mjs' } }),
  build({ ...common, format: 'cjs', entryPoints: ['electron/jobs/job-worker.ts'], outfile: 'dist/electron/job-worker.cjs' }),
  // The pictures of long documents are drawn in threads of their own, started by the job worker beside them.
  build({ ...esm, entryPoints: ['electron/pictures/picture-worker.ts'], outfile: 'dist/web/picture-worker.mjs' }),
  build({ ...common, format: 'cjs', entryPoints: ['electron/pictures/picture-worker.ts'], outfile: 'dist/electron/picture-worker.cjs' }),
  build({ ...common, format: 'cjs', entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron'] }),
  // The desktop app's project services, in an Electron utility process.
  build({ ...common, format: 'cjs', entryPoints: ['electron/services/utility-entry.ts'], outfile: 'dist/electron/services.cjs' }),
  // A sandboxed preload may only require 'electron', so everything else is bundled in.
  build({ ...common, packages: undefined, format: 'cjs', entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] }),
]);

if (!nodeOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
