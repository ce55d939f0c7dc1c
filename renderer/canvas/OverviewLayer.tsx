import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_COLOUR, FONT_FAMILY, HANDOFF_COLOUR, INK } from '../../shared/diagram/diagram-style';
import type { Point } from '../../shared/diagram/flow-routes';
import type { Rect } from '../../shared/diagram/geometry';
import { kindStyle } from '../../shared/diagram/step-colours';
import { stepRect } from '../../shared/diagram/step-text';
import type { Step } from '../../shared/model/entities';
import { stepAt, useCanvasScene, type CanvasScene } from './canvas-scene';
import { useCanvasUi } from './canvas-ui-store';
import { samePicture, viewKeyOf, type PictureInputs } from './overview-ahead';
import type { StageView, Viewport } from './fit-viewport';
import { levelFor, OVERVIEW_STEPS } from './zoom-levels';

/** Names are written when they would be at least this tall on screen, and this large. */
const NAME_PX = 10;

const viewOf = (s: ReactFlowState): string => viewKeyOf(s.transform[0], s.transform[1], s.transform[2], s.width, s.height);
const sizeOf = (s: ReactFlowState): string => `${s.width}|${s.height}`;

function shapePath(ctx: CanvasRenderingContext2D, step: Step, r: Rect): void {
  ctx.beginPath();
  if (step.kind === 'decision') {
    ctx.moveTo(r.x + r.width / 2, r.y);
    ctx.lineTo(r.x + r.width, r.y + r.height / 2);
    ctx.lineTo(r.x + r.width / 2, r.y + r.height);
    ctx.lineTo(r.x, r.y + r.height / 2);
    ctx.closePath();
  } else if (step.kind === 'start' || step.kind === 'end') {
    ctx.ellipse(r.x + r.width / 2, r.y + r.height / 2, r.width / 2, r.height / 2, 0, 0, Math.PI * 2);
  } else {
    ctx.rect(r.x, r.y, r.width, r.height);
  }
}

interface Paint {
  scene: CanvasScene;
  view: StageView;
  selected: ReadonlySet<string>;
  moving: ReadonlyMap<string, Point> | null;
  dimmed: ((stepId: string) => boolean) | null;
}

/** One frame: flows first, then steps, then (if large enough on screen) their names. */
function paint(ctx: CanvasRenderingContext2D, { scene, view, selected, moving, dimmed }: Paint): void {
  const ratio = globalThis.devicePixelRatio || 1;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(ratio * view.zoom, 0, 0, ratio * view.zoom, ratio * view.tx, ratio * view.ty);
  const x1 = -view.tx / view.zoom;
  const y1 = -view.ty / view.zoom;
  const x2 = x1 + view.width / view.zoom;
  const y2 = y1 + view.height / view.zoom;
  const visible = (r: Rect) => r.x <= x2 && r.x + r.width >= x1 && r.y <= y2 && r.y + r.height >= y1;
  const rectOf = (s: Step): Rect => {
    const at = moving?.get(s.id);
    const r = scene.drawing.rects.get(s.id) ?? stepRect(s);
    return at ? { ...r, x: at.x, y: at.y } : r;
  };

  ctx.lineWidth = 1.2 / view.zoom;
  for (const handoff of [false, true]) {
    ctx.strokeStyle = handoff ? HANDOFF_COLOUR : FLOW_COLOUR;
    ctx.setLineDash(handoff ? [6 / view.zoom, 4 / view.zoom] : []);
    ctx.beginPath();
    for (const f of scene.flows) {
      const from = scene.stepsById.get(f.fromStepId);
      const to = scene.stepsById.get(f.toStepId);
      if (!from || !to || (from.laneId !== to.laneId) !== handoff) continue;
      // A moved step's flows are drawn straight to it until the move is saved and routed.
      const points = moving && (moving.has(from.id) || moving.has(to.id)) ? centres(rectOf(from), rectOf(to)) : scene.drawing.routes.get(f.id);
      if (!points || points.length < 2) continue;
      ctx.moveTo(points[0]!.x, points[0]!.y);
      for (let i = 1; i < points.length; i++) ctx.lineTo(points[i]!.x, points[i]!.y);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);

  const named: Array<{ step: Step; r: Rect }> = [];
  for (const s of scene.steps) {
    const r = rectOf(s);
    if (!visible(r)) continue;
    const style = kindStyle(s);
    ctx.globalAlpha = dimmed?.(s.id) ? 0.3 : 1;
    shapePath(ctx, s, r);
    ctx.fillStyle = style.fill;
    ctx.fill();
    ctx.strokeStyle = selected.has(s.id) ? '#2d6394' : style.stroke;
    ctx.lineWidth = (selected.has(s.id) ? 3 : 1.2) / view.zoom;
    ctx.stroke();
    if (r.height * view.zoom >= NAME_PX * 1.4 && s.name) named.push({ step: s, r });
  }
  ctx.globalAlpha = 1;
  if (named.length > 0) {
    const size = NAME_PX / view.zoom;
    ctx.font = `${size}px ${FONT_FAMILY}`;
    ctx.fillStyle = INK;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const { step, r } of named) ctx.fillText(step.name, r.x + r.width / 2, r.y + r.height / 2, r.width - 4 / view.zoom);
  }
}

/** What each canvas of the layer shows now. */
const drawn = new WeakMap<HTMLCanvasElement, PictureInputs>();

