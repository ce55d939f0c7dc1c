import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { rowsOf } from '../../shared/model/project-state';
import { allTemplatesProject } from '../../shared/interchange/interchange-test-project';
import { exportProcessBpmn } from './bpmn-export';

const require = createRequire(import.meta.url);
const VIEWER = readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const PAGE = `<!doctype html><meta charset="utf-8"><div id="canvas" style="width:1600px;height:900px"></div>
<script src="/bpmn-viewer.js"></script>
<script>
window.renderBpmn = async (xml) => {
  document.querySelector('#canvas').innerHTML = '';
  const viewer = new BpmnJS({ container: '#canvas' });
  const { warnings } = await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport');
  const elements = viewer.get('elementRegistry').getAll();
  return {
    warnings: warnings.map((w) => w.message),
    names: elements.map((e) => e.businessObject && e.businessObject.name).filter(Boolean),
    types: elements.map((e) => e.type),
    drawnText: [...document.querySelectorAll('#canvas svg text')].map((t) => t.textContent).join(''),
  };
};
</script>`;

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The page and bpmn-js come from this test's own server on loopback: nothing is fetched from outside.
  server = createServer((req, res) => {
    if (req.url === '/bpmn-viewer.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(VIEWER);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Rendered {
  warnings: string[];
  names: string[];
  types: string[];
  drawnText: string;
}

const render = (xml: string) => page.evaluate((x) => (window as unknown as { renderBpmn(xml: string): Promise<Rendered> }).renderBpmn(x), xml);

describe('exported BPMN in bpmn-js (Chromium)', () => {
  it('imports every template process without warnings and draws every step, lane and pool', async () => {
    const state = allTemplatesProject();
    for (const process of rowsOf(state, 'processes')) {
      const rendered = await render(await exportProcessBpmn(state, process.id));
      expect(rendered.warnings).toEqual([]);
      const steps = rowsOf(state, 'steps').filter((s) => s.processId === process.id);
      expect(rendered.names).toEqual(expect.arrayContaining([process.name, ...steps.map((s) => s.name)]));
      expect(rendered.types.filter((t) => t === 'bpmn:Lane')).toHaveLength(rowsOf(state, 'lanes').filter((l) => l.processId === process.id).length);
      for (const step of steps.filter((s) => s.kind !== 'decision')) expect(rendered.drawnText.replace(/\s/g, '')).toContain(step.name.replace(/\s/g, ''));
    }
    await page.screenshot({ path: 'test-results/bpmn-js-export.png' });
  }, 60_000);

  it('imports a vertical process without warnings', async () => {
    const state = allTemplatesProject('en');
    const process = rowsOf(state, 'processes')[1]!;
    const vertical = execute(state, { type: 'update', table: 'processes', id: process.id, patch: { orientation: 'vertical' } }).state;
    const rendered = await render(await exportProcessBpmn(vertical, process.id));
    expect(rendered.warnings).toEqual([]);
    expect(rendered.types).toContain('bpmn:Participant');
  }, 30_000);
});
