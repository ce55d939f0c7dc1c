import type { CommandInput } from '../commands/command-schema';
import { CommandError } from '../commands/command-error';
import type { ProcessVersion } from '../model/entities';
import { sortedByOrder, type ProjectState, type Tables } from '../model/project-state';
import { measurementLabels } from '../metrics/measurement-labels';
import { snapshotCommands, snapshotProcess } from '../process/process-snapshot';
import { measureVersion, type MeasuredVersion } from './measured-version';
import { restoreSnapshotCommand } from './restore-snapshot';
import { compareVersions, type VersionComparison } from './version-compare';

/** A side of a comparison: a saved version, or the process as it is now. */
export type VersionRef = { readonly kind: 'saved'; readonly versionId: string } | { readonly kind: 'working' };

/** The saved versions of a process, oldest first. */
export function versionsOf(versions: Tables['processVersions'], processId: string): ProcessVersion[] {
  return Object.values(versions)
    .filter((v) => v.processId === processId)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
}

/** Names compare as the user sees them: trimmed, case and width aside. */
export function sameLabel(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

export function versionNamed(state: ProjectState, processId: string, label: string): ProcessVersion | undefined {
  return versionsOf(state.tables.processVersions, processId).find((v) => sameLabel(v.label, label));
}

/** Saves the process as it is now under `label`; refuses a label the process already has. */
export function saveVersionCommand(state: ProjectState, processId: string, label: string, id: string, savedAt: Date): CommandInput {
  if (versionNamed(state, processId, label)) throw new CommandError('duplicate', `The process already has a version named "${label.trim()}"`);
  return { type: 'add', table: 'processVersions', row: { id, processId, label, savedAt: savedAt.toISOString(), snapshot: snapshotProcess(state, processId) } };
}

function versionOf(state: ProjectState, versionId: string): ProcessVersion {
  const version = state.tables.processVersions[versionId];
  if (!version) throw new CommandError('missing', `Version ${versionId} does not exist`);
  return version;
}

/** Turns the process back into a saved version: one undoable command. */
export function restoreVersionCommand(state: ProjectState, versionId: string, newId: () => string): CommandInput {
  const version = versionOf(state, versionId);
  return restoreSnapshotCommand(version.snapshot, state, version.processId, newId, `Restore version: ${version.label}`);
}

/** A new working process started from a saved version, called `name`. */
export function processFromVersionCommand(state: ProjectState, versionId: string, name: string, newId: () => string): CommandInput {
  const version = versionOf(state, versionId);
  return { type: 'batch', label: `New process from version: ${version.label}`, commands: snapshotCommands(version.snapshot, state, name, newId) };
}

/** A side of a comparison with its figures; the working process is called `workingLabel`. */
export function measuredRef(state: ProjectState, processId: string, ref: VersionRef, workingLabel: string): MeasuredVersion {
  if (ref.kind === 'working') return measureVersion(workingLabel, snapshotProcess(state, processId), processId, state);
  const version = versionOf(state, ref.versionId);
  if (version.processId !== processId) throw new CommandError('reference', `Version ${version.label} belongs to another process`);
  return measureVersion(version.label, version.snapshot, processId, state);
}

export function compareRefs(state: ProjectState, processId: string, from: VersionRef, to: VersionRef, workingLabel: string): VersionComparison {
  return compareVersions(measuredRef(state, processId, from, workingLabel), measuredRef(state, processId, to, workingLabel));
}

/**
 * The comparisons the deliverables show: per process with saved versions, its first (the as-is,
 * saved before the redesign began) against the working process.
 */
export function exportComparisons(state: ProjectState): Map<string, VersionComparison[]> {
  const working = measurementLabels(state.meta.language).workingVersion;
  const out = new Map<string, VersionComparison[]>();
  for (const process of sortedByOrder(Object.values(state.tables.processes))) {
    const first = versionsOf(state.tables.processVersions, process.id)[0];
    if (first) out.set(process.id, [compareRefs(state, process.id, { kind: 'saved', versionId: first.id }, { kind: 'working' }, working)]);
  }
  return out;
}
