import type { ProjectState } from '../../shared/model/project-state';
import { planDiagramPrint, type DiagramPrint } from '../../shared/diagram/diagram-print';
import { svgSize } from '../diagram/diagram-png';
import { svgToEmf } from '../emf/svg-to-emf';
import type { PrintedDiagram } from '../word/policy-docx-types';
import { pictureBox, pictureBoxes } from '../word/word-page';

/** Resolution of the pictures where the Word document shows them: Word's own target for print (220 ppi), which keeps 8 pt text sharp on paper at half the pixels of 300. */
const WORD_PICTURE_DPI = 220;
/** Longest side of a picture inside the Word document. */
const WORD_PICTURE_SIDE = 6000;
/** Charts print at this resolution where the report shows them: at most a portrait page's picture box. */
const CHART_DPI = 300;

/** Turns an SVG into PNG bytes at a zoom, the longer side capped at maxSide pixels. */
export type Rasterise = (svg: string, scale: number, maxSide?: number) => Promise<Uint8Array>;

/**
 * A picture for a Word document: a metafile, sharp at any size and drawn in a fraction of the time
 * pixels take; pixels at the given zoom only where the drawing holds text without outlines.
 */
export async function wordPicture(svg: string, scale: number, rasterise: Rasterise, maxSide?: number): Promise<Uint8Array> {
  return svgToEmf(svg) ?? rasterise(svg, scale, maxSide);
}

/** How a process's diagram goes on the policy's pages: parts whose smallest text prints at 8 pt or more. */
export function processWordPrint(state: ProjectState, processId: string): DiagramPrint {
  return planDiagramPrint(state, processId, pictureBoxes(state.meta.policy.layout));
}

/** The pictures of a process for a Word document, each with the size it prints at. */
export async function drawWordPictures(state: ProjectState, processId: string, rasterise: Rasterise): Promise<PrintedDiagram> {
  const print = processWordPrint(state, processId);
  // One at a time: each picture in flight holds its pixels, and several processes are drawn at once.
  const pictures = [];
  for (const part of print.parts) {
    const image = await wordPicture(part.svg, (print.scale / 72) * WORD_PICTURE_DPI, rasterise, WORD_PICTURE_SIDE);
    pictures.push({ image, width: part.width * print.scale, height: part.height * print.scale });
  }
  return { orientation: print.orientation, pictures };
}

/** The zoom that prints a chart at CHART_DPI when it fills a portrait page's picture box. */
export function chartScale(svg: string): number {
  const size = svgSize(svg);
  if (!size) return 2;
  const box = pictureBox('enterprise', 'portrait');
  return (Math.min(box.width / size.width, box.height / size.height) / 1440) * CHART_DPI;
}
