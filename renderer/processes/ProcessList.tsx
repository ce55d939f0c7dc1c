import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process } from '../../shared/model/entities';
import { freeProcessName } from '../../shared/process/duplicate-process';
import { AddNameForm } from '../common/AddNameForm';
import { CloseIcon, PlusIcon } from '../common/icons';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';
import { AddFromTemplateDialog } from './AddFromTemplateDialog';
import { duplicateAfterOriginal } from './duplicate-command';
import { groupByCategory } from './process-groups';
import { ProcessItem } from './ProcessItem';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import './processes.css';

interface Notice {
  text: string;
  /** Offers Undo next to the text (the change just made can be taken back). */
  undoable: boolean;
}

/** The project's processes, grouped by scenario category, with adding (by name or from a template), duplicating and saving as a template. */
export function ProcessList() {
  const { t } = useTranslation();
  const processes = useProjectStore((s) => s.project?.state.tables.processes);
  const execute = useProjectStore((s) => s.execute);
  const groups = useMemo(() => groupByCategory(Object.values(processes ?? {})), [processes]);
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState<Process | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const undo = useProjectStore((s) => s.undo);
  const headingId = useId();
  const selectedId = useViewStore((s) => s.processId);
  const selectProcess = useViewStore((s) => s.selectProcess);
  const panel = useRef<HTMLElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The Delete button goes with its row: a keyboard user carries on from the notice's Undo.
  const focusUndo = useRef(false);

  useEffect(() => {
    if (!notice?.undoable || !focusUndo.current) return;
    focusUndo.current = false;
    undoButton.current?.focus();
  }, [notice]);

  // Deleting is one undo away, so it asks nothing and offers Undo instead.
  async function remove(process: Process): Promise<void> {
    const hadFocus = panel.current?.contains(document.activeElement) ?? false;
    if (await execute({ type: 'batch', label: t('common.deleteItem', { name: process.name }), commands: [{ type: 'delete', table: 'processes', id: process.id }] })) {
      focusUndo.current = hadFocus;
      setNotice({ text: t('processes.deleted', { name: process.name }), undoable: true });
    }
  }

  async function duplicate(process: Process): Promise<void> {
    const state = useProjectStore.getState().project?.state;
    if (!state) return;
    const name = freeProcessName(state, t('processes.copyName', { name: process.name }), (n) => t('processes.copyNameNumbered', { name: process.name, n }));
    const { command, copyId } = duplicateAfterOriginal(state, process.id, name, () => newId('pr_'), t('processes.duplicate', { name: process.name }));
    if (await execute(command)) selectProcess(copyId);
  }

  const item = (process: Process) => (
    <ProcessItem
      key={process.id}
      process={process}
      selected={process.id === selectedId}
      onSelect={() => selectProcess(process.id)}
      onDuplicate={() => void duplicate(process)}
      onSaveAsTemplate={() => {
        setNotice(null);
        setSavingTemplate(process);
      }}
      onDelete={() => void remove(process)}
    />
  );

  const flat = groups.length === 1 && groups[0]!.category === '';
  return (
    <section ref={panel} className="panel process-panel" aria-labelledby={headingId}>
      <div className="panel-heading">
        <h2 id={headingId}>{t('processes.title')}</h2>
        <button type="button" className="small-button" onClick={() => setChoosingTemplate(true)}>
          <PlusIcon />
          {t('processes.fromTemplate')}
        </button>
      </div>
      <AddNameForm
        submitLabel={t('processes.add')}
        nameLabel={t('processes.name')}
        onAdd={async (name) => {
          const id = newId('pr_');
          const added = await execute({ type: 'add', table: 'processes', row: { id, name } });
          if (added) selectProcess(id);
          return added;
        }}
      />
      {groups.length === 0 ? (
        <p className="empty">{t('processes.empty')}</p>
      ) : (
        <ul className={flat ? 'item-list' : 'group-list'} aria-labelledby={headingId}>
          {flat
            ? groups[0]!.processes.map(item)
            : groups.map((group, index) => {
                // Categories are free text: the id must not carry their spaces.
                const groupId = `${headingId}-group-${index}`;
                return (
                  <li key={group.category} className="process-group">
                    <h3 className="group-heading" id={groupId}>
                      {group.category || t('processes.uncategorised')}
                    </h3>
                    <ul className="item-list" aria-labelledby={groupId}>
                      {group.processes.map(item)}
                    </ul>
                  </li>
                );
              })}
        </ul>
      )}
      <div className="panel-notice" role="status">
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.undoable && (
              <button
                ref={undoButton}
                type="button"
                className="link-button"
                onClick={() => {
                  setNotice(null);
                  void undo();
                }}
              >
                {t('project.undo')}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={t('errors.dismiss')} title={t('errors.dismiss')} onClick={() => setNotice(null)}>
              <CloseIcon />
            </button>
          </>
        )}
      </div>
      {choosingTemplate && (
        <AddFromTemplateDialog
          onClose={() => setChoosingTemplate(false)}
          onAdded={(ids) => {
            setChoosingTemplate(false);
            if (ids[0]) selectProcess(ids[0]);
          }}
        />
      )}
      {savingTemplate && (
        <SaveTemplateDialog
          process={savingTemplate}
          onClose={() => setSavingTemplate(null)}
          onSaved={(name) => {
            setSavingTemplate(null);
            setNotice({ text: t('processes.templateSaved', { name }), undoable: false });
          }}
        />
      )}
    </section>
  );
}
