import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserTemplateInfo } from '../../shared/ipc/contract';
import { isTemplateId, TEMPLATES } from '../../shared/templates/template-catalogue';
import { api } from '../api/api';
import { DeleteIcon } from '../common/icons';
import { Modal } from '../common/Modal';
import { languageFromLocale } from '../i18n/language';
import { useProjectStore } from '../state/project-store';
import '../start/start.css';

interface AddFromTemplateDialogProps {
  onClose: () => void;
  /** Called with the ids of the processes the template added. */
  onAdded: (processIds: string[]) => void;
}

/** The scenario templates and the user's own, as one radio list; adding is one undo step. */
export function AddFromTemplateDialog({ onClose, onAdded }: AddFromTemplateDialogProps) {
  const { t, i18n } = useTranslation();
  const ui = languageFromLocale(i18n.language);
  const projectLanguage = useProjectStore((s) => s.project?.state.meta.language ?? 'en');
  const addTemplate = useProjectStore((s) => s.addTemplate);
  const addUserTemplate = useProjectStore((s) => s.addUserTemplate);
  const [choice, setChoice] = useState<string>(TEMPLATES[0]!.id);
  const [userTemplates, setUserTemplates] = useState<UserTemplateInfo[]>([]);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A deleted template cannot be brought back, so deleting takes a second click.
  const [confirming, setConfirming] = useState<string | null>(null);
  const group = useId();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  useEffect(() => {
    let live = true;
    void api.invoke('templates.list', {}).then((result) => {
      if (!live) return;
      if (result.ok) setUserTemplates(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  async function remove(template: UserTemplateInfo): Promise<void> {
    const result = await api.invoke('templates.delete', { id: template.id });
    if (!result.ok) return setError(result.error.message);
    setUserTemplates(result.value);
    if (choice === template.id) setChoice(TEMPLATES[0]!.id);
  }

  async function add(): Promise<void> {
    setAdding(true);
    const before = new Set(Object.keys(useProjectStore.getState().project?.state.tables.processes ?? {}));
    const added = isTemplateId(choice) ? await addTemplate(choice) : await addUserTemplate(choice);
    setAdding(false);
    if (!added) return;
    onAdded(Object.keys(useProjectStore.getState().project?.state.tables.processes ?? {}).filter((id) => !before.has(id)));
  }

  function option(id: string, name: string, description: string) {
    return (
      <label key={id} className={choice === id ? 'choice-card checked' : 'choice-card'}>
        <input type="radio" name={group} checked={choice === id} aria-labelledby={`${group}-${id}-name`} aria-describedby={`${group}-${id}`} onChange={() => setChoice(id)} />
        <span className="choice-text">
          <span className="choice-name" id={`${group}-${id}-name`}>
            {name}
          </span>
          <span className="choice-description" id={`${group}-${id}`}>
            {description}
          </span>
        </span>
      </label>
    );
  }

  return (
    <Modal
      title={t('processes.templateDialogTitle')}
      className="template-dialog"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={adding} onClick={() => void add()}>
            {adding ? t('processes.adding') : t('processes.addSelected')}
          </button>
        </>
      }
    >
      <p>{t('processes.templateLanguage', { language: t(`language.${projectLanguage}`) })}</p>
      <fieldset className="start-from">
        <legend>{t('processes.builtIn')}</legend>
        <div className="choice-cards">{TEMPLATES.map((x) => option(x.id, x.name[ui], x.description[ui]))}</div>
      </fieldset>
      {userTemplates.length > 0 && (
        <fieldset className="start-from">
          <legend>{t('processes.yours')}</legend>
          <div className="choice-cards">
            {userTemplates.map((x) => (
              <div key={x.id} className="user-template">
                {option(x.id, x.name, t('processes.userTemplateSummary', { steps: x.steps, lanes: x.lanes, date: dateFormat.format(new Date(x.savedAt)) }))}
                {confirming === x.id ? (
                  <span className="inline-confirm" role="group" aria-label={t('processes.confirmDeleteTemplate', { name: x.name })}>
                    <span>{t('processes.confirmDeleteTemplate', { name: x.name })}</span>
                    <button type="button" className="danger" onClick={() => void remove(x)}>
                      {t('common.delete')}
                    </button>
                    <button type="button" autoFocus onClick={() => setConfirming(null)}>
                      {t('processes.keep')}
                    </button>
                  </span>
                ) : (
                  <button type="button" className="icon-button" aria-label={t('processes.deleteUserTemplate', { name: x.name })} title={t('processes.deleteUserTemplate', { name: x.name })} onClick={() => setConfirming(x.id)}>
                    <DeleteIcon />
                  </button>
                )}
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
