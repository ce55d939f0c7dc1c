import type { Point } from '../../shared/diagram/flow-routes';
import type { CanvasScene } from './canvas-scene';
import type { Highlight } from './canvas-ui-store';

/** What a picture of the overview layer was drawn from: the view (its key) and what it shows. */
export interface PictureInputs {
  view: string;
  scene: CanvasScene;
  selected: ReadonlySet<string>;
  moving: ReadonlyMap<string, Point> | null;
  highlight: Highlight | null;
}

/** The view key of a viewport on a pane of this size, as the layer reads it from React Flow's store. */
export const viewKeyOf = (x: number, y: number, zoom: number, width: number, height: number): string => `${x}|${y}|${zoom}|${width}|${height}`;

/** Whether the picture on the canvas is the one wanted: then nothing is drawn again (inputs are compared by identity, as React's memos hand them on). */
export function samePicture(drawn: PictureInputs | null, wanted: PictureInputs): boolean {
  return (
    drawn !== null &&
    drawn.view === wanted.view &&
    drawn.scene === wanted.scene &&
    drawn.selected === wanted.selected &&
    drawn.moving === wanted.moving &&
    drawn.highlight === wanted.highlight
  );
}
