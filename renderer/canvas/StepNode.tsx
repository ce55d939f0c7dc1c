import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { FONT_FAMILY } from '../../shared/diagram/diagram-style';
import { NODE_SIZE } from '../../shared/diagram/geometry';
import { stepNode } from '../../shared/diagram/step-node';
import { stepShape } from '../../shared/diagram/step-shapes';
import type { Step, StepKind } from '../../shared/model/entities';
import { NameInput } from '../common/NameInput';
import { useProjectStore } from '../state/project-store';
import { useCanvasUi } from './canvas-ui-store';
import { FindingBadgeMark } from './FindingBadgeMark';
import { StepProblemBadge } from '../diagnosis/ProblemBadge';
import { useNodeTexts } from './node-texts';
import { useNodeSurroundings, type NodeSurroundings } from './node-surroundings';
import type { Side, StepFlowNode } from './step-nodes';

const HANDLES: ReadonlyArray<{ side: Side; position: Position }> = [
  { side: 't', position: Position.Top },
  { side: 'r', position: Position.Right },
  { side: 'b', position: Position.Bottom },
  { side: 'l', position: Position.Left },
];

// Markup per step object: a step scrolled out of view and back does not lay its text out again.
const pictures = new WeakMap<Step, { key: string; markup: string }>();

function pictureOf(step: Step, around: NodeSurroundings): string {
  const size = NODE_SIZE[step.kind];
  // Only start and end points place their names by the arrows and the lane around them.
  const outside = step.kind === 'start' || step.kind === 'end';
  const busy = outside ? around.busy.get(step.id) : undefined;
  const lane = outside ? around.laneRects.get(step.laneId) : undefined;
  // The picture is drawn at 0,0: the lane is given relative to the step.
  const room = lane ? { x: lane.x - step.x, y: lane.y - step.y, width: lane.width, height: lane.height } : null;
  const key = `${around.orientation}|${busy ? [...busy].sort().join(',') : ''}|${room ? `${room.x},${room.y},${room.width},${room.height}` : ''}`;
  const cached = pictures.get(step);
  if (cached && cached.key === key) return cached.markup;
  // The export's markup: built from the model with every user text escaped.
  const markup = stepNode(step, { x: 0, y: 0, ...size }, around.orientation, busy, room).svg;
  pictures.set(step, { key, markup });
  return markup;
}

/**
 * Below this zoom texts are too small to read: nodes show their bare shape, which is far cheaper to
 * paint when a whole large process is on screen.
 */
const DETAIL_ZOOM = 0.35;
const detailed = (s: ReactFlowState) => s.transform[2] >= DETAIL_ZOOM;
const bareShapes = new Map<StepKind, string>();

function bareShape(kind: StepKind): string {
  let markup = bareShapes.get(kind);
  if (!markup) {
    markup = stepShape(kind, { x: 0, y: 0, ...NODE_SIZE[kind] }, false);
    bareShapes.set(kind, markup);
  }
  return markup;
}

/** The step drawn exactly as the exported diagram draws it (shape, code, wrapped name). */
function StepPicture({ step, withText }: { step: Step; withText: boolean }) {
  const size = NODE_SIZE[step.kind];
  const around = useNodeSurroundings();
  const markup = withText ? pictureOf(step, around) : bareShape(step.kind);
  return <svg className="step-picture" width={size.width} height={size.height} fontFamily={FONT_FAMILY} aria-hidden="true" dangerouslySetInnerHTML={{ __html: markup }} />;
}

function StepNodeView({ id, data, selected }: NodeProps<StepFlowNode>) {
  const texts = useNodeTexts();
  const step = data.step;
  const editing = useCanvasUi((s) => s.editingStepId === id);
  const editStep = useCanvasUi((s) => s.editStep);
  const execute = useProjectStore((s) => s.execute);
  const close = useStore(detailed);

  return (
    <div className={`step-node kind-${step.kind}${selected ? ' is-selected' : ''}`}>
      <StepPicture step={step} withText={close} />
      <FindingBadgeMark stepId={id} />
      <StepProblemBadge stepId={id} />
      {editing && (
        <div className="step-rename nodrag nopan">
          <NameInput
            initial={step.name}
            label={texts.renameLabel(step.code)}
            onCommit={(name) => {
              editStep(null);
              void execute({ type: 'update', table: 'steps', id, patch: { name } });
            }}
            onCancel={() => editStep(null)}
          />
        </div>
      )}
      {close
        ? // Mouse-only (the keyboard connects steps in the properties panel): a tooltip, no accessible name on a role-less div.
          HANDLES.map((h) => <Handle key={h.side} id={h.side} type="source" position={h.position} className="step-handle" title={texts.handles[h.side]} />)
        : // Zoomed far out nobody draws flows; these only mark where the flows attach (React Flow measures them).
          HANDLES.map((h) => <div key={h.side} className={`step-handle-mark source react-flow__handle-${h.position}`} data-handleid={h.side} data-handlepos={h.position} aria-hidden="true" />)}
    </div>
  );
}

export const StepNode = memo(StepNodeView);
