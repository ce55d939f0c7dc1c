import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/commands/command-schema';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';

export interface LinkRow {
  readonly id: string;
  readonly target: string;
}

interface LinkChecklistProps {
  legend: string;
  choices: ReadonlyArray<{ id: string; name: string }>;
  links: readonly LinkRow[];
  /** The add command linking one more target. */
  addLink: (id: string, target: string) => CommandInput;
  /** The table the link rows are in, for removing them. */
  table: 'scopeProcesses' | 'scopeDepartments' | 'interviewDepartments' | 'interviewProcesses' | 'problemProcesses' | 'problemDepartments';
}

/** A set of links shown as checkboxes: ticking links, unticking unlinks (each one undoable change). */
export function LinkChecklist({ legend, choices, links, addLink, table }: LinkChecklistProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const linked = new Set(links.map((l) => l.target));
  // A tick shows at once, while its change is on its way; what the project holds wins once it is back.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  async function toggle(target: string, on: boolean): Promise<void> {
    setPending((p) => new Map(p).set(target, on));
    await execute(on ? addLink(newId('ln-'), target) : { type: 'batch', commands: links.filter((l) => l.target === target).map((l) => ({ type: 'delete', table, id: l.id })) });
    setPending((p) => {
      const next = new Map(p);
      next.delete(target);
      return next;
    });
  }
  return (
    <fieldset className="link-checklist">
      <legend>{legend}</legend>
      {choices.length === 0 && <p className="empty">{t('diagnosis.scope.nothingYet')}</p>}
      {choices.map((c) => (
        <label key={c.id} className="check">
          <input type="checkbox" checked={pending.get(c.id) ?? linked.has(c.id)} onChange={(e) => void toggle(c.id, e.target.checked)} />
          {c.name}
        </label>
      ))}
    </fieldset>
  );
}
