import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { FONT_FAMILY } from '../../shared/diagram/diagram-style';
import { NODE_SIZE } from '../../shared/diagram/geometry';
import { stepNode } from '../../shared/diagram/step-node';
import type { Orientation, Step } from '../../shared/model/entities';
import { NameInput } from '../common/NameInput';
import { useProjectStore } from '../state/project-store';
import { useCanvasUi } from './canvas-ui-store';
import { FindingBadgeMark } from './FindingBadgeMark';
import { useNodeTexts } from './node-texts';
import { useOrientation } from './orientation-context';
import type { Side, StepFlowNode } from './step-nodes';

const HANDLES: ReadonlyArray<{ side: Side; position: Position }> = [
  { side: 't', position: Position.Top },
  { side: 'r', position: Position.Right },
  { side: 'b', position: Position.Bottom },
  { side: 'l', position: Position.Left },
];

// Markup per step object: a step scrolled out of view and back does not lay its text out again.
const pictures = new WeakMap<Step, { orientation: Orientation; markup: string }>();

function pictureOf(step: Step, orientation: Orientation): string {
  const cached = pictures.get(step);
  if (cached && cached.orientation === orientation) return cached.markup;
  // The export's markup: built from the model with every user text escaped.
  const markup = stepNode(step, { x: 0, y: 0, ...NODE_SIZE[step.kind] }, orientation).svg;
  pictures.set(step, { orientation, markup });
  return markup;
}

/** The step drawn exactly as the exported diagram draws it (shape, code, wrapped name). */
function StepPicture({ step, orientation }: { step: Step; orientation: Orientation }) {
  const size = NODE_SIZE[step.kind];
  const markup = useMemo(() => pictureOf(step, orientation), [step, orientation]);
  return <svg className="step-picture" width={size.width} height={size.height} fontFamily={FONT_FAMILY} aria-hidden="true" dangerouslySetInnerHTML={{ __html: markup }} />;
}

function StepNodeView({ id, data, selected }: NodeProps<StepFlowNode>) {
  const texts = useNodeTexts();
  const orientation = useOrientation();
  const step = data.step;
  const editing = useCanvasUi((s) => s.editingStepId === id);
  const editStep = useCanvasUi((s) => s.editStep);
  const execute = useProjectStore((s) => s.execute);

  return (
    <div className={`step-node kind-${step.kind}${selected ? ' is-selected' : ''}`}>
      <StepPicture step={step} orientation={orientation} />
      <FindingBadgeMark stepId={id} />
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
      {HANDLES.map((h) => (
        <Handle key={h.side} id={h.side} type="source" position={h.position} className="step-handle" aria-label={texts.handles[h.side]} title={texts.handles[h.side]} />
      ))}
    </div>
  );
}

export const StepNode = memo(StepNodeView);
