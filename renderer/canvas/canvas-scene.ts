import { createContext, useContext } from 'react';
import type { LabelSpace } from '../../shared/diagram/event-label';
import type { ProcessDrawing } from '../../shared/diagram/process-drawing';
import type { ProcessLayout, Rect } from '../../shared/diagram/geometry';
import type { Flow, Orientation, Step } from '../../shared/model/entities';
import type { Point } from './canvas-layout';

/**
 * What the canvas draws from, shared by the steps, the flow layer, the zoomed-out layer and the
 * gestures: the lanes and phases, the steps and flows, and the worked-out picture (sizes, routes, labels).
 */
export interface CanvasScene {
  processId: string;
  orientation: Orientation;
  layout: ProcessLayout;
  drawing: ProcessDrawing;
  steps: readonly Step[];
  stepsById: ReadonlyMap<string, Step>;
  flows: readonly Flow[];
  laneRects: ReadonlyMap<string, Rect>;
  /** The lanes together. */
  lanesArea: Rect | null;
  /** Each lane's department name. */
  laneNames: ReadonlyMap<string, string>;
  /** Where a step's name may run zoomed out (diagram units), beyond its shape. */
  glanceRoom(step: Step): Rect;
  /** What a start's or end's name keeps clear of zoomed out, at a font size (diagram units). */
  glanceSpace(step: Step, fontSize: number): LabelSpace;
}

export const CanvasSceneContext = createContext<CanvasScene | null>(null);

export function useCanvasScene(): CanvasScene {
  const scene = useContext(CanvasSceneContext);
  if (!scene) throw new Error('Canvas parts need CanvasSceneContext');
  return scene;
}

/** The step whose shape holds a point (the topmost, last drawn), other than `except`. */
export function stepAt(scene: CanvasScene, p: Point, except: string | null = null): Step | null {
  for (let i = scene.steps.length - 1; i >= 0; i--) {
    const s = scene.steps[i]!;
    const r = scene.drawing.rects.get(s.id);
    if (s.id !== except && r && p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height) return s;
  }
  return null;
}
