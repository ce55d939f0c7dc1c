import { ALIGNMENTS, DISTRIBUTIONS, type Alignment, type Distribution } from '../arrange';
import type { ActionId } from './action-ids';
import type { ActionState, CanvasAction, CanvasServices, MenuTarget } from './action-types';

const ZOOM_STEP = 1.2;
const always = () => true;
const STEPS: readonly MenuTarget[] = ['step'];
const ANY: readonly MenuTarget[] = ['step', 'flow', 'pane'];

function action(id: ActionId, spec: Omit<CanvasAction, 'id' | 'menu' | 'toolbar'> & Partial<Pick<CanvasAction, 'menu' | 'toolbar'>>): CanvasAction {
  return { id, menu: [], toolbar: false, ...spec };
}

const alignId = (a: Alignment) => `align${a[0]!.toUpperCase()}${a.slice(1)}` as ActionId;
const distributeId = (d: Distribution) => `distribute${d[0]!.toUpperCase()}${d.slice(1)}` as ActionId;

/** Every verb of the canvas, in the order the command palette lists them. */
export const CANVAS_ACTIONS: readonly CanvasAction[] = [
  action('undo', { group: 'history', menu: ANY, enabled: (s) => s.canUndo, run: (x) => x.undo() }),
  action('redo', { group: 'history', menu: ANY, enabled: (s) => s.canRedo, run: (x) => x.redo() }),
  action('zoomOut', { group: 'view', toolbar: true, enabled: always, run: (x) => x.zoomBy(1 / ZOOM_STEP) }),
  action('zoomIn', { group: 'view', toolbar: true, enabled: always, run: (x) => x.zoomBy(ZOOM_STEP) }),
  action('zoomReset', { group: 'view', enabled: always, run: (x) => x.zoomTo(1) }),
  action('fitView', { group: 'view', toolbar: true, menu: ['pane'], enabled: always, run: (x) => x.fit() }),
  action('snap', { group: 'view', toolbar: true, enabled: always, pressed: (s) => s.snap, run: (x) => x.toggleSnap() }),
  action('criticalPath', { group: 'view', toolbar: true, enabled: (s) => s.hasSteps, pressed: (s) => s.criticalPath, run: (x) => x.toggleCriticalPath() }),
  action('togglePalette', { group: 'panels', toolbar: true, enabled: always, pressed: (s) => s.panels.palette && !s.panels.focus, run: (x) => x.togglePanel('palette') }),
  action('toggleProperties', { group: 'panels', toolbar: true, enabled: always, pressed: (s) => s.panels.properties && !s.panels.focus, run: (x) => x.togglePanel('properties') }),
  action('toggleMinimap', { group: 'panels', toolbar: true, enabled: always, pressed: (s) => s.panels.minimap, run: (x) => x.togglePanel('minimap') }),
  action('focusMode', { group: 'panels', toolbar: true, menu: ['pane'], enabled: always, pressed: (s) => s.panels.focus, run: (x) => x.togglePanel('focus') }),
  action('commandPalette', { group: 'panels', toolbar: true, enabled: always, run: (x) => x.openCommandPalette() }),
  action('quickAddNext', { group: 'add', menu: STEPS, enabled: (s) => s.selectedSteps === 1, run: (x) => x.quickAdd('next') }),
  action('quickAddLaneBefore', { group: 'add', menu: STEPS, enabled: (s) => s.selectedSteps === 1 && s.laneBefore !== null, run: (x) => x.quickAdd('laneBefore') }),
  action('quickAddLaneAfter', { group: 'add', menu: STEPS, enabled: (s) => s.selectedSteps === 1 && s.laneAfter !== null, run: (x) => x.quickAdd('laneAfter') }),
  action('addNote', { group: 'add', toolbar: true, menu: ['pane'], enabled: always, run: (x) => x.addNote() }),
  action('rename', { group: 'edit', menu: ['step', 'flow'], enabled: (s) => s.selectedSteps + s.selectedFlows === 1, run: (x) => x.rename() }),
  action('resetRoute', { group: 'edit', menu: ['flow'], enabled: (s) => s.selectedFlows === 1 && s.selectedSteps === 0 && s.flowHasBends, run: (x) => x.resetRoute() }),
  ...ALIGNMENTS.map((a) => action(alignId(a), { group: 'arrange', toolbar: true, menu: STEPS, enabled: (s: ActionState) => s.selectedSteps >= 2, run: (x: CanvasServices) => x.align(a) })),
  ...DISTRIBUTIONS.map((d) => action(distributeId(d), { group: 'arrange', toolbar: true, menu: STEPS, enabled: (s: ActionState) => s.selectedSteps >= 3, run: (x: CanvasServices) => x.distribute(d) })),
  action('autoLayout', { group: 'arrange', toolbar: true, menu: ['pane'], enabled: (s) => s.hasSteps, run: (x) => x.autoLayout() }),
  action('copy', { group: 'edit', toolbar: true, menu: STEPS, enabled: (s) => s.selectedSteps >= 1, run: (x) => x.copy() }),
  action('cut', { group: 'edit', toolbar: true, menu: STEPS, enabled: (s) => s.selectedSteps >= 1, run: (x) => x.cut() }),
  action('paste', { group: 'edit', toolbar: true, menu: ['pane'], enabled: always, run: (x) => x.paste() }),
  action('delete', { group: 'edit', toolbar: true, menu: ['step', 'flow'], enabled: (s) => s.selectedSteps + s.selectedFlows > 0, run: (x) => x.deleteSelection() }),
  action('selectAll', { group: 'edit', menu: ['pane'], enabled: (s) => s.hasSteps, run: (x) => x.selectAll() }),
  action('deselect', { group: 'edit', enabled: always, run: (x) => x.deselect() }),
];

export const ACTIONS_BY_ID: ReadonlyMap<ActionId, CanvasAction> = new Map(CANVAS_ACTIONS.map((a) => [a.id, a]));
