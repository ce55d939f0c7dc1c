import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ARROW_ID, HANDOFF_ARROW_ID } from '../../shared/diagram/flow-arrows';
import { FLOW_COLOUR, HANDOFF_COLOUR } from '../../shared/diagram/diagram-style';
import { pathData, routeFlow, type NodeBox } from '../../shared/diagram/flow-routes';
import { NODE_SIZE } from '../../shared/diagram/geometry';
import type { StepKind } from '../../shared/model/entities';
import { NameInput } from '../common/NameInput';
import { useProjectStore } from '../state/project-store';
import { useCanvasUi } from './canvas-ui-store';
import type { FlowEdge as FlowEdgeType } from './step-nodes';

/** Matches the export: the line stops short of the tip so its square end never shows past the arrowhead. */
const PULL_BACK = 6;

function useBox(nodeId: string, kind: StepKind): NodeBox | null {
  // Live position, so the flow follows a step while it is dragged, before anything is saved.
  const node = useInternalNode(nodeId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { kind, rect: { x, y, ...NODE_SIZE[kind] } };
}

/** A flow routed and styled like the exported diagram; hand-offs between departments are dashed and orange. */
function FlowEdgeView({ id, source, target, data, selected }: EdgeProps<FlowEdgeType>) {
  const { t } = useTranslation();
  const from = useBox(source, data?.from.kind ?? 'task');
  const to = useBox(target, data?.to.kind ?? 'task');
  const editing = useCanvasUi((s) => s.editingFlowId === id);
  const editFlow = useCanvasUi((s) => s.editFlow);
  const execute = useProjectStore((s) => s.execute);
  if (!from || !to || !data) return null;

  const selfLoop = source === target;
  const points = routeFlow(from, to, data.orientation, { selfLoop, paired: data.paired });
  const label = data.flow.label;
  const middle = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
  const at = middle;
  const colour = data.handoff ? HANDOFF_COLOUR : FLOW_COLOUR;
  return (
    <>
      {/* Shown while the flow has the keyboard focus: a band in the accent colour under a white line. */}
      <path className="flow-focus-ring" d={pathData(points, 0)} />
      <BaseEdge
        id={id}
        path={pathData(points, PULL_BACK)}
        className={data.handoff ? 'flow-line handoff' : 'flow-line'}
        markerEnd={`url(#${data.handoff ? HANDOFF_ARROW_ID : ARROW_ID})`}
        interactionWidth={16}
        style={{
          stroke: selected ? 'var(--accent)' : colour,
          strokeWidth: selected ? 2.4 : data.handoff ? 1.6 : 1.4,
          strokeDasharray: data.handoff ? '6 4' : undefined,
          strokeLinejoin: 'round',
        }}
      />
      {(label || editing) && (
        <EdgeLabelRenderer>
          <div
            className={`flow-label nodrag nopan${data.handoff ? ' handoff' : ''}${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
            onDoubleClick={() => editFlow(id)}
          >
            {editing ? (
              <NameInput
                initial={label}
                label={t('canvas.flow.editLabel')}
                onCommit={(text) => {
                  editFlow(null);
                  void execute({ type: 'update', table: 'flows', id, patch: { label: text } });
                }}
                onCancel={() => editFlow(null)}
              />
            ) : (
              <span style={{ color: colour }}>{label}</span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
