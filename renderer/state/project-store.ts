import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { CommandInput } from '../../shared/commands/command-schema';
import { applyOps } from '../../shared/commands/ops';
import type { ApiError, Change, LanewiseApi, OpenProject, ProjectFileInfo, RequestOf, Result } from '../../shared/ipc/contract';
import { api } from '../api/api';
import { createSerialQueue } from './serial-queue';
import type { Finding } from '../../shared/raci/finding';
import { RaciChecker } from '../../shared/raci/raci-checker';

export interface ProjectStore {
  /** 'loading' until we know whether main already has a project open. */
  phase: 'loading' | 'ready';
  project: OpenProject | null;
  /** RACI findings of the open project, kept current with every change. */
  findings: readonly Finding[];
  recent: ProjectFileInfo[];
  error: ApiError | null;
  busy: boolean;
  load(): Promise<void>;
  create(request: RequestOf<'project.create'>): Promise<boolean>;
  open(path: string): Promise<boolean>;
  close(): Promise<void>;
  execute(command: CommandInput): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  dismissError(): void;
}

export type ProjectStoreHook = UseBoundStore<StoreApi<ProjectStore>>;

export function createProjectStore(backend: LanewiseApi): ProjectStoreHook {
  const serial = createSerialQueue();

  return create<ProjectStore>()((set, get) => {
    /** Shows the error; if main has no project open any more, so do we. */
    // Findings follow every change incrementally instead of re-checking the whole project.
    let checker: RaciChecker | null = null;
    function withProject(project: OpenProject | null): Pick<ProjectStore, 'project' | 'findings'> {
      checker = project ? new RaciChecker(project.state) : null;
      return { project, findings: checker?.findings() ?? [] };
    }

    async function fail(error: ApiError): Promise<void> {
      set({ error });
      if (error.code === 'no-project' && get().project) {
        set(withProject(null));
        await refreshRecent();
      }
    }

    async function refreshRecent(): Promise<void> {
      const result = await backend.invoke('projects.list', {});
      if (result.ok) set({ recent: result.value });
      else set({ error: result.error });
    }

    /** Our copy no longer matches main (should not happen): take main's state as the truth. */
    async function resync(): Promise<void> {
      const result = await backend.invoke('project.current', {});
      if (result.ok) set(withProject(result.value));
      else set({ error: result.error });
    }

    async function applyChange(change: Change): Promise<void> {
      const project = get().project;
      if (!project) return;
      try {
        const { state } = applyOps(project.state, change.ops);
        checker?.update(state, change.ops);
        set({ project: { ...project, state, canUndo: change.canUndo, canRedo: change.canRedo }, findings: checker?.findings() ?? [] });
      } catch {
        await resync();
      }
    }

    async function opened(task: () => Promise<Result<OpenProject>>): Promise<boolean> {
      set({ busy: true });
      try {
        const result = await task();
        if (!result.ok) {
          set({ error: result.error });
          return false;
        }
        set({ ...withProject(result.value), error: null });
        return true;
      } finally {
        set({ busy: false });
      }
    }

    return {
      phase: 'loading',
      project: null,
      findings: [],
      recent: [],
      error: null,
      busy: false,

      load: () =>
        serial(async () => {
          const current = await backend.invoke('project.current', {});
          if (current.ok) set(withProject(current.value));
          else set({ error: current.error });
          await refreshRecent();
          set({ phase: 'ready' });
        }),

      create: (request) => serial(() => opened(() => backend.invoke('project.create', request))),

      open: (path) => serial(() => opened(() => backend.invoke('project.open', { path }))),

      close: () =>
        serial(async () => {
          const result = await backend.invoke('project.close', {});
          if (!result.ok) {
            set({ error: result.error });
            return;
          }
          set(withProject(null));
          await refreshRecent();
        }),

      execute: (command) =>
        serial(async () => {
          if (!get().project) return false;
          const result = await backend.invoke('project.execute', { command });
          if (!result.ok) {
            await fail(result.error);
            return false;
          }
          await applyChange(result.value);
          return true;
        }),

      undo: () =>
        serial(async () => {
          if (!get().project?.canUndo) return;
          const result = await backend.invoke('project.undo', {});
          if (!result.ok) await fail(result.error);
          else if (result.value) await applyChange(result.value);
        }),

      redo: () =>
        serial(async () => {
          if (!get().project?.canRedo) return;
          const result = await backend.invoke('project.redo', {});
          if (!result.ok) await fail(result.error);
          else if (result.value) await applyChange(result.value);
        }),

      dismissError: () => set({ error: null }),
    };
  });
}

export const useProjectStore = createProjectStore(api);
