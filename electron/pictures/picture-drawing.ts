import type { ProjectState } from '../../shared/model/project-state';
import { svgToPngAsync } from '../diagram/diagram-png';
import type { PrintedDiagram } from '../word/policy-docx-types';
import { chartScale, drawWordPictures, wordPicture } from './word-pictures';

/** Where the pictures of a document are drawn. */
export interface PictureDrawing {
  wordPictures(state: ProjectState, processId: string): Promise<PrintedDiagram>;
  wordPicture(svg: string, scale: number): Promise<Uint8Array>;
  warm?(): void;
}

/** On this thread, the pixels handed to the thread pool: for tests and tools, and where no worker file is built. */
const onThisThread: PictureDrawing = {
  wordPictures: (state, processId) => drawWordPictures(state, processId, svgToPngAsync),
  wordPicture: (svg, scale) => wordPicture(svg, scale, svgToPngAsync),
};

let drawing: PictureDrawing = onThisThread;

/** The job worker sets its picture threads once, at start. */
export function drawPicturesWith(chosen: PictureDrawing): void {
  drawing = chosen;
}

/** A document with many pictures is about to be written: threads that draw them start while its text is put together. */
export function warmPictureDrawing(): void {
  drawing.warm?.();
}

/** A process's pictures for the policy draft or the status report, each with the size it prints at. */
export function processWordPictures(state: ProjectState, processId: string): Promise<PrintedDiagram> {
  return drawing.wordPictures(state, processId);
}

/** A chart of the status report: a metafile, or pixels at its page's print resolution. */
export function chartPicture(svg: string): Promise<Uint8Array> {
  return drawing.wordPicture(svg, chartScale(svg));
}
