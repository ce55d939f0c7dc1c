import { useReactFlow, useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ARROW_ID, flowLabelText, HANDOFF_ARROW_ID, type FlowLabelText } from '../../shared/diagram/flow-arrows';
import { FLOW_COLOUR, HANDOFF_COLOUR } from '../../shared/diagram/diagram-style';
import { pathData, routeFlow, type Point } from '../../shared/diagram/flow-routes';
import type { Rect } from '../../shared/diagram/geometry';
import { stepRect } from '../../shared/diagram/step-text';
import type { Flow, Step } from '../../shared/model/entities';
import { NameInput } from '../common/NameInput';
import { useProjectStore } from '../state/project-store';
import { useCanvasActions } from './actions/actions-context';
import { useCanvasScene, type CanvasScene } from './canvas-scene';
import { useCanvasUi } from './canvas-ui-store';
import { flowName } from './step-nodes';
import { levelFor } from './zoom-levels';

/** Matches the export: the line stops short of the tip so its square end never shows past the arrowhead. */
const PULL_BACK = 6;
/** Flows are drawn for the part of the diagram in view and this far around it, in diagram units. */
const CELL = 600;

/** The part of the diagram in view, widened to whole cells, so the layer redraws only when the view moves into new ones. */
function windowOf(s: ReactFlowState): string {
  const [tx, ty, zoom] = s.transform;
  const x1 = Math.floor(-tx / zoom / CELL) - 1;
  const y1 = Math.floor(-ty / zoom / CELL) - 1;
  const x2 = Math.ceil((s.width - tx) / zoom / CELL) + 1;
  const y2 = Math.ceil((s.height - ty) / zoom / CELL) + 1;
  return `${x1},${y1},${x2},${y2}`;
}

function boundsOf(points: readonly Point[]): Rect {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

interface Drawn {
  flow: Flow;
  from: Step;
  to: Step;
  points: readonly Point[];
  label: { box: Rect; text: FlowLabelText } | null;
  handoff: boolean;
}

/** Flows attached to steps being dragged follow them, routed on their own until the move is saved. */
function liveRoutes(scene: CanvasScene, moving: ReadonlyMap<string, Point>): Map<string, Drawn> {
  const live = new Map<string, Drawn>();
  const rectOf = (s: Step) => {
    const at = moving.get(s.id);
    return at ? { ...stepRect(s), x: at.x, y: at.y } : (scene.drawing.rects.get(s.id) ?? stepRect(s));
  };
  for (const flow of scene.flows) {
    if (!moving.has(flow.fromStepId) && !moving.has(flow.toStepId)) continue;
    const from = scene.stepsById.get(flow.fromStepId);
    const to = scene.stepsById.get(flow.toStepId);
    if (!from || !to) continue;
    const points = routeFlow({ kind: from.kind, rect: rectOf(from) }, { kind: to.kind, rect: rectOf(to) }, scene.orientation, { selfLoop: from === to });
    const text = flowLabelText(flow.label);
    const mid = points[Math.floor((points.length - 1) / 2)]!;
    const next = points[Math.floor((points.length - 1) / 2) + 1] ?? mid;
    const at = { x: (mid.x + next.x) / 2, y: (mid.y + next.y) / 2 };
    live.set(flow.id, { flow, from, to, points, handoff: from.laneId !== to.laneId, label: text ? { text, box: { x: at.x - text.width / 2, y: at.y - text.height - 3, width: text.width, height: text.height } } : null });
  }
  return live;
}

interface FlowItemProps {
  d: Drawn;
  selected: boolean;
  dim: boolean;
  lit: boolean;
  onSelect(flowId: string, additive: boolean): void;
}

/** One flow: its line (hand-offs dashed and orange), a wider invisible line to click, and its label beside it. */
const FlowItem = memo(function FlowItem({ d, selected, dim, lit, onSelect }: FlowItemProps) {
  const editFlow = useCanvasUi((s) => s.editFlow);
  const colour = d.handoff ? HANDOFF_COLOUR : FLOW_COLOUR;
  const path = pathData(d.points, PULL_BACK);
  const bounds = boundsOf(d.points);
  const select = (e: PointerEvent | KeyboardEvent) => onSelect(d.flow.id, e.shiftKey || e.metaKey || e.ctrlKey);
  return (
    <g
      className={`flow-item nopan nodrag${selected ? ' is-selected' : ''}${dim ? ' is-dim' : ''}${lit ? ' is-lit' : ''}`}
      role="group"
      tabIndex={0}
      aria-roledescription="edge"
      aria-label={flowName(d.flow, d.from, d.to)}
      data-flow-id={d.flow.id}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.stopPropagation();
        select(e);
      }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        editFlow(d.flow.id);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select(e);
        }
      }}
    >
      {/* Gives even a straight flow a box of some height: the group can be found and pointed at as one thing. */}
      <rect className="flow-bounds" x={bounds.x - 5} y={bounds.y - 5} width={bounds.width + 10} height={bounds.height + 10} />
      <path className="flow-hit" d={path} />
      {/* Shown while the flow has the keyboard focus: a band in the accent colour under a white line. */}
      <path className="flow-focus-ring" d={pathData(d.points, 0)} />
      <path
        className={d.handoff ? 'flow handoff' : 'flow'}
        d={path}
        fill="none"
        stroke={selected ? 'var(--accent)' : colour}
        strokeWidth={selected || lit ? 2.6 : d.handoff ? 1.6 : 1.4}
        strokeDasharray={d.handoff ? '6 4' : undefined}
        strokeLinejoin="round"
        markerEnd={`url(#${d.handoff ? HANDOFF_ARROW_ID : ARROW_ID})`}
      />
      {d.label && (
        <g className="flow-label-group">
          <rect x={d.label.box.x} y={d.label.box.y} width={d.label.box.width} height={d.label.box.height} rx={3} fill="#ffffff" fillOpacity={0.95} stroke={selected ? 'var(--accent)' : colour} strokeOpacity={selected ? 1 : 0.35} strokeWidth={0.8} />
          <text className="flow-label" x={d.label.box.x + d.label.box.width / 2} textAnchor="middle" fontSize={11} fontWeight="bold" fill={d.handoff ? HANDOFF_COLOUR : FLOW_COLOUR}>
            {d.label.text.lines.map((line, i) => (
              <tspan key={i} x={d.label!.box.x + d.label!.box.width / 2} y={d.label!.box.y + 2 + 14 * i + 11}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )}
    </g>
  );
});

