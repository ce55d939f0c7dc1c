import { VIEWS, type View } from './view-store';

/** Zoom and pan of one process's diagram. */
export interface SavedViewport {
  x: number;
  y: number;
  zoom: number;
}

/** What a project looked like when the user last left it: the open process and view, and where each diagram was. */
export interface ProjectView {
  processId: string | null;
  view: View;
  viewports: Record<string, SavedViewport>;
}

const KEY = 'lanewise.views';
/** Projects remembered at most; the oldest are forgotten first. */
const KEEP = 40;

type Memory = Record<string, ProjectView & { at: number }>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readAll(): Memory {
  try {
    const parsed = JSON.parse(storage()?.getItem(KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Memory) : {};
  } catch {
    return {};
  }
}

function isViewport(v: unknown): v is SavedViewport {
  const r = v as Partial<SavedViewport> | null;
  return !!r && [r.x, r.y, r.zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) && (r.zoom ?? 0) > 0;
}

/** The remembered view of a project file; anything damaged in storage is ignored rather than trusted. */
export function rememberedView(path: string): ProjectView | null {
  const saved = readAll()[path];
  if (!saved || typeof saved !== 'object') return null;
  const viewports: Record<string, SavedViewport> = {};
  for (const [id, v] of Object.entries(saved.viewports ?? {})) if (isViewport(v)) viewports[id] = v;
  return {
    processId: typeof saved.processId === 'string' ? saved.processId : null,
    view: (VIEWS as readonly string[]).includes(saved.view) ? saved.view : 'diagram',
    viewports,
  };
}

/** Updates what is remembered about a project (storage full or unavailable: nothing is remembered). */
export function rememberView(path: string, patch: Partial<Omit<ProjectView, 'viewports'>> & { viewport?: { processId: string; at: SavedViewport } }): void {
  const all = readAll();
  const before = rememberedView(path) ?? { processId: null, view: 'diagram' as View, viewports: {} };
  const { viewport, ...rest } = patch;
  const next = { ...before, ...rest, viewports: viewport ? { ...before.viewports, [viewport.processId]: viewport.at } : before.viewports, at: Date.now() };
  all[path] = next;
  const kept = Object.entries(all)
    .sort((a, b) => (b[1].at ?? 0) - (a[1].at ?? 0))
    .slice(0, KEEP);
  try {
    storage()?.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Forgetting the view costs nothing but a click.
  }
}
