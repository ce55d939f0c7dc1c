import type { ProjectState } from '../model/project-state';
import type { Finding } from './finding';
import { partyInfo } from './raci-context';
import { makeFinding } from './step-rules';

/** A process needs a few steps before "too much accountability in one place" means anything. */
const OVERLOAD_MIN_STEPS = 4;

/** Findings about the columns of one process's matrix: idle parties and overloaded accountability. */
export function checkProcessColumns(state: ProjectState, processId: string, stepIds: Iterable<string>, laneDepartmentIds: Iterable<string>): Finding[] {
  const process = state.tables.processes[processId];
  if (!process) return [];
  const involved = new Set<string>(laneDepartmentIds);
  const holdsRA = new Set<string>();
  const accountableCount = new Map<string, number>();
  let stepCount = 0;
  for (const stepId of stepIds) {
    stepCount++;
    const cells = state.raci[stepId];
    if (!cells) continue;
    for (const partyId in cells) {
      const letters = cells[partyId]!;
      involved.add(partyId);
      if (letters.includes('R') || letters.includes('A')) {
        holdsRA.add(partyId);
        const info = partyInfo(state, partyId);
        if (info) holdsRA.add(info.departmentId);
      }
      if (letters.includes('A')) accountableCount.set(partyId, (accountableCount.get(partyId) ?? 0) + 1);
    }
  }
  const out: Finding[] = [];
  if (stepCount === 0) return out;
  for (const partyId of involved) {
    const info = partyInfo(state, partyId);
    if (!info || holdsRA.has(partyId)) continue;
    out.push(makeFinding('raci.idle-party', processId, null, [partyId], `${processId}/${partyId}`, { 'zh-CN': `${process.name} · ${info.name}:`, en: `${process.name} · ${info.name}: ` }));
  }
  const limit = state.meta.raciSettings.overloadShare;
  if (stepCount >= OVERLOAD_MIN_STEPS) {
    for (const [partyId, count] of accountableCount) {
      if (count / stepCount <= limit) continue;
      const name = partyInfo(state, partyId)?.name ?? partyId;
      const share = `${count}/${stepCount}`;
      out.push(makeFinding('raci.overload', processId, null, [partyId], `${processId}/${partyId}`, { 'zh-CN': `${process.name} · ${name}(A ${share}):`, en: `${process.name} · ${name} (A ${share}): ` }));
    }
  }
  return out;
}