/**
 * Handles on the inner segments of the selected flow: drag one across to move that stretch of the
 * route; the corners are kept with the flow and the route passes through them from then on.
 */
function BendHandles({ flowId, points }: { flowId: string; points: readonly Point[] }) {
  const rf = useReactFlow();
  const { services } = useCanvasActions();
  const { t } = useTranslation();
  const segments: Array<{ i: number; at: Point; horizontal: boolean }> = [];
  for (let i = 2; i < points.length - 1; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    segments.push({ i, at: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }, horizontal: Math.abs(p.y - q.y) < 0.01 });
  }

  function start(e: PointerEvent<SVGRectElement>, i: number, horizontal: boolean): void {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const origin = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    let moved = points.map((p) => ({ ...p }));
    const move = (ev: globalThis.PointerEvent) => {
      const p = rf.screenToFlowPosition({ x: ev.clientX, y: ev.clientY });
      const d = horizontal ? p.y - origin.y : p.x - origin.x;
      moved = points.map((pt, k) => (k === i - 1 || k === i ? (horizontal ? { x: pt.x, y: pt.y + d } : { x: pt.x + d, y: pt.y }) : { ...pt }));
      useCanvasUi.getState().setReshaping({ flowId, points: moved });
    };
    const end = (ev: globalThis.PointerEvent) => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', end);
      el.removeEventListener('pointercancel', end);
      useCanvasUi.getState().setReshaping(null);
      if (ev.type === 'pointerup') services.reshape(flowId, moved.slice(1, -1));
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', end);
    el.addEventListener('pointercancel', end);
  }

  return (
    <g className="bend-handles">
      {segments.map((s) => (
        <rect
          key={s.i}
          className={`bend-handle nopan nodrag ${s.horizontal ? 'moves-vertically' : 'moves-horizontally'}`}
          x={s.at.x - 5}
          y={s.at.y - 5}
          width={10}
          height={10}
          rx={2}
          onPointerDown={(e) => start(e, s.i, s.horizontal)}
        >
          <title>{t('canvas.flow.bendHandle')}</title>
        </rect>
      ))}
    </g>
  );
}

