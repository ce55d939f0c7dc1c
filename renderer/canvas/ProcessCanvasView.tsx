import {
  applyEdgeChanges,
  applyNodeChanges,
  ConnectionMode,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  SelectionMode,
  useReactFlow,
  type AriaLabelConfig,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import './canvas.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { arrowMarkers } from '../../shared/diagram/flow-arrows';
import { GRID, type ProcessLayout } from '../../shared/diagram/geometry';
import { LANGUAGES, STEP_KINDS, type Language, type Step, type StepKind } from '../../shared/model/entities';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';
import { align, distribute, type Alignment, type Distribution } from './arrange';
import { autoLayoutCommand } from '../../shared/diagram/auto-layout';
import { canvasLayout, centreOf, stepReach, type Point } from './canvas-layout';
import type { CanvasAction } from './canvas-shortcuts';
import { useCanvasUi } from './canvas-ui-store';
import { CanvasToolbar } from './CanvasToolbar';
import { FlowEdge as FlowEdgeView } from './FlowEdge';
import { LaneGrid } from './LaneGrid';
import { nodeTexts, NodeTextsContext } from './node-texts';
import { busySides, laneRects, NodeSurroundingsContext } from './node-surroundings';
import { OverviewMap } from './OverviewMap';
import { PropertiesPanel, type Selection } from './PropertiesPanel';
import { StatusLine } from './StatusLine';
import { copySteps, countPaste, heldClip, holdClip, pasteCommand } from './step-clipboard';
import { addFlowCommand, addStepCommand, deleteSelectionCommand, moveStepsCommand, nextFreeCentre } from './step-commands';
import { StepNode } from './StepNode';
import { mergeFlowEdges, mergeStepNodes, type FlowEdge, type StepFlowNode } from './step-nodes';
import { STEP_KIND_MIME, StepPalette } from './StepPalette';
import { useCanvasShortcuts } from './use-canvas-shortcuts';
import { useCanvasTabOrder } from './use-canvas-tab-order';
import { CriticalPathLayer } from '../metrics/CriticalPathLayer';
import { useDepartments, useFlows, useLanes, usePhases, useProcess, useSteps } from './use-process-rows';

const NODE_TYPES = { step: StepNode };
const EDGE_TYPES = { flow: FlowEdgeView };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** Middle and right mouse buttons pan; the left one selects with a box, like Visio. */
const PAN_BUTTONS = [1, 2];
const SNAP_GRID: [number, number] = [GRID, GRID];
// The overview map sits where React Flow's small attribution link would (the library is MIT-licensed).
const PRO_OPTIONS = { hideAttribution: true };
const NO_DEPARTMENTS = {};
const ALIGN: Partial<Record<CanvasAction, Alignment>> = { alignLeft: 'left', alignCentre: 'centre', alignRight: 'right', alignTop: 'top', alignMiddle: 'middle', alignBottom: 'bottom' };
const DISTRIBUTE: Partial<Record<CanvasAction, Distribution>> = { distributeHorizontal: 'horizontal', distributeVertical: 'vertical' };
/** Zoom the diagram opens at when it is too big to fit: step names (13 px) no smaller than the app's smallest text (12 px). */
const OPENING_MIN_ZOOM = 12 / 13;

const NOTHING: Selection = { stepIds: [], flowIds: [] };

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Nodes with exactly these selected; untouched nodes keep their objects. */
function withSelection<N extends { id: string; selected?: boolean }>(items: N[], ids: ReadonlySet<string>): N[] {
  let changed = false;
  const next = items.map((n) => {
    const want = ids.has(n.id);
    if (Boolean(n.selected) === want) return n;
    changed = true;
    return { ...n, selected: want };
  });
  return changed ? next : items;
}

function isStepKind(value: string): value is StepKind {
  return (STEP_KINDS as readonly string[]).includes(value);
}

function useAriaLabels(): Partial<AriaLabelConfig> {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.flowCanvas.nodeHelpDisabled'),
      'node.a11yDescription.keyboardDisabled': t('canvas.flowCanvas.nodeHelp'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('canvas.flowCanvas.moved', { direction: t(`canvas.directions.${direction as 'up' | 'down' | 'left' | 'right'}`), x, y }),
      'edge.a11yDescription.default': t('canvas.flowCanvas.edgeHelp'),
      'minimap.ariaLabel': t('canvas.flowCanvas.minimap'),
      'controls.ariaLabel': t('canvas.flowCanvas.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.toolbar.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.toolbar.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.toolbar.fitView'),
      'handle.ariaLabel': t('canvas.handles.r'),
    }),
    // Recomputed when the language changes.
    [t, i18n.language],
  );
}

