import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process } from '../../shared/model/entities';
import { api } from '../api/api';
import { Modal } from '../common/Modal';
import { currentSession } from '../state/project-store';

interface SaveTemplateDialogProps {
  process: Process;
  onClose: () => void;
  onSaved: (templateName: string) => void;
}

/** Names the template and saves the process as one; the project itself does not change. */
export function SaveTemplateDialog({ process, onClose, onSaved }: SaveTemplateDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(process.name);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();

  async function save(e: FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || saving) return;
    setSaving(true);
    const result = await api.invoke('templates.saveProcess', { session: currentSession(), processId: process.id, name: trimmed });
    setSaving(false);
    if (!result.ok) setError(result.error.message);
    else onSaved(result.value.name);
  }

  return (
    <Modal
      title={t('processes.saveTemplateTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={`${id}-form`} className="primary" disabled={saving || !name.trim()}>
            {t('processes.save')}
          </button>
        </>
      }
    >
      <p>{t('processes.saveTemplateBody')}</p>
      <form id={`${id}-form`} className="field dialog-field" onSubmit={(e) => void save(e)}>
        <label htmlFor={`${id}-name`}>{t('processes.templateName')}</label>
        <input id={`${id}-name`} value={name} maxLength={200} required autoFocus autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </form>
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
