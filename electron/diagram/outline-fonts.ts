import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSync, type Font, type FontCollection } from 'fontkit';

/** A regular and a bold face able to draw Chinese and Latin names. */
export interface OutlineFonts {
  regular: Font;
  bold: Font;
}

export interface FontCandidate {
  path: string;
  /** Preferred face inside a collection: the Simplified Chinese one. */
  face?: string;
}

const WINDOWS_FONTS = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');

/** Common CJK system fonts by platform, regular then bold; the first file found wins. */
const REGULAR: FontCandidate[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc' },
  { path: join(WINDOWS_FONTS, 'msyh.ttc'), face: 'MicrosoftYaHei' },
  { path: join(WINDOWS_FONTS, 'simhei.ttf') },
  { path: '/System/Library/Fonts/Hiragino Sans GB.ttc', face: 'HiraginoSansGB-W3' },
  { path: '/System/Library/Fonts/STHeiti Light.ttc' },
];
const BOLD: FontCandidate[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold' },
  { path: '/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold' },
  { path: join(WINDOWS_FONTS, 'msyhbd.ttc'), face: 'MicrosoftYaHei-Bold' },
  { path: '/System/Library/Fonts/Hiragino Sans GB.ttc', face: 'HiraginoSansGB-W6' },
  { path: '/System/Library/Fonts/STHeiti Medium.ttc' },
];

function isCollection(font: Font | FontCollection): font is FontCollection {
  return font.type === 'TTC' || font.type === 'DFont';
}

function openFace(candidate: FontCandidate): Font | null {
  try {
    const opened = openSync(candidate.path);
    if (!isCollection(opened)) return opened;
    const named = candidate.face ? opened.fonts.find((f) => f.postscriptName === candidate.face) : undefined;
    return named ?? opened.fonts[0] ?? null;
  } catch {
    return null;
  }
}

function firstFace(candidates: readonly FontCandidate[]): Font | null {
  for (const candidate of candidates) {
    if (!existsSync(candidate.path)) continue;
    const face = openFace(candidate);
    if (face) return face;
  }
  return null;
}

/** The files of the regular and bold CJK faces, for writers that embed the font (PDF); null when there is none. */
export function outlineFontFiles(): { regular: FontCandidate; bold: FontCandidate } | null {
  const regular = REGULAR.find((c) => existsSync(c.path) && openFace(c));
  if (!regular) return null;
  return { regular, bold: BOLD.find((c) => existsSync(c.path) && openFace(c)) ?? regular };
}

let loaded: OutlineFonts | null | undefined;

/**
 * The fonts diagram text is outlined with, loaded once per process; null when the machine has none
 * of them, and the rasteriser then draws the text with whatever system font it finds.
 */
export function outlineFonts(): OutlineFonts | null {
  if (loaded === undefined) {
    const regular = firstFace(REGULAR);
    loaded = regular ? { regular, bold: firstFace(BOLD) ?? regular } : null;
  }
  return loaded;
}