/** Sizes the canvas to the view and paints the picture wanted. */
function paintOn(el: HTMLCanvasElement, wanted: PictureInputs): void {
  const ctx = el.getContext('2d');
  if (!ctx) return;
  const [tx, ty, zoom, width, height] = wanted.view.split('|').map(Number) as [number, number, number, number, number];
  const ratio = globalThis.devicePixelRatio || 1;
  if (el.width !== Math.round(width * ratio) || el.height !== Math.round(height * ratio)) {
    el.width = Math.round(width * ratio);
    el.height = Math.round(height * ratio);
    el.style.width = `${width}px`;
    el.style.height = `${height}px`;
  }
  const { highlight } = wanted;
  paint(ctx, { scene: wanted.scene, view: { tx, ty, zoom, width, height }, selected: wanted.selected, moving: wanted.moving, dimmed: highlight ? (id) => !highlight.stepIds.has(id) : null });
  drawn.set(el, wanted);
}

function centres(a: Rect, b: Rect): Point[] {
  return [
    { x: a.x + a.width / 2, y: a.y + a.height / 2 },
    { x: b.x + b.width / 2, y: b.y + b.height / 2 },
  ];
}

interface OverviewLayerProps {
  /** The stage the layer covers: presses on it reach a step through the layer. */
  stage: HTMLElement | null;
  selectedSteps: ReadonlySet<string>;
  onSelectStep(stepId: string, additive: boolean): void;
  onMoved(positions: ReadonlyMap<string, Point>): void;
  /** The viewport fit to window would set now, or null when there is nothing to fit. */
  fitView(): Viewport | null;
}

/**
 * Far out, the whole process is one drawn picture instead of a component per step: the canvas
 * paints a thousand steps in a few milliseconds. A step is still picked and dragged by pressing on it.
 */
function OverviewLayerView({ stage, selectedSteps, onSelectStep, onMoved, fitView }: OverviewLayerProps) {
  const { t } = useTranslation();
  const scene = useCanvasScene();
  const rf = useReactFlow();
  const level = useStore(useMemo(() => levelFor(scene.steps.length), [scene.steps.length]));
  const viewKey = useStore(viewOf);
  const moving = useCanvasUi((s) => s.moving);
  const highlight = useCanvasUi((s) => s.highlight);
  const canvas = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ scene, onSelectStep, onMoved, fitView });
  latest.current = { scene, onSelectStep, onMoved, fitView };
  const active = level === 'overview';

  // Painted when the view or what it shows changes, unless the canvas already holds that picture.
  useEffect(() => {
    if (!active) return;
    const el = canvas.current;
    const wanted = { view: viewKey, scene, selected: selectedSteps, moving, highlight };
    if (el && !samePicture(drawn.get(el) ?? null, wanted)) paintOn(el, wanted);
  }, [active, viewKey, scene, selectedSteps, moving, highlight]);

  // Nearer in, the picture of the fitted view is drawn ahead, in a task of its own once the frame
  // showing the change is out: fit to window then only shows it (drawing and rasterising a thousand
  // steps would otherwise hold up the fitted frame). Not left to idle time: a busy renderer may not be
  // idle for a while after an edit, and the picture must be ready before the next input is handled.
  const size = useStore(sizeOf);
  useEffect(() => {
    const el = canvas.current;
    if (active || !el) return;
    const draw = () => {
      const fit = latest.current.fitView();
      if (!fit) return;
      const [width, height] = size.split('|').map(Number) as [number, number];
      const wanted = { view: viewKeyOf(fit.x, fit.y, fit.zoom, width, height), scene, selected: selectedSteps, moving: null, highlight };
      if (samePicture(drawn.get(el) ?? null, wanted)) return;
      paintOn(el, wanted);
      // Rasterised now, not in the frame that first shows it.
      el.getContext('2d')?.getImageData(0, 0, 1, 1);
    };
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(draw);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [active, size, scene, selectedSteps, highlight]);

  // A press on a step picks it (and drags it); a press elsewhere is left to the canvas (pan, select).
  useEffect(() => {
    if (!active || !stage) return;
    function onPointerDown(e: PointerEvent): void {
      if (e.button !== 0) return;
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const step = stepAt(latest.current.scene, p);
      if (!step) return;
      e.stopPropagation();
      e.preventDefault();
      latest.current.onSelectStep(step.id, e.shiftKey || e.metaKey || e.ctrlKey);
      const start = { x: step.x, y: step.y };
      let at = start;
      const move = (ev: PointerEvent) => {
        const q = rf.screenToFlowPosition({ x: ev.clientX, y: ev.clientY });
        at = { x: start.x + q.x - p.x, y: start.y + q.y - p.y };
        useCanvasUi.getState().setMoving(new Map([[step.id, at]]));
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        if (at !== start) latest.current.onMoved(new Map([[step.id, at]]));
        else useCanvasUi.getState().setMoving(null);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    }
    stage.addEventListener('pointerdown', onPointerDown, true);
    return () => stage.removeEventListener('pointerdown', onPointerDown, true);
  }, [active, stage, rf]);

  if (scene.steps.length <= OVERVIEW_STEPS) return null;
  if (!active) return <canvas ref={canvas} className="overview-ahead" aria-hidden="true" />;
  return <canvas ref={canvas} className="overview-layer" role="img" aria-label={t('canvas.overview', { count: scene.steps.length })} />;
}

export const OverviewLayer = memo(OverviewLayerView);
