import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../shared/diagram/diagram-style';
import { outlineFonts } from './outline-fonts';
import { outlineSvgText } from './text-outlines';

const fonts = () => {
  const found = outlineFonts();
  if (!found) throw new Error('no CJK font installed (Debian: fonts-noto-cjk)');
  return found;
};

const svgOf = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80" font-family="${FONT_FAMILY}">${body}</svg>`;

/** x of each glyph's origin, in document order. */
const glyphXs = (svg: string) => [...svg.matchAll(/matrix\([^ ]+ 0 0 [^ ]+ ([-\d.]+) [-\d.]+\)/g)].map((m) => Number(m[1]));

/** Column and row of the centre of the dark pixels, drawn by resvg with the system's fonts. */
function inkCentre(svg: string): { x: number; y: number; ink: number } {
  const image = new Resvg(svg, { background: '#fff', font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } }).render();
  const { pixels, width } = image;
  let sx = 0, sy = 0, ink = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 384) {
      const p = i / 4;
      sx += p % width;
      sy += Math.floor(p / width);
      ink++;
    }
  }
  return { x: sx / ink, y: sy / ink, ink };
}

describe('outlineSvgText', () => {
  it('turns every line of Chinese and Latin text into glyph outlines, keeping class and colour', () => {
    const svg = svgOf('<text class="step-name" x="200" y="30" font-size="16" fill="#1f2933" text-anchor="middle"><tspan x="200">研发部 R&amp;D</tspan><tspan x="200" dy="20">评审</tspan></text>');
    const out = outlineSvgText(svg, fonts());
    expect(out).not.toContain('<text');
    expect(out).toContain('<g class="step-name" fill="#1f2933">');
    // 研 发 部 R & D 评 审: the space has no outline.
    expect(glyphXs(out)).toHaveLength(8);
  });

  it('anchors a line at its start, middle or end', () => {
    const line = (anchor: string) => glyphXs(outlineSvgText(svgOf(`<text x="200" y="30" font-size="16" fill="#000" text-anchor="${anchor}"><tspan x="200">审批通过</tspan></text>`), fonts()));
    const [start, middle, end] = [line('start'), line('middle'), line('end')];
    expect(start[0]).toBe(200);
    expect(start[0]! - middle[0]!).toBeCloseTo(32, 0);
    expect(middle[0]! - end[0]!).toBeCloseTo(32, 0);
  });

  it('uses the bold face for bold text', () => {
    const { regular, bold } = fonts();
    expect(bold.postscriptName).not.toBe(regular.postscriptName);
    const plain = outlineSvgText(svgOf('<text x="10" y="30" font-size="16" fill="#000">部门</text>'), fonts());
    const heavy = outlineSvgText(svgOf('<text x="10" y="30" font-size="16" fill="#000" font-weight="bold">部门</text>'), fonts());
    expect(heavy).not.toBe(plain);
  });

  it('leaves a line the font cannot draw as text, for the rasteriser', () => {
    const text = '<text x="10" y="30" font-size="16" fill="#000"><tspan x="10">\u{E000}</tspan></text>';
    expect(outlineSvgText(svgOf(text), fonts())).toContain(text);
  });

  it('draws the text where the rasteriser would have drawn it', () => {
    const svg = svgOf('<text x="200" y="50" font-size="32" fill="#000" text-anchor="middle"><tspan x="200">研发部 Review</tspan></text>');
    const asText = inkCentre(svg);
    const outlined = inkCentre(outlineSvgText(svg, fonts()));
    expect(asText.ink).toBeGreaterThan(500);
    expect(Math.abs(outlined.x - asText.x)).toBeLessThan(1.5);
    expect(Math.abs(outlined.y - asText.y)).toBeLessThan(1);
    expect(Math.abs(outlined.ink - asText.ink) / asText.ink).toBeLessThan(0.05);
  });
});
