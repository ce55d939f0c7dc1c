import { createHash } from 'node:crypto';
import type { ReviewNote } from '../../shared/model/entities';
import { own } from '../../shared/model/id-map';
import type { ProjectState } from '../../shared/model/project-state';
import type { ClientNote } from './raci-sheet-reader';

/** How a party reads in previews and notes: "研发部 / 研发经理", or the department alone. */
export function partyLabel(state: ProjectState, partyId: string): string {
  const position = own(state.tables.positions, partyId);
  const department = own(state.tables.departments, position ? position.departmentId : partyId);
  if (position) return department ? `${department.name} / ${position.name}` : position.name;
  return department?.name ?? partyId;
}

export function stepLabel(state: ProjectState, stepId: string | null, fallback: string): string {
  const step = stepId ? own(state.tables.steps, stepId) : undefined;
  return step ? [step.code, step.name].filter(Boolean).join(' ') : fallback;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * The id of a note is made from what it says and where, so importing the same workbook again (or a
 * second copy carrying the same note) adds nothing twice, and a resolved note stays resolved.
 */
function noteId(note: ClientNote): string {
  const key = JSON.stringify([note.processId, note.stepId ?? note.rowLabel, note.partyId ?? '', note.source, note.author, note.text]);
  return `rn-${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

/** The review notes a workbook brings that the project does not hold yet. */
export function newReviewNotes(state: ProjectState, notes: readonly ClientNote[], fileName: string, importedAt: string): ReviewNote[] {
  const rows = new Map<string, ReviewNote>();
  for (const n of notes) {
    const id = noteId(n);
    if (rows.has(id) || own(state.tables.reviewNotes, id)) continue;
    rows.set(id, {
      id,
      processId: n.processId,
      stepId: n.stepId,
      stepLabel: clip(stepLabel(state, n.stepId, n.rowLabel), 300),
      partyLabel: clip(n.partyId ? partyLabel(state, n.partyId) : '', 300),
      source: n.source,
      author: clip(n.author, 200),
      writtenAt: clip(n.writtenAt, 40),
      text: clip(n.text, 10_000),
      fileName: clip(fileName, 260),
      importedAt,
      resolvedAt: '',
    });
  }
  return [...rows.values()];
}
