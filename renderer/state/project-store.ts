import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { CommandInput } from '../../shared/commands/command-schema';
import { applyOps } from '../../shared/commands/ops';
import type { ApiError, AppInfo, Change, LanewiseApi, OpenProject, RecentProject, RequestOf, Result } from '../../shared/ipc/contract';
import type { TemplateId } from '../../shared/templates/template-catalogue';
import { api } from '../api/api';
import { isPageLeaving } from '../api/web-api';
import { createSerialQueue } from './serial-queue';
import { rememberedSession, rememberSession } from './session-memory';
import type { Finding } from '../../shared/raci/finding';
import { RaciChecker } from '../../shared/raci/raci-checker';
import { MetricsTracker } from '../../shared/metrics/metrics-tracker';
import type { ProcessMetrics } from '../../shared/metrics/process-metrics';

const NO_METRICS: ReadonlyMap<string, ProcessMetrics> = new Map();

export interface ProjectStore {
  /** 'loading' until we know whether main already has a project open. */
  phase: 'loading' | 'ready';
  project: OpenProject | null;
  /** RACI findings of the open project, kept current with every change. */
  findings: readonly Finding[];
  /** Metrics of each process (by id), kept current with every change. */
  metrics: ReadonlyMap<string, ProcessMetrics>;
  recent: RecentProject[];
  /** Version and host (desktop or browser); null until loaded. */
  appInfo: AppInfo | null;
  error: ApiError | null;
  busy: boolean;
  /** Changes sent to main and not yet confirmed written. */
  saving: number;
  /** Something the user should know about the file: it was reloaded after another program wrote to it. */
  notice: 'reloaded' | null;
  /** The last project that could not be opened because another window or program has it. */
  lockedPath: string | null;
  load(): Promise<void>;
  create(request: RequestOf<'project.create'>): Promise<boolean>;
  open(path: string, options?: { readOnly?: boolean }): Promise<boolean>;
  /** Desktop: the system's open dialog. False when cancelled or refused. */
  openWithDialog(): Promise<boolean>;
  /** Desktop: the system's save dialog; the project carries on in the copy. */
  saveAs(): Promise<boolean>;
  forget(path: string): Promise<void>;
  close(): Promise<void>;
  execute(command: CommandInput): Promise<boolean>;
  /** Applies a previewed Excel import (one undoable change), its conflicts settled as given. */
  applyImport(token: string, conflicts?: RequestOf<'import.xlsxApply'>['conflicts']): Promise<boolean>;
  /** Applies a previewed BPMN or table import: one change, one undo. */
  applyProcessImport(token: string): Promise<boolean>;
  /**
   * Sends a request whose answer may carry a change (an import that is refused or done), applies
   * that change in turn with every other, and hands the answer back; errors are shown as usual.
   */
  changeWith<T>(request: (session: string) => Promise<Result<T>>, changeOf: (value: T) => Change | null): Promise<T | null>;
  addTemplate(templateId: TemplateId): Promise<boolean>;
  addUserTemplate(id: string): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Fetches what other windows, tabs or programs changed (called on a timer while a project is open). */
  follow(): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
  /** Shows an error from a call made outside the store (exports, imports). */
  showError(error: ApiError): void;
}

/** A hidden tab follows once every this many ticks. */
const HIDDEN_EVERY = 20;

export type ProjectStoreHook = UseBoundStore<StoreApi<ProjectStore>>;

export interface ProjectStoreOptions {
  /** How often to fetch others' changes while a project is open; 0 turns it off (unit tests). */
  followEveryMs?: number;
  /** True while the page is going: a change is then sent at once, not after the requests before it, or it would never leave. */
  sendNow?: () => boolean;
}

