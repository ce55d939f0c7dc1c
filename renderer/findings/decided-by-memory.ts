import type { ProjectState } from '../../shared/model/project-state';

const KEY = 'lanewise.raci.decidedBy';

/** Who decided last time: usually the same executive rules on a whole workshop's conflicts. */
export function rememberedDecidedBy(state: ProjectState | undefined): string {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // Storage may be unavailable; the project's own log is the fallback.
  }
  if (saved) return saved;
  const latest = Object.values(state?.tables.decisions ?? {}).sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0];
  return latest?.decidedBy ?? '';
}

export function rememberDecidedBy(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Not remembering is harmless.
  }
}
