import { Resvg } from '@resvg/resvg-js';
import { Document, Packer, Paragraph } from 'docx';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { buildStatusReport } from '../../shared/diagnosis/report-document';
import { diagnosisTestProject } from '../../shared/diagnosis/diagnosis-test-project';
import { emptyProject, rowsOf, sortedByOrder } from '../../shared/model/project-state';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { hasTool } from '../../test/support/tools';
import { svgSize } from '../diagram/diagram-png';
import { processWordPrint } from '../pictures/word-pictures';
import { pictureRun } from '../word/word-images';
import { svgToEmf } from './svg-to-emf';

/** Pictures of every kind the documents hold: swimlane parts in both languages and the report's charts. */
function pictures(): Array<{ name: string; svg: string }> {
  const out: Array<{ name: string; svg: string }> = [];
  for (const [id, language] of [['product-launch', 'zh-CN'], ['customer-complaint', 'en']] as const) {
    let n = 0;
    const empty = emptyProject({ name: 'P', language, organisation: 'X' });
    const state = execute(empty, templateCommands(id, language, empty, () => `t${n++}`)).state;
    const process = sortedByOrder(rowsOf(state, 'processes'))[0]!;
    processWordPrint(state, process.id).parts.forEach((p, i) => out.push({ name: `${id}-${language}-${i + 1}`, svg: p.svg }));
  }
  // A questionnaire answered and a year of history, so the report has its charts.
  const diagnosed = diagnosisTestProject('zh-CN');
  const department = rowsOf(diagnosed, 'departments')[0]!.id;
  const answers = rowsOf(diagnosed, 'surveyQuestions').map((q, k) => ({ type: 'add' as const, table: 'surveyAnswers' as const, row: { id: `a${k}`, responseId: 'r', questionId: q.id, value: (k % 5) + 1 } }));
  const report = buildStatusReport(
    execute(diagnosed, {
      type: 'batch',
      commands: [
        { type: 'add', table: 'surveyResponses', row: { id: 'r', departmentId: department } },
        ...answers,
        { type: 'add', table: 'historyRecords', row: { id: 'h', processId: rowsOf(diagnosed, 'processes')[0]!.id, projects: 8, delayedProjects: 2, complaints: 5, reworks: 4 } },
      ],
    }).state,
  );
  report.chapters.flatMap((c) => c.blocks).forEach((b, i) => b.kind === 'chart' && out.push({ name: `chart-${i}`, svg: b.svg }));
  return out;
}

/** Pixels per point the pages are compared at. */
const ZOOM = 1;
const hasLibreOffice = hasTool('libreoffice', 'libreoffice-writer-nogui');
let dir: string;
const drawn = pictures();

/** A binary PPM's pixels. */
function ppm(bytes: Buffer): { width: number; height: number; rgb: Uint8Array } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 50).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: bytes.subarray(header[0].length) };
}

/** The box of the pixels that are not white. */
function inkBox(image: { width: number; height: number; rgb: Uint8Array }) {
  let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 3;
      if (image.rgb[i]! < 235 || image.rgb[i + 1]! < 235 || image.rgb[i + 2]! < 235) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

beforeAll(() => {
  if (!hasLibreOffice) return;
  dir = mkdtempSync(join(tmpdir(), 'lanewise-emf-'));
  // Each picture alone on a page at its own size in points, so the page shows nothing else.
  const doc = new Document({
    sections: drawn.map(({ svg }) => {
      const size = svgSize(svg)!;
      return {
        properties: { page: { size: { width: Math.round(size.width * 20) + 800, height: Math.round(size.height * 20) + 800 }, margin: { top: 400, bottom: 400, left: 400, right: 400, header: 0, footer: 0 } } },
        children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: [pictureRun(svgToEmf(svg)!, { width: (size.width * 96) / 72, height: (size.height * 96) / 72 }, 'picture')] })],
      };
    }),
  });
  return Packer.toBuffer(doc).then((bytes) => {
    writeFileSync(join(dir, 'pictures.docx'), bytes);
    execFileSync('libreoffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'pictures.docx')], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('pdftoppm', ['-r', String(72 * ZOOM), join(dir, 'pictures.pdf'), join(dir, 'page')]);
  });
}, 400_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasLibreOffice)('LibreOffice draws the Word pictures as the SVG they were made from', () => {
  it.each(drawn.map((d, i) => [d.name, i] as const))('%s', (_name, i) => {
    const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.ppm')).sort();
    expect(pages).toHaveLength(drawn.length);
    const page = ppm(readFileSync(join(dir, pages[i]!)));
    const { svg } = drawn[i]!;
    const reference = new Resvg(svg, { fitTo: { mode: 'zoom', value: ZOOM }, background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } }).render();
    const rgba = reference.pixels;
    const ref = { width: reference.width, height: reference.height, rgb: Uint8Array.from({ length: reference.width * reference.height * 3 }, (_, k) => rgba[Math.floor(k / 3) * 4 + (k % 3)]!) };
    const [a, b] = [inkBox(page), inkBox(ref)];
    // The same drawing: its inked extent within two points either way…
    expect(Math.abs(a.width - b.width), 'width').toBeLessThanOrEqual(2 * ZOOM);
    expect(Math.abs(a.height - b.height), 'height').toBeLessThanOrEqual(2 * ZOOM);
    // …and, once aligned, the same colours block by block (4 × 4 points: edges drawn a half point apart count for little).
    const B = 4 * ZOOM;
    const block = (image: typeof page, box: typeof a, bx: number, by: number, c: number) => {
      let total = 0;
      for (let y = 0; y < B; y++) for (let x = 0; x < B; x++) total += image.rgb[((box.top + by * B + y) * image.width + box.left + bx * B + x) * 3 + c]!;
      return total / (B * B);
    };
    const [columns, rows] = [Math.floor(Math.min(a.width, b.width) / B), Math.floor(Math.min(a.height, b.height) / B)];
    let far = 0;
    let sum = 0;
    for (let by = 0; by < rows; by++)
      for (let bx = 0; bx < columns; bx++) {
        const d = Math.max(...[0, 1, 2].map((c) => Math.abs(block(page, a, bx, by, c) - block(ref, b, bx, by, c))));
        if (d > 48) far++;
        sum += d;
      }
    // Drawn alike, at most 1 % of blocks differ by more than 48 and the mean difference is 2–4; with red and blue swapped, 2.5–17 % and 10–28.
    expect(far / (rows * columns), 'share of blocks far apart').toBeLessThan(0.02);
    expect(sum / (rows * columns), 'mean difference').toBeLessThan(6);
  });
});