export function createProjectStore(backend: LanewiseApi, options: ProjectStoreOptions = {}): ProjectStoreHook {
  const serial = createSerialQueue();
  const followEveryMs = options.followEveryMs ?? 500;
  let timer: ReturnType<typeof setInterval> | null = null;

  return create<ProjectStore>()((set, get) => {
    // Findings follow every change incrementally instead of re-checking the whole project.
    let checker: RaciChecker | null = null;
    let tracker: MetricsTracker | null = null;
    function withProject(project: OpenProject | null): Pick<ProjectStore, 'project' | 'findings' | 'metrics'> {
      checker = project ? new RaciChecker(project.state) : null;
      tracker = project ? new MetricsTracker(project.state) : null;
      rememberSession(project?.session ?? null);
      followWhileOpen(project !== null);
      return { project, findings: checker?.findings() ?? [], metrics: tracker?.all() ?? NO_METRICS };
    }

    function followWhileOpen(open: boolean): void {
      if (open && !timer && followEveryMs > 0) {
        let ticks = 0;
        timer = setInterval(() => {
          // A hidden tab asks seldom: enough to keep its session, without costing battery.
          if (globalThis.document?.visibilityState === 'hidden' && ++ticks % HIDDEN_EVERY !== 0) return;
          void get().follow();
        }, followEveryMs);
      } else if (!open && timer) {
        clearInterval(timer);
        timer = null;
      }
    }

    function session(): string {
      return get().project?.session ?? '';
    }

    /** Shows the error; if main no longer holds our session, we have no project either. */
    async function fail(error: ApiError): Promise<void> {
      set({ error });
      if (error.code === 'no-project' && get().project) {
        set(withProject(null));
        await refreshRecent();
      }
    }

    async function refreshRecent(): Promise<void> {
      const result = await backend.invoke('projects.recent', {});
      if (result.ok) set({ recent: result.value });
      else set({ error: result.error });
    }

    /** Our copy no longer matches main (another program rewrote the file): take main's state as the truth. */
    async function resync(): Promise<void> {
      const result = await backend.invoke('project.current', { session: session() });
      if (result.ok) set(withProject(result.value));
      else set({ error: result.error });
    }

    async function applyChange(change: Change): Promise<void> {
      const project = get().project;
      if (!project) return;
      if (change.reload) {
        await resync();
        set({ notice: 'reloaded' });
        return;
      }
      try {
        const { state } = change.ops.length > 0 ? applyOps(project.state, change.ops) : { state: project.state };
        if (change.ops.length > 0) {
          checker?.update(state, change.ops);
          tracker?.update(state, change.ops);
        }
        set({ project: { ...project, state, canUndo: change.canUndo, canRedo: change.canRedo, undoEdit: change.undoEdit, redoEdit: change.redoEdit, revision: change.revision }, findings: checker?.findings() ?? [], metrics: tracker?.all() ?? NO_METRICS });
      } catch {
        await resync();
      }
    }

    async function opened(task: () => Promise<Result<OpenProject | null>>, path: string | null = null): Promise<boolean> {
      set({ busy: true });
      try {
        const result = await task();
        if (!result.ok) {
          set({ error: result.error, lockedPath: result.error.code === 'locked' ? path : null });
          // A file that failed to open may be gone: the list shows that now.
          await refreshRecent();
          return false;
        }
        if (!result.value) return false;
        set({ ...withProject(result.value), error: null, notice: null, lockedPath: null });
        return true;
      } finally {
        set({ busy: false });
      }
    }

    /** Sends a change to main and applies what it did. */
    async function change(task: () => Promise<Result<Change | null>>): Promise<boolean> {
      const result = await task();
      if (!result.ok) {
        await fail(result.error);
        // Main may have reloaded the file or dropped an undo step: catch up with what it holds now.
        if (get().project && (result.error.code === 'conflict' || result.error.code === 'command')) await catchUp();
        return false;
      }
      if (result.value) await applyChange(result.value);
      return true;
    }

    async function catchUp(): Promise<void> {
      const result = await backend.invoke('project.changes', { session: session() });
      if (result.ok) await applyChange(result.value);
    }

    /** Queues a change; it counts as saving from the moment it is asked for until main has written it. */
    function tracked(task: () => Promise<boolean>): Promise<boolean> {
      set((s) => ({ saving: s.saving + 1 }));
      return (options.sendNow?.() ? task() : serial(task)).finally(() => set((s) => ({ saving: s.saving - 1 })));
    }

    return {
      phase: 'loading',
      project: null,
      findings: [],
      metrics: NO_METRICS,
      recent: [],
      appInfo: null,
      error: null,
      busy: false,
      saving: 0,
      notice: null,
      lockedPath: null,

      load: () =>
        serial(async () => {
          const remembered = rememberedSession();
          const [current, info] = await Promise.all([backend.invoke('project.current', remembered ? { session: remembered } : {}), backend.invoke('app.info', {})]);
          if (current.ok) set(withProject(current.value));
          else set({ error: current.error });
          if (info.ok) set({ appInfo: info.value });
          await refreshRecent();
          set({ phase: 'ready' });
        }),

      create: (request) => serial(() => opened(() => backend.invoke('project.create', request))),

      open: (path, openOptions = {}) => serial(() => opened(() => backend.invoke('project.open', { path, ...(openOptions.readOnly ? { readOnly: true } : {}) }), path)),

      openWithDialog: () => serial(() => opened(() => backend.invoke('project.openDialog', {}))),

      saveAs: () =>
        serial(async () => {
          if (!get().project) return false;
          const saved = await opened(() => backend.invoke('project.saveAsDialog', { session: session() }));
          if (saved) await refreshRecent();
          return saved;
        }),

      forget: (path) =>
        serial(async () => {
          const result = await backend.invoke('projects.forget', { path });
          if (result.ok) set({ recent: result.value });
          else set({ error: result.error });
        }),

      close: () =>
        serial(async () => {
          const result = await backend.invoke('project.close', { session: session() });
          if (!result.ok && result.error.code !== 'no-project') {
            set({ error: result.error });
            return;
          }
          set(withProject(null));
          await refreshRecent();
        }),

      execute: (command) => tracked(async () => Boolean(get().project) && change(() => backend.invoke('project.execute', { session: session(), command }))),

      applyImport: (token, conflicts) =>
        serial(async () => Boolean(get().project) && change(() => backend.invoke('import.xlsxApply', { session: session(), token, ...(conflicts ? { conflicts } : {}) }))),

      applyProcessImport: (token) => serial(async () => Boolean(get().project) && change(() => backend.invoke('import.processApply', { session: session(), token }))),

      changeWith: (request, changeOf) =>
        serial(async () => {
          if (!get().project) return null;
          const result = await request(session());
          if (!result.ok) {
            await fail(result.error);
            return null;
          }
          const done = changeOf(result.value);
          if (done) await applyChange(done);
          return result.value;
        }),

      addTemplate: (templateId) => tracked(async () => Boolean(get().project) && change(() => backend.invoke('project.addTemplate', { session: session(), templateId }))),

      addUserTemplate: (id) => tracked(async () => Boolean(get().project) && change(() => backend.invoke('templates.add', { session: session(), id }))),

      undo: async () => {
        await tracked(async () => Boolean(get().project?.canUndo) && change(() => backend.invoke('project.undo', { session: session() })));
      },

      redo: async () => {
        await tracked(async () => Boolean(get().project?.canRedo) && change(() => backend.invoke('project.redo', { session: session() })));
      },

      follow: () =>
        serial(async () => {
          if (!get().project) return;
          const result = await backend.invoke('project.changes', { session: session() });
          if (result.ok) await applyChange(result.value);
          else await fail(result.error);
        }),

      dismissError: () => set({ error: null, lockedPath: null }),
      dismissNotice: () => set({ notice: null }),
      showError: (error) => set({ error }),
    };
  });
}

export const useProjectStore = createProjectStore(api, { sendNow: isPageLeaving });

/** The session every request about the open project names. */
export function currentSession(): string {
  return useProjectStore.getState().project?.session ?? '';
}
