import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import type { Language } from '../../shared/model/entities';
import { emptyProject, rowsOf, sortedByOrder, type ProjectState } from '../../shared/model/project-state';
import type { PolicyLayout } from '../../shared/policy/policy-params';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { TEMPLATE_IDS, type TemplateId } from '../../shared/templates/template-catalogue';
import { hasTool } from '../../test/support/tools';
import { zipEntries } from '../word/zip-entries';
import { policyDocxBytes } from './project-exports';
import { processWordPrint } from '../pictures/word-pictures';

/** The policy draft of every template, in both languages and both layouts, as a consultant exports it (real diagrams). */
const CASES: Array<[TemplateId, Language, PolicyLayout]> = TEMPLATE_IDS.flatMap((id) =>
  (['zh-CN', 'en'] as const).flatMap((language) => (['enterprise', 'gbt9704'] as const).map((layout) => [id, language, layout] as [TemplateId, Language, PolicyLayout])),
);
const nameOf = ([id, language, layout]: [TemplateId, Language, PolicyLayout]) => `${id}-${language}-${layout}`;

function templateProject(id: TemplateId, language: Language, layout: PolicyLayout): ProjectState {
  let n = 0;
  const state = emptyProject({ name: 'P', language, organisation: language === 'zh-CN' ? '华东智造集团有限公司' : 'Eastern Manufacturing Group' });
  const made = execute(state, templateCommands(id, language, state, () => `t${n++}`)).state;
  return execute(made, { type: 'setMeta', patch: { policy: { ...made.meta.policy, layout } } }).state;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
/** The swimlane's outer frame: its stroke colour, drawn nowhere else on a page (#55657a). */
const FRAME_COLOUR = [0x55, 0x65, 0x7a] as const;
const frameWidth = (svg: string) => Number(/<rect x="0" y="0" width="([\d.]+)" height="[\d.]+" fill="none" stroke="#55657a"/.exec(svg)![1]);
const pageNumber = (file: string) => Number(/-(\d+)\.ppm$/.exec(file)![1]);

/** The width, in pixels, that pixels of one colour span on a page rendered as a binary PPM; 0 when there are none. */
function framedWidth(ppm: Buffer, [r, g, b]: readonly [number, number, number]): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const width = Number(header[1]);
  const start = header[0].length;
  let left = Infinity;
  let right = -1;
  for (let i = start; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i]! - r) <= 8 && Math.abs(ppm[i + 1]! - g) <= 8 && Math.abs(ppm[i + 2]! - b) <= 8) {
      const x = ((i - start) / 3) % width;
      if (x < left) left = x;
      if (x > right) right = x;
    }
  }
  return right < 0 ? 0 : right - left + 1;
}
const smallestFont = (svg: string) => Math.min(...[...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])));
const svgWidth = (svg: string) => Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
const svgHeight = (svg: string) => Number(/<svg\b[^>]*\sheight="([\d.]+)"/.exec(svg)![1]);

const exported = new Map<string, { state: ProjectState; docx: Buffer }>();
let dir: string;
const hasLibreOffice = hasTool('libreoffice', 'libreoffice-writer-nogui');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lanewise-print-'));
  for (const c of CASES) {
    const state = templateProject(...c);
    const docx = await policyDocxBytes(state);
    exported.set(nameOf(c), { state, docx });
    writeFileSync(join(dir, `${nameOf(c)}.docx`), docx);
  }
  if (hasLibreOffice) {
    const files = CASES.map((c) => join(dir, `${nameOf(c)}.docx`));
    execFileSync('libreoffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 900_000 });
  }
}, 1_200_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each swimlane picture of the document with the drawing it was made from, in document order. */
function diagramPictures(name: string) {
  const { state, docx } = exported.get(name)!;
  const xml = zipEntries(docx).get('word/document.xml')!.toString('utf8');
  const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => ({ width: Number(m[1]) / 12700, height: Number(m[2]) / 12700 }));
  const svgs = sortedByOrder(rowsOf(state, 'processes')).flatMap((p) => processWordPrint(state, p.id).parts.map((part) => part.svg));
  return { extents, svgs };
}

describe('swimlane text in the Word policy prints at 8 pt or more', () => {
  it.each(CASES)('%s (%s, %s)', (...c) => {
    const { extents, svgs } = diagramPictures(nameOf(c));
    expect(extents.length).toBe(svgs.length);
    svgs.forEach((svg, i) => {
      const shown = extents[i]!;
      // The picture is the drawing at its proportions, so its text scales with it.
      expect(Math.abs(shown.width / shown.height / (svgWidth(svg) / svgHeight(svg)) - 1)).toBeLessThan(0.01);
      expect(smallestFont(svg) * (shown.width / svgWidth(svg)), `picture ${i + 1}`).toBeGreaterThanOrEqual(8);
    });
  });
});

describe.skipIf(!hasLibreOffice)('LibreOffice prints the policy as the export counted it', () => {
  /** The PDF's pages as text. */
  function pdfPages(name: string): string[] {
    const pdf = join(dir, `${name}.pdf`);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    return Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }));
  }

  it.each(CASES)('%s (%s, %s): every contents entry names the page its heading is on, and the footer counts the pages', (...c) => {
    const [, language, layout] = c;
    const pages = pdfPages(nameOf(c));
    const entries = pages.flatMap((p) => [...p.matchAll(/^\s*(.+?)\.{4,}\s*(\d+)\s*$/gm)].map((m) => ({ title: squeeze(m[1]!), page: Number(m[2]) })));
    expect(entries.length).toBeGreaterThan(15);
    const wrong = entries.filter(({ title, page }) => !(pages[page - 1] ?? '').split('\n').some((line) => !line.includes('....') && squeeze(line).startsWith(title)));
    expect(wrong.map((e) => `${e.title} not on page ${e.page}`)).toEqual([]);
    const last = pages.at(-1)!;
    if (layout === 'gbt9704') expect(last).toContain(`— ${pages.length} —`);
    else if (language === 'zh-CN') expect(last).toContain(`第 ${pages.length} 页 共 ${pages.length} 页`);
    else expect(last).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it.each(CASES)('%s (%s, %s): the swimlane pictures print as outlines, with their text at 8 pt or more', (...c) => {
    const { svgs } = diagramPictures(nameOf(c));
    const pdf = join(dir, `${nameOf(c)}.pdf`);
    // Outlines, not pixels: LibreOffice's PDF holds no picture at all, so the print is sharp at any resolution.
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(images).toEqual([]);
    // At 72 dpi a pixel is a point: the width of the drawing's frame on each page that shows one.
    const pages = join(dir, `${nameOf(c)}-page`);
    execFileSync('pdftoppm', ['-r', '72', '-aa', 'no', '-aaVector', 'no', pdf, pages]);
    const frames = readdirSync(dir)
      .filter((f) => f.startsWith(`${nameOf(c)}-page`) && f.endsWith('.ppm'))
      .sort((a, b) => pageNumber(a) - pageNumber(b))
      .map((f) => framedWidth(readFileSync(join(dir, f)), FRAME_COLOUR))
      .filter((width) => width > 50);
    expect(frames.length).toBe(svgs.length);
    svgs.forEach((svg, i) => {
      const printedWidth = frames[i]! * (svgWidth(svg) / frameWidth(svg));
      expect(smallestFont(svg) * (printedWidth / svgWidth(svg)), `picture ${i + 1}`).toBeGreaterThanOrEqual(8);
    });
  });
});
