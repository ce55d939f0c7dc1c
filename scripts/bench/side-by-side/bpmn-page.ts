import { build } from 'esbuild';
import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Builds the bpmn-js bench page into dir (esbuild, one script, the library's own style sheets); returns its file URL. */
export async function buildBpmnPage(dir: string): Promise<string> {
  await build({
    entryPoints: [resolve('scripts/bench/side-by-side/bpmn-page-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(dir, 'bpmn-bench.js'),
    logLevel: 'warning',
  });
  cpSync(resolve('node_modules/bpmn-js/dist/assets'), join(dir, 'assets'), { recursive: true });
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>bpmn-js bench</title>
<link rel="stylesheet" href="assets/diagram-js.css"><link rel="stylesheet" href="assets/bpmn-js.css"><link rel="stylesheet" href="assets/bpmn-font/css/bpmn.css">
<style>html,body{margin:0;height:100%}#canvas{position:absolute;inset:0}</style></head>
<body><div id="canvas"></div><script src="bpmn-bench.js"></script></body></html>`;
  writeFileSync(join(dir, 'bpmn-bench.html'), html);
  return `file://${join(dir, 'bpmn-bench.html')}`;
}
