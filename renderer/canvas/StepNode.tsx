import { useStore, type NodeProps } from '@xyflow/react';
import { memo, useRef, type ReactElement } from 'react';
import { FONT_FAMILY } from '../../shared/diagram/diagram-style';
import { stepGlance } from '../../shared/diagram/step-glance';
import { stepNode } from '../../shared/diagram/step-node';
import type { Rect } from '../../shared/diagram/geometry';
import { stepRect, stepSize } from '../../shared/diagram/step-text';
import type { Step } from '../../shared/model/entities';
import { NameArea } from '../common/NameArea';
import { useProjectStore } from '../state/project-store';
import { useCanvasScene, type CanvasScene } from './canvas-scene';
import { useCanvasUi } from './canvas-ui-store';
import { ConnectionPoints } from './ConnectionPoints';
import { FindingBadgeMark } from './FindingBadgeMark';
import { StepProblemBadge } from '../diagnosis/ProblemBadge';
import { useNodeTexts } from './node-texts';
import { QuickAddArrows } from './QuickAddArrows';
import { ResizeHandles } from './ResizeHandles';
import type { StepFlowNode } from './step-nodes';
import { detailLevel, glanceFontOf } from './zoom-levels';

// Markup per step object and surroundings: a step scrolled out of view and back is not laid out again.
const pictures = new WeakMap<Step, { key: string; markup: string }>();

const relative = (r: Rect, step: Step): Rect => ({ ...r, x: r.x - step.x, y: r.y - step.y });

/** Other steps' shapes a start's or end's name could reach (the export's reach: two columns either way). */
const REACH = 400;
function nearby(step: Step, scene: CanvasScene): Rect[] {
  const near = (r: Rect) => r.x < step.x + REACH && r.x + r.width > step.x - REACH && r.y < step.y + REACH && r.y + r.height > step.y - REACH;
  return scene.steps.filter((s) => s.id !== step.id).map((s) => scene.drawing.rects.get(s.id) ?? stepRect(s)).filter(near);
}

function detailPicture(step: Step, scene: CanvasScene): string {
  const size = stepSize(step);
  // Only start and end points place their names by the arrows and the lane around them.
  const outside = step.kind === 'start' || step.kind === 'end';
  const busy = outside ? scene.drawing.busy.get(step.id) : undefined;
  const lane = outside ? scene.laneRects.get(step.laneId) : undefined;
  // The picture is drawn at 0,0: the lane is given relative to the step.
  const room = lane ? relative(lane, step) : null;
  const obstacles = outside ? nearby(step, scene).map((r) => relative(r, step)) : [];
  const key = `${scene.orientation}|${busy ? [...busy].sort().join(',') : ''}|${[room, scene.lanesArea, ...obstacles].map((r) => (r ? `${r.x},${r.y},${r.width},${r.height}` : '')).join(';')}`;
  const cached = pictures.get(step);
  if (cached && cached.key === key) return cached.markup;
  // The export's markup: built from the model with every user text escaped.
  const markup = stepNode(step, { x: 0, y: 0, ...size }, scene.orientation, busy, { lane: room, area: scene.lanesArea && relative(scene.lanesArea, step), obstacles }).svg;
  pictures.set(step, { key, markup });
  return markup;
}

function glancePicture(step: Step, scene: CanvasScene, fontSize: number): string {
  // The picture is drawn at 0,0: the room is given relative to the step.
  const room = relative(scene.glanceRoom(step), step);
  const space = step.kind === 'start' || step.kind === 'end' ? scene.glanceSpace(step, fontSize) : null;
  const around = space ? { lane: space.lane && relative(space.lane, step), area: space.area && relative(space.area, step), obstacles: space.obstacles.map((r) => relative(r, step)) } : undefined;
  return stepGlance(step, { x: 0, y: 0, ...stepSize(step) }, fontSize, room, around);
}

/** The step drawn exactly as the exported diagram draws it, or zoomed out, its name alone at a readable size. */
function StepPicture({ step, glance }: { step: Step; glance: number }) {
  const size = stepSize(step);
  const scene = useCanvasScene();
  const markup = glance > 0 ? glancePicture(step, scene, glance) : detailPicture(step, scene);
  return <svg className="step-picture" width={size.width} height={size.height} fontFamily={FONT_FAMILY} aria-hidden="true" dangerouslySetInnerHTML={{ __html: markup }} />;
}

function StepNodeBody({ id, data, selected, glance }: NodeProps<StepFlowNode> & { glance: number }) {
  const texts = useNodeTexts();
  const step = data.step;
  const editing = useCanvasUi((s) => s.editingStepId === id);
  const seed = useCanvasUi((s) => (s.editingStepId === id ? s.editingSeed : null));
  const target = useCanvasUi((s) => s.connecting?.targetId === id);
  const dim = useCanvasUi((s) => (s.highlight ? (s.highlight.stepIds.has(id) ? 'lit' : 'dim') : ''));
  const sole = useCanvasUi((s) => s.soleStepId === id);
  const editStep = useCanvasUi((s) => s.editStep);
  const execute = useProjectStore((s) => s.execute);

  return (
    <div className={`step-node kind-${step.kind}${selected ? ' is-selected' : ''}${target ? ' is-target' : ''}${dim ? ` is-${dim}` : ''}`}>
      <StepPicture step={step} glance={glance} />
      <FindingBadgeMark stepId={id} />
      <StepProblemBadge stepId={id} />
      {editing && (
        <div className="step-rename nodrag nopan">
          <NameArea
            initial={step.name}
            label={texts.renameLabel(step.code)}
            allowEmpty
            seed={seed}
            onCommit={(name) => {
              editStep(null);
              void execute({ type: 'update', table: 'steps', id, patch: { name } });
            }}
            onCancel={() => editStep(null)}
          />
        </div>
      )}
      {!editing && (
        <>
          <ConnectionPoints step={step} />
          <QuickAddArrows step={step} />
          {sole && <ResizeHandles step={step} />}
        </>
      )}
    </div>
  );
}

/**
 * Far out the overview layer draws every step, and the canvas hands React Flow no nodes. React Flow
 * learns that a render after the zoom, and in that render every step is in view: a node drawn then
 * would be built only to be thrown away (fit to window built all 1,000 steps of a large process).
 * A step already on the page is left as it was (unseen far out) until React Flow takes it off.
 */
function StepNodeView(props: NodeProps<StepFlowNode>) {
  const steps = useCanvasScene().steps.length;
  const far = useStore((s) => detailLevel(s.transform[2], steps) === 'overview');
  const glance = useStore(glanceFontOf);
  const shown = useRef<ReactElement | null>(null);
  if (!far) shown.current = <StepNodeBody {...props} glance={glance} />;
  return shown.current;
}

export const StepNode = memo(StepNodeView);
