import {
  applyNodeChanges,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  SelectionMode,
  useReactFlow,
  useStore,
  type AriaLabelConfig,
  type NodeChange,
  type OnSelectionChangeParams,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import './canvas.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { arrowMarkers } from '../../shared/diagram/flow-arrows';
import { diagramLayout } from '../../shared/diagram/diagram-layout';
import { GRID } from '../../shared/diagram/geometry';
import { processDrawing } from '../../shared/diagram/process-drawing';
import { LANGUAGES, STEP_KINDS, type Department, type Language, type Step, type StepKind } from '../../shared/model/entities';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { rememberedView, rememberView } from '../state/view-memory';
import { useViewStore } from '../state/view-store';
import { CanvasActionsContext, type CanvasActions } from './actions/actions-context';
import { AnnotationLayer } from './AnnotationLayer';
import type { ActionState } from './actions/action-types';
import { ACTIONS_BY_ID } from './actions/canvas-actions';
import { canvasLayout, centreOf, stepReach, type Point } from './canvas-layout';
import { glanceRoomOf, glanceSpaceOf } from './glance-room';
import { areaOf } from '../../shared/diagram/event-label';
import { CanvasContextMenu, type MenuRequest } from './CanvasContextMenu';
import { CanvasSceneContext, type CanvasScene } from './canvas-scene';
import { useCanvasUi } from './canvas-ui-store';
import { CanvasToolbar } from './CanvasToolbar';
import { CommandPalette } from './CommandPalette';
import { FlowLayer } from './FlowLayer';
import { LaneGrid } from './LaneGrid';
import { nodeTexts, NodeTextsContext } from './node-texts';
import { OverviewLayer } from './OverviewLayer';
import { OverviewMap } from './OverviewMap';
import { PropertiesPanel, type Selection } from './PropertiesPanel';
import { laneToward } from './quick-add';
import { StatusLine } from './StatusLine';
import { addStepCommand, nextFreeCentre } from './step-commands';
import { StepNode } from './StepNode';
import { mergeStepNodes, type StepFlowNode } from './step-nodes';
import { STEP_KIND_MIME, StepPalette } from './StepPalette';
import { StickyHeaders } from './StickyHeaders';
import { useCanvasServices, type CanvasNow } from './use-canvas-services';
import { useCanvasShortcuts } from './use-canvas-shortcuts';
import { useCanvasTabOrder } from './use-canvas-tab-order';
import { CriticalPathLayer } from '../metrics/CriticalPathLayer';
import { useMetricsUi } from '../metrics/metrics-ui-store';
import { useOverviewNodes } from './use-overview-nodes';
import { useDepartments, useFlows, useLanes, usePhases, useProcess, useSteps } from './use-process-rows';
import { levelFor, MAX_ZOOM, MIN_ZOOM } from './zoom-levels';
import { fitViewport } from './fit-viewport';
import { fitPinned, pinnedFar } from './pinned-headers';

const NODE_TYPES = { step: StepNode };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** The middle mouse button pans (and, zoomed far out, the left one too); the left one selects with a box, like Visio. */
const PAN_BUTTONS = [1];
const PAN_BUTTONS_FAR = [0, 1];
const SNAP_GRID: [number, number] = [GRID, GRID];
// The overview map sits where React Flow's small attribution link would (the library is MIT-licensed).
const PRO_OPTIONS = { hideAttribution: true };
const NO_DEPARTMENTS: Readonly<Record<string, Department>> = {};
/** Zoom the diagram opens at when it is too big to fit: step names (13 px) no smaller than the app's smallest text (12 px). */
const OPENING_MIN_ZOOM = 12 / 13;

/** Nodes with exactly these selected; untouched nodes keep their objects. */
function withSelection(items: StepFlowNode[], ids: ReadonlySet<string>): StepFlowNode[] {
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
      'controls.zoomIn.ariaLabel': t('canvas.actions.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.actions.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.actions.fitView'),
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

/** Where a process opens: where the user left it, else from the top-left corner as large as fits (within readable bounds). */
function openingViewport(path: string | undefined, processId: string, bounds: { width: number; height: number }, box: DOMRect): Viewport {
  const saved = path ? rememberedView(path)?.viewports[processId] : undefined;
  if (saved) return saved;
  const fit = Math.min((box.width - 32) / bounds.width, (box.height - 32) / bounds.height);
  return { x: 16, y: 16, zoom: Math.min(1, Math.max(OPENING_MIN_ZOOM, fit)) };
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
  const path = useProjectStore((s) => s.project?.path);
  const canUndo = useProjectStore((s) => s.project?.canUndo ?? false);
  const canRedo = useProjectStore((s) => s.project?.canRedo ?? false);
  const undoEdit = useProjectStore((s) => s.project?.undoEdit ?? null);
  const redoEdit = useProjectStore((s) => s.project?.redoEdit ?? null);
  const execute = useProjectStore((s) => s.execute);
  const ui = useCanvasUi;
  const snapToGrid = useCanvasUi((s) => s.snapToGrid);
  const panels = useCanvasUi((s) => s.panels);
  const criticalPath = useMetricsUi((s) => s.showCriticalPath);
  const flowIds = useCanvasUi((s) => s.selectedFlowIds);
  const rf = useReactFlow<StepFlowNode>();
  const level = useStore(useMemo(() => levelFor(steps.length), [steps.length]));
  const rootRef = useRef<HTMLDivElement>(null);
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  const stageRef = useRef<HTMLDivElement | null>(null);
  const setStageElement = useCallback((el: HTMLDivElement | null) => {
    stageRef.current = el;
    setStage(el);
  }, []);
  const ariaLabelConfig = useAriaLabels();
  // Recomputed when the language changes.
  const texts = useMemo(() => nodeTexts(t), [t, i18n.language]);
  const language: Language = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';

  const focusStepOnCanvas = useCanvasTabOrder(stageRef, steps, flows, rf);
  const reach = useMemo(() => stepReach(steps, orientation), [steps, orientation]);
  // Drawn as the export draws it; steps are placed in lanes that run on past its end.
  const layout = useMemo(() => diagramLayout(orientation, lanes, phases, steps), [orientation, lanes, phases, steps]);
  const placement = useMemo(() => canvasLayout(orientation, lanes, phases, reach), [orientation, lanes, phases, reach]);
  const stepsById = useMemo(() => new Map(steps.map((s) => [s.id, s])), [steps]);
  const drawing = useMemo(() => processDrawing({ layout, steps, flows }), [layout, steps, flows]);
  const scene = useMemo<CanvasScene>(() => {
    const laneRects = new Map(layout.lanes.map((b) => [b.lane.id, b.rect]));
    const glanceRoom = glanceRoomOf(steps, laneRects);
    return {
      processId,
      orientation,
      layout,
      drawing,
      steps,
      stepsById,
      flows,
      laneRects,
      lanesArea: areaOf([...laneRects.values()]),
      laneNames: new Map(layout.lanes.map((b) => [b.lane.id, departments[b.lane.departmentId]?.name ?? ''])),
      glanceRoom,
      glanceSpace: glanceSpaceOf(steps, laneRects, glanceRoom),
    };
  }, [processId, orientation, layout, drawing, steps, stepsById, flows, departments]);

  // Steps to select once they exist in the store (after add and paste).
  const pendingSelection = useRef<Set<string> | null>(null);
  const [nodes, setNodes] = useStepNodes(steps, pendingSelection);
  const flowNodes = useOverviewNodes(nodes, steps.length, level);
  const [stepIds, setStepIds] = useState<readonly string[]>([]);
  const selection = useMemo<Selection>(() => ({ stepIds: [...stepIds], flowIds: [...flowIds].sort() }), [stepIds, flowIds]);
  const selectedStepSet = useMemo(() => new Set(stepIds), [stepIds]);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);

  const now = useRef<CanvasNow>({ processId, layout: placement, bounds: layout.bounds, stepsById, steps, flows, lanes, phases, stepIds, flowIds });
  now.current = { processId, layout: placement, bounds: layout.bounds, stepsById, steps, flows, lanes, phases, stepIds, flowIds };
  const levelRef = useRef(level);
  levelRef.current = level;
  // What the pinned names are worked out from, as StickyHeaders draws them.
  const pinnedFrom = useRef({ layout, departments });
  pinnedFrom.current = { layout, departments };

  const selectSteps = useCallback((ids: ReadonlySet<string>) => setNodes((nds) => withSelection(nds, ids)), [setNodes]);
  const fitTarget = useCallback(() => {
    const pane = rootRef.current?.querySelector('.react-flow');
    if (!pane) return null;
    const box = pane.getBoundingClientRect();
    // What lies over the stage's corners, a little larger so the diagram keeps clear of it.
    const covers = [...pane.querySelectorAll('.overview-map, .critical-path-summary')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left - box.left - 8, y: r.top - box.top - 8, width: r.width + 16, height: r.height + 16 };
    });
    const size = { width: box.width, height: box.height };
    const whole = fitViewport(now.current.bounds, size, covers, MIN_ZOOM, MAX_ZOOM);
    // Far out the lane and phase names are pinned at screen size: they get room beside the diagram.
    const { layout: drawn, departments: named } = pinnedFrom.current;
    const laneName = (departmentId: string) => named[departmentId]?.name ?? '';
    return pinnedFar(whole.zoom) ? fitPinned(drawn, laneName, size, (frame) => fitViewport(frame.bounds, size, covers, MIN_ZOOM, MAX_ZOOM, frame.margin)) : whole;
  }, []);
  const fit = useCallback(() => {
    const target = fitTarget();
    if (target) void rf.setViewport(target, { duration: 0 });
  }, [rf, fitTarget]);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  const services = useCanvasServices({ now, pending: pendingSelection, setNodes, selectSteps, openPalette, fit });

  const onNodesChange = useCallback(
    (changes: NodeChange<StepFlowNode>[]) => {
      setNodes((nds) => applyNodeChanges(changes, nds));
      // React Flow reports each drag move with dragging true and the end (and each arrow-key move) with dragging false.
      const live = new Map<string, Point>();
      const finished = new Map<string, Point>();
      for (const c of changes) {
        if (c.type !== 'position' || !c.position) continue;
        (c.dragging ? live : finished).set(c.id, c.position);
      }
      if (live.size > 0) ui.getState().setMoving(new Map([...(ui.getState().moving ?? []), ...live]));
      if (finished.size > 0) void services.commitPositions(finished);
    },
    [setNodes, services, ui],
  );

  const onSelectionChange = useCallback(({ nodes: n }: OnSelectionChangeParams<StepFlowNode>) => {
    // Far out the steps are drawn in one picture, not as nodes: their selection stays as it was.
    if (levelRef.current === 'overview') return;
    const ids = n.map((x) => x.id).sort();
    setStepIds((prev) => (prev.length === ids.length && prev.every((id, i) => id === ids[i]) ? prev : ids));
    if (ids.length > 0) ui.getState().selectFlows(new Set());
  }, [ui]);
  useEffect(() => ui.getState().setSoleStep(stepIds.length === 1 && flowIds.size === 0 ? stepIds[0]! : null), [stepIds, flowIds, ui]);

  const onSelectFlow = useCallback(
    (flowId: string, additive: boolean) => {
      const current = ui.getState().selectedFlowIds;
      const next = new Set(additive ? current : []);
      if (additive && current.has(flowId)) next.delete(flowId);
      else next.add(flowId);
      ui.getState().selectFlows(next);
      if (!additive) selectSteps(new Set());
    },
    [selectSteps, ui],
  );

  const onSelectStepFar = useCallback(
    (stepId: string, additive: boolean) => {
      const ids = new Set(additive ? now.current.stepIds : []);
      ids.add(stepId);
      setStepIds([...ids].sort());
      selectSteps(ids);
      ui.getState().selectFlows(new Set());
    },
    [selectSteps, ui],
  );

  const addStep = useCallback(
    async (kind: StepKind, centre: Point | null) => {
      const { layout: l, lanes: ls, stepIds: sel, stepsById: byId, steps: all } = now.current;
      if (ls.length === 0) {
        ui.getState().say(t('canvas.status.noLanes'));
        return;
      }
      // No drop point (the palette button was pressed): the lane of the selected step, else the first lane.
      const at = centre ?? nextFreeCentre(l, byId.get(sel[0] ?? '')?.laneId ?? ls[0]!.id, all, kind);
      const id = newId('s_');
      const command = at && addStepCommand(l, processId, id, kind, at);
      if (!command) {
        ui.getState().say(t('canvas.status.outsideLanes'));
        return;
      }
      // The new step is selected: typing names it, as in ProcessOn and Visio.
      pendingSelection.current = new Set([id]);
      const added = await execute(command);
      pendingSelection.current = null;
      if (!added) return;
      const tables = useProjectStore.getState().project?.state.tables;
      const step = tables?.steps[id];
      const lane = step && tables.lanes[step.laneId];
      ui.getState().say(t('canvas.status.stepAdded', { kind: t(`canvas.kinds.${kind}`), code: step?.code ?? '', lane: (lane && tables.departments[lane.departmentId]?.name) ?? '' }));
      // Added from the palette: the new step takes the focus (in view), ready for typing or F2.
      if (!centre) focusStepOnCanvas(id);
    },
    [execute, focusStepOnCanvas, processId, t, ui],
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

  const single = stepIds.length === 1 ? stepsById.get(stepIds[0]!) : undefined;
  const onlyFlow = flowIds.size === 1 && stepIds.length === 0 ? flows.find((f) => flowIds.has(f.id)) : undefined;
  const actionState = useMemo<ActionState>(
    () => ({
      selectedSteps: stepIds.length,
      selectedFlows: flowIds.size,
      hasSteps: steps.length > 0,
      hasLanes: lanes.length > 0,
      flowHasBends: (onlyFlow?.bends.length ?? 0) > 0,
      canUndo,
      canRedo,
      undoEdit,
      redoEdit,
      snap: snapToGrid,
      criticalPath,
      panels,
      laneBefore: single ? laneToward(layout, single, 'laneBefore') : null,
      laneAfter: single ? laneToward(layout, single, 'laneAfter') : null,
    }),
    [stepIds, flowIds, steps.length, lanes.length, onlyFlow, canUndo, canRedo, undoEdit, redoEdit, snapToGrid, criticalPath, panels, single, layout],
  );
  const latestState = useRef(actionState);
  latestState.current = actionState;
  const actions = useMemo<CanvasActions>(
    () => ({
      state: actionState,
      services,
      run: (action) => {
        if (action.enabled(latestState.current)) action.run(services);
      },
    }),
    [actionState, services],
  );
  useCanvasShortcuts(
    rootRef,
    (id) => {
      const action = ACTIONS_BY_ID.get(id);
      if (action) actions.run(action);
    },
    (text) => {
      const { stepIds: sel, flowIds: flowSel } = now.current;
      if (sel.length !== 1 || flowSel.size > 0) return false;
      ui.getState().editStep(sel[0]!, text);
      return true;
    },
  );

  // A step asked for by another view (findings' "Show on diagram"): the opening view must not pan away from it.
  const jumpedTo = useRef<string | null>(null);
  const onInit = useCallback(() => {
    if (jumpedTo.current) {
      focusStepOnCanvas(jumpedTo.current);
      return;
    }
    const box = rootRef.current?.querySelector('.react-flow')?.getBoundingClientRect();
    if (!box || now.current.layout.lanes.length === 0) return;
    void rf.setViewport(openingViewport(useProjectStore.getState().project?.path, processId, now.current.bounds, box));
  }, [focusStepOnCanvas, rf, processId]);
  const onMoveEnd = useCallback(
    (_: unknown, viewport: Viewport) => {
      if (path) rememberView(path, { viewport: { processId, at: { x: Math.round(viewport.x), y: Math.round(viewport.y), zoom: viewport.zoom } } });
    },
    [path, processId],
  );

  // "Jump to step" from the findings list: select the step and bring it into view.
  const focusStepId = useViewStore((s) => s.focusStepId);
  const clearFocus = useViewStore((s) => s.clearFocus);
  useEffect(() => {
    const step = focusStepId ? stepsById.get(focusStepId) : undefined;
    if (!step) return;
    selectSteps(new Set([step.id]));
    const c = centreOf(step);
    void rf.setCenter(c.x, c.y, { zoom: Math.max(rf.getZoom(), 1), duration: 0 });
    // The button that asked went with the other view: the step takes the focus.
    jumpedTo.current = step.id;
    focusStepOnCanvas(step.id);
    clearFocus();
  }, [focusStepId, stepsById, rf, clearFocus, selectSteps, focusStepOnCanvas]);

  const onAddFromPalette = useCallback((kind: StepKind) => void addStep(kind, null), [addStep]);
  const onNodeDoubleClick = useCallback((_: unknown, node: StepFlowNode) => ui.getState().editStep(node.id), [ui]);
  const onPaneClick = useCallback(() => ui.getState().selectFlows(new Set()), [ui]);
  const openMenu = useCallback((target: MenuRequest['target']) => (e: ReactMouseEvent | globalThis.MouseEvent) => {
    e.preventDefault();
    setMenu({ target, x: e.clientX, y: e.clientY });
  }, []);
  const onNodeContextMenu = useCallback(
    (e: ReactMouseEvent, node: StepFlowNode) => {
      if (!now.current.stepIds.includes(node.id)) selectSteps(new Set([node.id]));
      openMenu('step')(e);
    },
    [openMenu, selectSteps],
  );
  const onStageContextMenu = useCallback(
    (e: ReactMouseEvent) => {
      const flow = (e.target as Element).closest?.('[data-flow-id]')?.getAttribute('data-flow-id');
      if (!flow) return;
      if (!ui.getState().selectedFlowIds.has(flow)) onSelectFlow(flow, false);
      openMenu('flow')(e);
    },
    [openMenu, onSelectFlow, ui],
  );
  const markers = useMemo(() => ({ __html: arrowMarkers() }), []);
  const showPalette = panels.palette && !panels.focus;
  const showProperties = panels.properties && !panels.focus;

  if (!process) return null;

  return (
    <CanvasActionsContext.Provider value={actions}>
      <CanvasSceneContext.Provider value={scene}>
        <div ref={rootRef} className={`canvas-view${panels.focus ? ' is-focus' : ''}`} data-process={processId}>
          <CanvasToolbar />
          <div className={`canvas-body${showPalette ? ' with-palette' : ''}${showProperties ? ' with-properties' : ''}`}>
            {showPalette && <StepPalette onAdd={onAddFromPalette} />}
            <div
              ref={setStageElement}
              // Where the focus goes if the focused step or flow scrolls out of the drawn part.
              data-focus-home
              className={`canvas-stage orientation-${orientation} level-${level}`}
              role="region"
              aria-label={t('canvas.region', { name: process.name })}
              onDragOver={onDragOver}
              onDrop={onDrop}
              onContextMenu={onStageContextMenu}
            >
              {/* Arrowheads shared with the export, referenced by the flows' url(#…). */}
              <svg className="canvas-markers" width="0" height="0" aria-hidden="true">
                <defs dangerouslySetInnerHTML={markers} />
              </svg>
              <NodeTextsContext.Provider value={texts}>
                <ReactFlow<StepFlowNode>
                  nodes={flowNodes}
                  nodeTypes={NODE_TYPES}
                  onNodesChange={onNodesChange}
                  onSelectionChange={onSelectionChange}
                  onNodeDoubleClick={onNodeDoubleClick}
                  onNodeContextMenu={onNodeContextMenu}
                  onPaneContextMenu={openMenu('pane')}
                  onPaneClick={onPaneClick}
                  onInit={onInit}
                  onMoveEnd={onMoveEnd}
                  nodesConnectable={false}
                  snapToGrid={snapToGrid}
                  snapGrid={SNAP_GRID}
                  onlyRenderVisibleElements
                  selectionOnDrag={level !== 'overview'}
                  selectionMode={SelectionMode.Partial}
                  panOnDrag={level === 'overview' ? PAN_BUTTONS_FAR : PAN_BUTTONS}
                  panOnScroll
                  selectionKeyCode={null}
                  multiSelectionKeyCode={MULTI_SELECT_KEYS}
                  deleteKeyCode={null}
                  zoomOnDoubleClick={false}
                  minZoom={MIN_ZOOM}
                  maxZoom={MAX_ZOOM}
                  nodeDragThreshold={2}
                  ariaLabelConfig={ariaLabelConfig}
                  proOptions={PRO_OPTIONS}
                >
                  {lanes.length > 0 && <LaneGrid layout={layout} departments={departments} language={language} />}
                  <FlowLayer onSelect={onSelectFlow} />
                  <CriticalPathLayer processId={processId} />
                  <OverviewLayer stage={stage} selectedSteps={selectedStepSet} onSelectStep={onSelectStepFar} onMoved={services.commitPositions} fitView={fitTarget} />
                  <AnnotationLayer processId={processId} />
                  <StickyHeaders departments={departments} />
                  {lanes.length > 0 && panels.minimap && (
                    <Panel position="bottom-right">
                      <OverviewMap layout={layout} steps={steps} departments={departments} />
                    </Panel>
                  )}
                </ReactFlow>
              </NodeTextsContext.Provider>
              {lanes.length === 0 && <p className="canvas-empty">{t('canvas.empty')}</p>}
              <StatusLine />
            </div>
            {showProperties && <PropertiesPanel processId={processId} orientation={orientation} selection={selection} layout={layout} lanes={lanes} phases={phases} departments={departments} onDelete={services.deleteSelection} />}
          </div>
          {menu && <CanvasContextMenu request={menu} onClose={() => setMenu(null)} />}
          {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} />}
        </div>
      </CanvasSceneContext.Provider>
    </CanvasActionsContext.Provider>
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
