import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute } from '../../shared/commands/execute';
import { launchDiagramProject } from '../../shared/diagram/diagram-test-project';
import { FONT_FAMILY } from '../../shared/diagram/diagram-style';
import { xmlProblems } from '../../shared/diagram/xml-well-formed';
import type { ProjectState } from '../../shared/model/project-state';
import { exportDiagrams } from './diagram-export';
import { diagramFileNames } from './diagram-file-names';
import { pngZoom, svgToPng, svgToPngAsync } from './diagram-png';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Grey levels of an 8-bit RGBA PNG (what resvg writes), undoing the per-row filters. */
function greyPixels(png: Buffer): { width: number; height: number; grey: number[] } {
  const { width, height } = ihdr(png);
  expect([png[24], png[25]]).toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  const grey: number[] = [];
  for (let i = 0; i < out.length; i += 4) grey.push(Math.round((out[i]! + out[i + 1]! + out[i + 2]!) / 3));
  return { width, height, grey };
}

function withProcesses(state: ProjectState, names: string[]): ProjectState {
  return execute(state, { type: 'batch', commands: names.map((name, i) => ({ type: 'add', table: 'processes', row: { id: `extra${i}`, name } })) }).state;
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lanewise-diagrams-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportDiagrams', () => {
  it('writes one valid PNG per process, twice the size of the drawing', async () => {
    const state = withProcesses(launchDiagramProject(), ['年度预算编制']);
    const paths = await exportDiagrams(state, join(dir, 'out'), 'png');
    expect(paths.map((p) => basename(p))).toEqual(['新产品上线.png', '年度预算编制.png']);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['年度预算编制.png', '新产品上线.png']);
    for (const path of paths) {
      const size = ihdr(await readFile(path));
      expect(size.width).toBeGreaterThan(0);
      expect(size.height).toBeGreaterThan(0);
    }
    const launch = ihdr(await readFile(paths[0]!));
    expect(launch.width).toBeGreaterThan(2 * 1200);
  });

  it('writes well-formed SVG files that name their process', async () => {
    const paths = await exportDiagrams(launchDiagramProject('vertical'), dir, 'svg');
    expect(paths).toEqual([join(dir, '新产品上线.svg')]);
    const svg = await readFile(paths[0]!, 'utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('新产品上线');
  });

  it('makes names safe for every file system and never overwrites a namesake', async () => {
    const state = withProcesses(launchDiagramProject(), ['新产品上线', '新产品/服务: "上线"?', 'CON', '...', 'a<b>|c*']);
    const paths = await exportDiagrams(state, dir, 'svg');
    expect(paths.map((p) => basename(p))).toEqual(['新产品上线.svg', '新产品上线 (2).svg', '新产品 服务 上线.svg', 'CON_.svg', '流程.svg', 'a b c.svg']);
    expect(await readdir(dir)).toHaveLength(6);
  });
});

describe('diagramFileNames', () => {
  it('tells names apart ignoring case, as Windows and macOS do', () => {
    expect(diagramFileNames(['Launch', 'launch', 'LAUNCH'], 'png', 'en')).toEqual(['Launch.png', 'launch (2).png', 'LAUNCH (3).png']);
  });

  it('falls back to a word in the project language for a name with nothing usable', () => {
    expect(diagramFileNames(['///', '???'], 'png', 'en')).toEqual(['Process.png', 'Process (2).png']);
  });
});

describe('svgToPng', () => {
  /** One character drawn large in the diagram's font stack. */
  const glyph = (char: string) =>
    greyPixels(svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" font-family="${FONT_FAMILY}"><text x="6" y="48" font-size="48">${char}</text></svg>`, 1));

  it('draws Chinese characters with a CJK font, not as boxes', () => {
    const yan = glyph('研');
    const fa = glyph('发');
    const ink = (g: number[]) => g.filter((v) => v < 128).length;
    expect(ink(yan.grey)).toBeGreaterThan(150);
    expect(ink(fa.grey)).toBeGreaterThan(150);
    // A missing glyph is the same box whatever the character; real glyphs differ.
    const differing = yan.grey.filter((v, i) => Math.abs(v - (fa.grey[i] ?? 0)) > 64).length;
    expect(differing).toBeGreaterThan(150);
  });

  it('scales to the requested zoom and paints a white background', () => {
    const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect x="0" y="0" width="5" height="5" fill="#000"/></svg>', 3);
    const { width, height, grey } = greyPixels(png);
    expect([width, height]).toEqual([90, 60]);
    expect(grey[0]).toBe(0);
    expect(grey[grey.length - 1]).toBe(255);
  });

  it('gives the same picture off the main thread', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect x="0" y="0" width="5" height="5" fill="#000"/></svg>';
    expect((await svgToPngAsync(svg, 3)).equals(svgToPng(svg, 3))).toBe(true);
  });

  it('shrinks a huge process to a picture that fits in memory', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="2000"><rect width="10" height="10"/></svg>';
    expect(pngZoom(svg, 2)).toBeCloseTo(0.16);
    expect(ihdr(svgToPng(svg)).width).toBe(16000);
  });

  it('keeps a picture within the longest side asked for', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="600"><rect width="10" height="10"/></svg>';
    expect(pngZoom(svg, 2, 900)).toBeCloseTo(0.5);
    expect(ihdr(await svgToPngAsync(svg, 2, 900))).toEqual({ width: 900, height: 300 });
    expect(ihdr(await svgToPngAsync(svg, 2))).toEqual({ width: 3600, height: 1200 });
  });
});