/** Nodes follow the store's steps, keeping node objects of unchanged steps and the selection. */
function useStepNodes(steps: Step[], pendingSelection: RefObject<Set<string> | null>) {
  const [nodes, setNodes] = useState<StepFlowNode[]>(() => mergeStepNodes([], steps));
  const [nodesFor, setNodesFor] = useState(steps);
  if (nodesFor !== steps) {
    setNodesFor(steps);
    const select = pendingSelection.current;
    setNodes((prev) => {
      const merged = mergeStepNodes(prev, steps);
      return select && steps.some((s) => select.has(s.id)) ? withSelection(merged, select) : merged;
    });
  }
  return [nodes, setNodes] as const;
}

function ProcessCanvas({ processId }: { processId: string }) {
  const { t, i18n } = useTranslation();
  const process = useProcess(processId);
  const orientation = process?.orientation ?? 'horizontal';
  const lanes = useLanes(processId);
  const phases = usePhases(processId);
  const steps = useSteps(processId);
  const flows = useFlows(processId);
  const departments = useDepartments() ?? NO_DEPARTMENTS;
  const execute = useProjectStore((s) => s.execute);
  const say = useCanvasUi((s) => s.say);
  const editStep = useCanvasUi((s) => s.editStep);
  const editFlow = useCanvasUi((s) => s.editFlow);
  const snapToGrid = useCanvasUi((s) => s.snapToGrid);
  const toggleSnap = useCanvasUi((s) => s.toggleSnap);
  const rf = useReactFlow<StepFlowNode, FlowEdge>();
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const ariaLabelConfig = useAriaLabels();
  // Recomputed when the language changes.
  const texts = useMemo(() => nodeTexts(t), [t, i18n.language]);
  const language: Language = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';

  const focusStepOnCanvas = useCanvasTabOrder(stageRef, steps, flows, rf);
  const reach = useMemo(() => stepReach(steps, orientation), [steps, orientation]);
  const layout = useMemo(() => canvasLayout(orientation, lanes, phases, reach), [orientation, lanes, phases, reach]);
  const stepsById = useMemo(() => new Map(steps.map((s) => [s.id, s])), [steps]);

  // Steps to select once they exist in the store (after add and paste).
  const pendingSelection = useRef<Set<string> | null>(null);
  const [nodes, setNodes] = useStepNodes(steps, pendingSelection);
  const [edges, setEdges] = useState<FlowEdge[]>([]);
  const [edgesFor, setEdgesFor] = useState<unknown[]>([]);
  if (edgesFor[0] !== flows || edgesFor[1] !== stepsById || edgesFor[2] !== orientation) {
    setEdgesFor([flows, stepsById, orientation]);
    setEdges((prev) => mergeFlowEdges(prev, flows, stepsById, orientation));
  }
  const [selection, setSelection] = useState<Selection>(NOTHING);
  const surroundings = useMemo(() => ({ orientation, busy: busySides(flows, stepsById, orientation), laneRects: laneRects(layout) }), [orientation, flows, stepsById, layout]);

  // Handlers read the latest rows through this ref, so they never change identity.
  const latest = useRef({ layout, stepsById, steps, flows, lanes, phases, orientation, selection });
  latest.current = { layout, stepsById, steps, flows, lanes, phases, orientation, selection };

  const revert = useCallback(
    (ids: readonly string[]) => {
      const { stepsById: byId } = latest.current;
      const set = new Set(ids);
      setNodes((nds) => nds.map((n) => (set.has(n.id) && byId.get(n.id) ? { ...n, position: { x: byId.get(n.id)!.x, y: byId.get(n.id)!.y } } : n)));
    },
    [setNodes],
  );

  /** Saves finished moves (drag stop, arrow keys, align…) as one command; places outside every lane are refused. */
  const commitPositions = useCallback(
    async (positions: ReadonlyMap<string, Point>) => {
      const { layout: l, stepsById: byId } = latest.current;
      const { command, refused } = moveStepsCommand(l, byId, positions);
      if (refused.length > 0) {
        revert(refused);
        say(t('canvas.status.moveRefused', { count: refused.length }));
      }
      if (command && !(await execute(command))) revert([...positions.keys()]);
    },
    [execute, revert, say, t],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<StepFlowNode>[]) => {
      setNodes((nds) => applyNodeChanges(changes, nds));
      // React Flow reports the end of a drag (and each arrow-key move) as a position change with dragging false.
      const finished = new Map<string, Point>();
      for (const c of changes) if (c.type === 'position' && c.dragging === false && c.position) finished.set(c.id, c.position);
      if (finished.size > 0) void commitPositions(finished);
    },
    [setNodes, commitPositions],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => setEdges((eds) => applyEdgeChanges(changes, eds)), []);

  const onSelectionChange = useCallback(({ nodes: n, edges: e }: OnSelectionChangeParams<StepFlowNode, FlowEdge>) => {
    const next = { stepIds: n.map((x) => x.id).sort(), flowIds: e.map((x) => x.id).sort() };
    setSelection((prev) => (sameIds(prev.stepIds, next.stepIds) && sameIds(prev.flowIds, next.flowIds) ? prev : next));
  }, []);

  const onConnect = useCallback(
    (c: Connection) => {
      const command = addFlowCommand(latest.current.flows, processId, newId('f_'), c.source, c.target);
      if (command) void execute(command);
      else if (c.source !== c.target) say(t('canvas.status.duplicateFlow'));
    },
    [execute, processId, say, t],
  );

  const isValidConnection: IsValidConnection<FlowEdge> = useCallback((c) => c.source !== c.target, []);

  const onReconnect = useCallback(
    (old: FlowEdge, c: Connection) => {
      if (c.source === c.target || (c.source === old.source && c.target === old.target)) return;
      void execute({ type: 'update', table: 'flows', id: old.id, patch: { fromStepId: c.source, toStepId: c.target } });
    },
    [execute],
  );

  const addStep = useCallback(
    async (kind: StepKind, centre: Point | null) => {
      const { layout: l, lanes: ls, selection: sel, stepsById: byId, steps: all } = latest.current;
      if (ls.length === 0) {
        say(t('canvas.status.noLanes'));
        return;
      }
      let at = centre;
      if (!at) {
        // No drop point (the palette button was pressed): the lane of the selected step, else the first lane.
        const laneId = byId.get(sel.stepIds[0] ?? '')?.laneId ?? ls[0]!.id;
        at = nextFreeCentre(l, laneId, all, kind);
      }
      const id = newId('s_');
      const command = at && addStepCommand(l, processId, id, kind, at);
      if (!command) {
        say(t('canvas.status.outsideLanes'));
        return;
      }
      pendingSelection.current = new Set([id]);
      const added = await execute(command);
      pendingSelection.current = null;
      if (!added) return;
      const tables = useProjectStore.getState().project?.state.tables;
      const step = tables?.steps[id];
      const lane = step && tables.lanes[step.laneId];
      say(t('canvas.status.stepAdded', { kind: t(`canvas.kinds.${kind}`), code: step?.code ?? '', lane: (lane && tables.departments[lane.departmentId]?.name) ?? '' }));
      // Added from the palette: the new step takes the focus (in view), ready for F2.
      if (!centre) focusStepOnCanvas(id);
    },
    [execute, focusStepOnCanvas, processId, say, t],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(STEP_KIND_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(STEP_KIND_MIME);
      if (!isStepKind(kind)) return;
      e.preventDefault();
      void addStep(kind, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [addStep, rf],
  );

  const deleteSelection = useCallback(() => {
    const { selection: sel, flows: fs } = latest.current;
    const chosen = new Set(sel.flowIds);
    const command = deleteSelectionCommand(
      sel.stepIds,
      fs.filter((f) => chosen.has(f.id)),
    );
    if (command) void execute(command);
  }, [execute]);

  const selectedSteps = useCallback(() => {
    const { selection: sel, stepsById: byId } = latest.current;
    return sel.stepIds.map((id) => byId.get(id)).filter((s): s is Step => s !== undefined);
  }, []);

  const copy = useCallback(() => {
    const chosen = selectedSteps();
    const clip = copySteps(processId, latest.current.layout, chosen, latest.current.flows);
    if (!clip) return false;
    holdClip(clip);
    say(t('canvas.status.copied', { count: clip.steps.length }));
    return true;
  }, [processId, say, selectedSteps, t]);

  const paste = useCallback(async () => {
    const clip = heldClip();
    if (!clip) {
      say(t('canvas.status.nothingToPaste'));
      return;
    }
    const { layout: l, lanes: ls } = latest.current;
    const times = clip.processId === processId ? countPaste() : 0;
    const result = pasteCommand(clip, { processId, layout: l, lanes: ls }, times, newId);
    if (!result.ok) {
      const deps = useProjectStore.getState().project?.state.tables.departments ?? {};
      say(t('canvas.status.pasteNeedsLanes', { departments: result.missingDepartmentIds.map((d) => deps[d]?.name ?? d).join(', ') }));
      return;
    }
    pendingSelection.current = new Set(result.stepIds);
    if (await execute(result.command)) say(t('canvas.status.pasted', { count: result.stepIds.length }));
    pendingSelection.current = null;
  }, [execute, processId, say, t]);

  const fitView = useCallback((bounds: ProcessLayout['bounds']) => void rf.fitBounds(bounds, { padding: 0.04, duration: 0 }), [rf]);

  const run = useCallback(
    (action: CanvasAction) => {
      const chosen = selectedSteps();
      const alignment = ALIGN[action];
      const distribution = DISTRIBUTE[action];
      if (alignment || distribution) {
        const needed = alignment ? 2 : 3;
        if (chosen.length < needed) {
          say(t('canvas.status.selectMore', { count: needed }));
          return;
        }
        void commitPositions(alignment ? align(chosen, alignment) : distribute(chosen, distribution!));
        return;
      }
      switch (action) {
        case 'zoomIn':
          void rf.zoomIn({ duration: 0 });
          return;
        case 'zoomOut':
          void rf.zoomOut({ duration: 0 });
          return;
        case 'fitView':
          fitView(latest.current.layout.bounds);
          return;
        case 'snap':
          toggleSnap();
          return;
        case 'autoLayout': {
          const { orientation: o, lanes: ls, phases: ps, steps: all, flows: fs } = latest.current;
          const command = autoLayoutCommand({ orientation: o, lanes: ls, phases: ps, steps: all, flows: fs });
          if (command) void execute(command).then((done) => done && say(t('canvas.status.laidOut')));
          return;
        }
        case 'copy':
          copy();
          return;
        case 'cut':
          if (copy()) deleteSelection();
          return;
        case 'paste':
          void paste();
          return;
        case 'delete':
          deleteSelection();
          return;
        case 'selectAll':
          setNodes((nds) => withSelection(nds, new Set(nds.map((n) => n.id))));
          return;
        case 'rename':
          if (chosen.length === 1) editStep(chosen[0]!.id);
          else if (latest.current.selection.flowIds.length === 1) editFlow(latest.current.selection.flowIds[0]!);
          return;
        case 'deselect':
          setNodes((nds) => withSelection(nds, new Set()));
          setEdges((eds) => withSelection(eds, new Set()));
          return;
        default:
          return;
      }
    },
    [commitPositions, copy, deleteSelection, editFlow, editStep, execute, fitView, paste, rf, say, selectedSteps, setNodes, t, toggleSnap],
  );
  useCanvasShortcuts(rootRef, run);

  // A step asked for by another view (findings' "Show on diagram"): the opening view must not pan away from it.
  const jumpedTo = useRef<string | null>(null);

  // Opening: from the top-left corner, as large as fits (but no more than actual size, no less than readable).
  const onInit = useCallback(() => {
    if (jumpedTo.current) {
      focusStepOnCanvas(jumpedTo.current);
      return;
    }
    const { layout: l } = latest.current;
    const box = rootRef.current?.querySelector('.react-flow')?.getBoundingClientRect();
    if (!box || l.lanes.length === 0) return;
    const fit = Math.min((box.width - 32) / l.bounds.width, (box.height - 32) / l.bounds.height);
    void rf.setViewport({ x: 16, y: 16, zoom: Math.min(1, Math.max(OPENING_MIN_ZOOM, fit)) });
  }, [focusStepOnCanvas, rf]);

  // "Jump to step" from the findings list: select the step and bring it into view.
  const focusStepId = useViewStore((s) => s.focusStepId);
  const clearFocus = useViewStore((s) => s.clearFocus);
  useEffect(() => {
    const step = focusStepId ? stepsById.get(focusStepId) : undefined;
    if (!step) return;
    setNodes((nds) => withSelection(nds, new Set([step.id])));
    const c = centreOf(step);
    void rf.setCenter(c.x, c.y, { zoom: Math.max(rf.getZoom(), 1), duration: 0 });
    // The button that asked went with the other view: the step takes the focus.
    jumpedTo.current = step.id;
    focusStepOnCanvas(step.id);
    clearFocus();
  }, [focusStepId, stepsById, rf, clearFocus, setNodes, focusStepOnCanvas]);

  const onAddFromPalette = useCallback((kind: StepKind) => void addStep(kind, null), [addStep]);
  const onNodeDoubleClick = useCallback((_: unknown, node: StepFlowNode) => editStep(node.id), [editStep]);
  const onEdgeDoubleClick = useCallback((_: unknown, edge: FlowEdge) => editFlow(edge.id), [editFlow]);
  const markers = useMemo(() => ({ __html: arrowMarkers() }), []);

  if (!process) return null;

  return (
    <div ref={rootRef} className="canvas-view" data-process={processId}>
      <CanvasToolbar onAction={run} selectedSteps={selection.stepIds.length} anySelected={selection.stepIds.length + selection.flowIds.length > 0} hasSteps={steps.length > 0} />
      <div className="canvas-body">
        <StepPalette onAdd={onAddFromPalette} />
        {/* data-focus-home: where the focus goes if the focused step or flow scrolls out of the drawn part. */}
        <div ref={stageRef} data-focus-home className={`canvas-stage orientation-${orientation}`} role="region" aria-label={t('canvas.region', { name: process.name })} onDragOver={onDragOver} onDrop={onDrop}>
          {/* Arrowheads shared with the export, referenced by the flows' url(#…). */}
          <svg className="canvas-markers" width="0" height="0" aria-hidden="true">
            <defs dangerouslySetInnerHTML={markers} />
          </svg>
          <NodeTextsContext.Provider value={texts}>
            <NodeSurroundingsContext.Provider value={surroundings}>
              <ReactFlow<StepFlowNode, FlowEdge>
                nodes={nodes}
                edges={edges}
                nodeTypes={NODE_TYPES}
                edgeTypes={EDGE_TYPES}
                onNodesChange={onNodesChange}
                onEdgesChange={onEdgesChange}
                onSelectionChange={onSelectionChange}
                onConnect={onConnect}
                onReconnect={onReconnect}
                isValidConnection={isValidConnection}
                onNodeDoubleClick={onNodeDoubleClick}
                onEdgeDoubleClick={onEdgeDoubleClick}
                onInit={onInit}
                connectionMode={ConnectionMode.Loose}
                connectionRadius={28}
                snapToGrid={snapToGrid}
                snapGrid={SNAP_GRID}
                onlyRenderVisibleElements
                selectionOnDrag
                selectionMode={SelectionMode.Partial}
                panOnDrag={PAN_BUTTONS}
                panOnScroll
                selectionKeyCode={null}
                multiSelectionKeyCode={MULTI_SELECT_KEYS}
                deleteKeyCode={null}
                zoomOnDoubleClick={false}
                edgesReconnectable
                minZoom={0.05}
                maxZoom={2.5}
                nodeDragThreshold={2}
                ariaLabelConfig={ariaLabelConfig}
                proOptions={PRO_OPTIONS}
              >
                {lanes.length > 0 && <LaneGrid layout={layout} departments={departments} language={language} />}
                <CriticalPathLayer processId={processId} />
                {lanes.length > 0 && (
                  <Panel position="bottom-right">
                    <OverviewMap layout={layout} steps={steps} departments={departments} />
                  </Panel>
                )}
              </ReactFlow>
            </NodeSurroundingsContext.Provider>
          </NodeTextsContext.Provider>
          {lanes.length === 0 && <p className="canvas-empty">{t('canvas.empty')}</p>}
          <StatusLine />
        </div>
        <PropertiesPanel processId={processId} orientation={orientation} selection={selection} layout={layout} lanes={lanes} phases={phases} departments={departments} onDelete={deleteSelection} />
      </div>
    </div>
  );
}

/** The swimlane canvas of one process: palette, lanes and steps, tools and the properties panel. */
export function ProcessCanvasView({ processId }: { processId: string }) {
  return (
    <ReactFlowProvider key={processId}>
      <ProcessCanvas processId={processId} />
    </ReactFlowProvider>
  );
}
