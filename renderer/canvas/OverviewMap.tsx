import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_STYLE, tint } from '../../shared/diagram/diagram-style';
import type { ProcessLayout } from '../../shared/diagram/geometry';
import { stepSize } from '../../shared/diagram/step-text';
import { STEP_KINDS, type Department, type Step } from '../../shared/model/entities';

/** The map takes a quarter of the stage's width, within these bounds, and only the height the diagram needs. */
const MIN_WIDTH = 120;
const MAX_WIDTH = 184;
const MAX_HEIGHT = 120;
const PAD = 6;

/** Only pan and zoom change the viewport box: a step being dragged does not re-render the map. */
function viewportOf(s: ReactFlowState): string {
  return `${s.transform[0]}|${s.transform[1]}|${s.transform[2]}|${s.width}|${s.height}`;
}

interface OverviewMapProps {
  layout: ProcessLayout;
  steps: readonly Step[];
  departments: Readonly<Record<string, Department>>;
}

/**
 * The whole diagram in small, with the part on screen framed; press or drag on it to look elsewhere.
 * Drawn from the saved steps (one path per kind), so a thousand steps cost six elements.
 */
function OverviewMapView({ layout, steps, departments }: OverviewMapProps) {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const viewport = useStore(viewportOf);
  const dragging = useRef(false);
  const b = layout.bounds;
  const [tx, ty, zoom, width, height] = viewport.split('|').map(Number) as [number, number, number, number, number];
  // Shaped like the diagram: a wide process gets a low map, which covers less of the diagram itself.
  const room = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width / 4)));
  const scale = Math.min((room - 2 * PAD) / b.width, (MAX_HEIGHT - 2 * PAD) / b.height);
  const mapWidth = Math.ceil(b.width * scale + 2 * PAD);
  const mapHeight = Math.ceil(b.height * scale + 2 * PAD);
  const ox = PAD;
  const oy = PAD;

  const paths = useMemo(() => {
    const byKind = new Map<string, string[]>();
    for (const s of steps) {
      const size = stepSize(s);
      const w = Math.max(1.5, size.width * scale);
      const h = Math.max(1.5, size.height * scale);
      const list = byKind.get(s.kind) ?? [];
      list.push(`M${(ox + s.x * scale).toFixed(1)},${(oy + s.y * scale).toFixed(1)}h${w.toFixed(1)}v${h.toFixed(1)}h${(-w).toFixed(1)}z`);
      byKind.set(s.kind, list);
    }
    return STEP_KINDS.filter((k) => byKind.has(k)).map((k) => ({ kind: k, d: byKind.get(k)!.join('') }));
  }, [steps, scale, ox, oy]);

  const view = { x: ox + (-tx / zoom) * scale, y: oy + (-ty / zoom) * scale, width: (width / zoom) * scale, height: (height / zoom) * scale };

  function lookAt(e: PointerEvent<SVGSVGElement>): void {
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left - ox) / scale;
    const y = (e.clientY - box.top - oy) / scale;
    void rf.setCenter(x, y, { zoom: rf.getZoom(), duration: 0 });
  }

  return (
    <svg
      className="overview-map"
      width={mapWidth}
      height={mapHeight}
      role="img"
      aria-label={t('canvas.flowCanvas.minimap')}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        dragging.current = true;
        lookAt(e);
      }}
      onPointerMove={(e) => dragging.current && lookAt(e)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      {layout.lanes.map((band, i) => (
        <rect
          key={band.lane.id}
          x={ox + band.rect.x * scale}
          y={oy + band.rect.y * scale}
          width={band.rect.width * scale}
          height={band.rect.height * scale}
          fill={i % 2 === 0 ? '#ffffff' : '#f3f5f8'}
          stroke={tint(departments[band.lane.departmentId]?.color ?? '#8a9bb0', 0.5)}
          strokeWidth={0.5}
        />
      ))}
      {paths.map((p) => (
        <path key={p.kind} d={p.d} fill={KIND_STYLE[p.kind].stroke} />
      ))}
      <rect className="overview-view" x={view.x} y={view.y} width={Math.max(2, view.width)} height={Math.max(2, view.height)} />
    </svg>
  );
}

export const OverviewMap = memo(OverviewMapView);
