import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../shared/model/project-state';
import { allTemplatesProject } from '../../shared/interchange/interchange-test-project';
import { diagramsPdfBytes } from './diagrams-pdf';
import { policyPdfBytes } from './policy-pdf';

function pdfText(pdf: Buffer, mode = '-layout'): { text: string; pages: number; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lanewise-pdf-'));
  const path = join(dir, 'out.pdf');
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', [mode, path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), dir };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('PDF without office software', () => {
  it('draws every diagram as vector pages, one per part, with every step name as real Chinese text', async () => {
    const state = allTemplatesProject();
    const pdf = await diagramsPdfBytes(state);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // In content order, so a name wrapped inside its shape reads whole once the line breaks go.
    const { text, pages, dir } = pdfText(pdf, '-raw');
    const processes = rowsOf(state, 'processes');
    expect(pages).toBeGreaterThanOrEqual(processes.length);
    const all = squeeze(text);
    for (const step of rowsOf(state, 'steps')) expect(all).toContain(squeeze(step.name));
    // The pages look like the diagrams: rasterised by poppler, not blank.
    execFileSync('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '1', join(dir, 'out.pdf'), join(dir, 'page')]);
    const png = readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.png'))!));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
  }, 60_000);

  it('writes the policy draft with its chapters, key-node tables and diagrams in the project language', async () => {
    const state = allTemplatesProject();
    const { text, pages } = pdfText(await policyPdfBytes(state, { today: new Date('2026-12-01') }));
    const flat = squeeze(text);
    expect(flat).toContain('跨部门协作管理办法');
    expect(flat).toContain('第一章总则');
    expect(flat).toContain('第一条');
    expect(flat).toContain('关键节点说明表');
    expect(flat).toContain('RACI责任矩阵');
    for (const step of rowsOf(state, 'steps')) expect(flat).toContain(squeeze(step.name));
    expect(pages).toBeGreaterThan(10);

    const english = allTemplatesProject('en');
    const en = squeeze(pdfText(await policyPdfBytes(english)).text);
    expect(en).toContain('Chapter1');
    for (const step of rowsOf(english, 'steps')) expect(en).toContain(squeeze(step.name));
  }, 60_000);
});

describe('policy PDF as printed', () => {
  /** Every word of each page with its height, from poppler's bounding boxes. */
  function pageWords(pdf: Buffer): Array<Array<{ text: string; height: number }>> {
    const { dir } = pdfText(pdf);
    const html = execFileSync('pdftotext', ['-bbox', join(dir, 'out.pdf'), '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map((page) =>
      [...page[1]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({ text: w[3]!, height: Number(w[2]) - Number(w[1]) })),
    );
  }

  it('prints the swimlane text at 8 pt or more, and "第 X 页 共 Y 页" on the pages after the cover', async () => {
    const state = allTemplatesProject();
    const pdf = await policyPdfBytes(state, { today: new Date('2026-12-01') });
    const pages = pageWords(pdf);
    // The body is set in 11 pt: its words' boxes tell how tall the font draws a point of text.
    const body = pages.flatMap((p) => p).filter((w) => w.text.startsWith('第一条'));
    expect(body.length).toBeGreaterThan(0);
    const perPoint = body[0]!.height / 11;
    const diagramPages = pages.filter((p) => p.some((w) => /^图\d+$/.test(w.text) || /^图\d+.*泳道图/.test(w.text)));
    expect(diagramPages.length).toBeGreaterThanOrEqual(rowsOf(state, 'processes').length);
    for (const page of diagramPages) expect(Math.min(...page.map((w) => w.height)) / perPoint).toBeGreaterThanOrEqual(7.95);
    const { text, pages: count } = pdfText(pdf, '-raw');
    expect(text).toContain(`第 ${count} 页 共 ${count} 页`);
    expect(text).toContain(`第 2 页 共 ${count} 页`);
  }, 60_000);
});
