import type { Command, CommandInput } from './command-schema';

/**
 * What an edit did, in words the Undo and Redo buttons can say ("Undo paste of 6 steps"): a verb and
 * how many things it touched. A batch labelled with one of these verbs is that verb; anything else
 * is named after what its commands change.
 */
export const EDIT_VERBS = [
  'addStep',
  'quickAdd',
  'addFlow',
  'paste',
  'moveSteps',
  'resizeStep',
  'renameStep',
  'editStep',
  'recolourStep',
  'editFlow',
  'reshapeFlow',
  'delete',
  'autoLayout',
  'align',
  'distribute',
  'orientation',
  'lane',
  'phase',
  'department',
  'position',
  'process',
  'raci',
  'decision',
  'policy',
  'settings',
  'note',
  'edit',
] as const;
export type EditVerb = (typeof EDIT_VERBS)[number];

export interface EditSummary {
  verb: EditVerb;
  /** Steps (or, for other verbs, rows) the edit touched. */
  count: number;
}

type Leaf = Exclude<Command | CommandInput, { type: 'batch' }>;

function leaves(command: Command | CommandInput, out: Leaf[] = []): Leaf[] {
  if (command.type === 'batch') for (const c of command.commands) leaves(c, out);
  else out.push(command);
  return out;
}

const isVerb = (label: string | undefined): label is EditVerb => (EDIT_VERBS as readonly string[]).includes(label ?? '');

const TABLE_VERBS: Partial<Record<string, EditVerb>> = {
  lanes: 'lane',
  phases: 'phase',
  departments: 'department',
  positions: 'position',
  processes: 'process',
  decisions: 'decision',
  policySections: 'policy',
  annotations: 'note',
};

function verbOfLeaf(leaf: Leaf): EditVerb {
  switch (leaf.type) {
    case 'setRaci':
      return 'raci';
    case 'setMeta':
      return 'settings';
    case 'move':
      return TABLE_VERBS[leaf.table] ?? 'edit';
    case 'delete':
      return 'delete';
    case 'add':
      return leaf.table === 'steps' ? 'addStep' : leaf.table === 'flows' ? 'addFlow' : (TABLE_VERBS[leaf.table] ?? 'edit');
    case 'update': {
      const fields = Object.keys(leaf.patch);
      if (leaf.table === 'flows') return fields.every((f) => f === 'bends') ? 'reshapeFlow' : 'editFlow';
      if (leaf.table !== 'steps') return TABLE_VERBS[leaf.table] ?? 'edit';
      if (fields.every((f) => ['x', 'y', 'laneId', 'phaseId'].includes(f))) return 'moveSteps';
      if (fields.every((f) => ['x', 'y', 'width', 'height'].includes(f))) return 'resizeStep';
      if (fields.every((f) => f === 'name')) return 'renameStep';
      if (fields.every((f) => f === 'color')) return 'recolourStep';
      return 'editStep';
    }
  }
}

/** The verb and count of an edit, for the undo history. */
export function summarise(command: Command | CommandInput): EditSummary {
  const all = leaves(command);
  const steps = new Set<string>();
  for (const l of all) {
    if (l.type === 'add' && l.table === 'steps') steps.add(l.row.id);
    else if ((l.type === 'update' || l.type === 'delete') && l.table === 'steps') steps.add(l.id);
  }
  const labelled = command.type === 'batch' && isVerb(command.label) ? command.label : null;
  const verbs = new Set(all.map(verbOfLeaf));
  // Growing a phase to hold a moved or added step is part of that move.
  if (verbs.size > 1 && verbs.has('phase')) verbs.delete('phase');
  const verb = labelled ?? (verbs.size === 1 ? [...verbs][0]! : 'edit');
  return { verb, count: steps.size > 0 ? steps.size : all.length };
}