/** The line that follows the pointer while a flow is being drawn. */
function ConnectionPreview({ scene }: { scene: CanvasScene }) {
  const connecting = useCanvasUi((s) => s.connecting);
  if (!connecting) return null;
  const r = scene.drawing.rects.get(connecting.fromId);
  if (!r) return null;
  return <line className="connection-preview" x1={r.x + r.width / 2} y1={r.y + r.height / 2} x2={connecting.at.x} y2={connecting.at.y} />;
}

/** Inline editor of a flow's label, over the label (or the middle of the flow). */
function LabelEditor({ d }: { d: Drawn }) {
  const { t } = useTranslation();
  const editFlow = useCanvasUi((s) => s.editFlow);
  const execute = useProjectStore((s) => s.execute);
  const mid = d.points[Math.floor((d.points.length - 1) / 2)]!;
  const at = d.label ? { x: d.label.box.x + d.label.box.width / 2, y: d.label.box.y + d.label.box.height / 2 } : mid;
  return (
    <div className="flow-label-editor nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}>
      <NameInput
        initial={d.flow.label}
        label={t('canvas.flow.editLabel')}
        onCommit={(text) => {
          editFlow(null);
          void execute({ type: 'update', table: 'flows', id: d.flow.id, patch: { label: text } });
        }}
        onCancel={() => editFlow(null)}
      />
    </div>
  );
}

/**
 * Every flow of the process, drawn by the canvas in one layer under the steps, from the routes the
 * export uses; only the flows near the view are in the page at a time.
 */
function FlowLayerView({ onSelect }: { onSelect(flowId: string, additive: boolean): void }) {
  const scene = useCanvasScene();
  const view = useStore(windowOf);
  const level = useStore(useMemo(() => levelFor(scene.steps.length), [scene.steps.length]));
  const selected = useCanvasUi((s) => s.selectedFlowIds);
  const moving = useCanvasUi((s) => s.moving);
  const reshaping = useCanvasUi((s) => s.reshaping);
  const highlight = useCanvasUi((s) => s.highlight);
  const editing = useCanvasUi((s) => s.editingFlowId);

  const drawn = useMemo(() => {
    const all: Array<Drawn & { bounds: Rect }> = [];
    for (const flow of scene.flows) {
      const from = scene.stepsById.get(flow.fromStepId);
      const to = scene.stepsById.get(flow.toStepId);
      const points = scene.drawing.routes.get(flow.id);
      if (!from || !to || !points) continue;
      const label = scene.drawing.labels.get(flow.id) ?? null;
      const bounds = boundsOf(label ? [...points, label.box, { x: label.box.x + label.box.width, y: label.box.y + label.box.height }] : points);
      all.push({ flow, from, to, points, label, handoff: from.laneId !== to.laneId, bounds });
    }
    return all;
  }, [scene]);
  const live = useMemo(() => (moving ? liveRoutes(scene, moving) : null), [scene, moving]);

  const [x1, y1, x2, y2] = view.split(',').map((v) => Number(v) * CELL) as [number, number, number, number];
  const shown = drawn.filter((d) => selected.has(d.flow.id) || (d.bounds.x <= x2 && d.bounds.x + d.bounds.width >= x1 && d.bounds.y <= y2 && d.bounds.y + d.bounds.height >= y1));
  const b = scene.layout.bounds;
  const editedFlow = editing ? drawn.find((d) => d.flow.id === editing) : undefined;
  const soleSelected = selected.size === 1 ? drawn.find((d) => selected.has(d.flow.id)) : undefined;

  if (level === 'overview') return null;
  return (
    <ViewportPortal>
      <svg className="flow-layer" width={b.width} height={b.height}>
        {shown.map((d) => {
          const current = live?.get(d.flow.id) ?? (reshaping?.flowId === d.flow.id ? { ...d, points: reshaping.points } : d);
          return (
            <FlowItem
              key={d.flow.id}
              d={current}
              selected={selected.has(d.flow.id)}
              dim={highlight !== null && !highlight.flowIds.has(d.flow.id)}
              lit={highlight?.flowIds.has(d.flow.id) ?? false}
              onSelect={onSelect}
            />
          );
        })}
        {soleSelected && !live?.has(soleSelected.flow.id) && level === 'detail' && <BendHandles flowId={soleSelected.flow.id} points={reshaping?.flowId === soleSelected.flow.id ? reshaping.points : soleSelected.points} />}
        <ConnectionPreview scene={scene} />
      </svg>
      {editedFlow && <LabelEditor d={editedFlow} />}
    </ViewportPortal>
  );
}

export const FlowLayer = memo(FlowLayerView);
