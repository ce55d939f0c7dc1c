import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessVersion } from '../../shared/model/entities';
import { freeProcessName } from '../../shared/process/duplicate-process';
import { processFromVersionCommand, restoreVersionCommand, saveVersionCommand, versionNamed } from '../../shared/versions/process-versions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';
import { useMetricsUi } from './metrics-ui-store';
import { useVersions } from './use-versions';

type Asking = { kind: 'restore' | 'delete'; version: ProcessVersion } | null;

/** Saving the process as a named version, and what can be done with the versions saved. */
export function VersionsPanel({ processId }: { processId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const fieldId = useId();
  const versions = useVersions(processId);
  const process = useProjectStore((s) => s.project?.state.tables.processes[processId]);
  const execute = useProjectStore((s) => s.execute);
  const selectProcess = useViewStore((s) => s.selectProcess);
  const compare = useMetricsUi((s) => s.compare);
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState<Asking>(null);
  if (!process) return null;
  const current = () => useProjectStore.getState().project!.state;

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    const name = label.trim();
    if (!name) return setProblem(t('metrics.versions.empty'));
    if (versionNamed(current(), processId, name)) return setProblem(t('metrics.versions.duplicate', { label: name }));
    setProblem(null);
    if (await execute(saveVersionCommand(current(), processId, name, newId('v_'), new Date()))) {
      setLabel('');
      setStatus(t('metrics.versions.saved', { label: name }));
    }
  }

  async function restore(version: ProcessVersion): Promise<void> {
    setAsking(null);
    if (await execute(restoreVersionCommand(current(), version.id, () => newId('r_')))) setStatus(t('metrics.versions.restored', { label: version.label }));
  }

  async function startProcess(version: ProcessVersion): Promise<void> {
    const state = current();
    const wanted = t('metrics.versions.newProcessName', { process: process!.name, label: version.label });
    const name = freeProcessName(state, wanted, (n) => `${wanted} ${n}`);
    const command = processFromVersionCommand(state, version.id, name, () => newId('n_'));
    if (!(await execute(command))) return;
    const created = Object.values(useProjectStore.getState().project?.state.tables.processes ?? {}).find((p) => p.name === name);
    setStatus(t('metrics.versions.created', { name, label: version.label }));
    if (created) selectProcess(created.id);
  }

  async function remove(version: ProcessVersion): Promise<void> {
    setAsking(null);
    await execute({ type: 'delete', table: 'processVersions', id: version.id });
  }

  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="panel versions-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('metrics.versions.heading')}</h3>
      <p className="hint">{t('metrics.versions.intro')}</p>
      <form className="save-version" onSubmit={(e) => void save(e)} noValidate>
        <label htmlFor={fieldId}>{t('metrics.versions.label')}</label>
        <input id={fieldId} value={label} maxLength={200} placeholder={t('metrics.versions.placeholder')} aria-invalid={problem ? true : undefined} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="primary">
          {t('metrics.versions.save')}
        </button>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
      </form>
      <p className="hint" role="status">
        {status}
      </p>
      {versions.length === 0 ? (
        <p className="empty">{t('metrics.versions.none')}</p>
      ) : (
        <ul className="version-list" aria-label={t('metrics.versions.listLabel', { name: process.name })}>
          {versions.map((v) => (
            <li key={v.id}>
              <span className="version-text">
                <span className="version-label">{v.label}</span>
                <span className="version-meta">{t('metrics.versions.savedAt', { date: date(v.savedAt), count: v.snapshot.steps.length })}</span>
              </span>
              <span className="version-actions">
                <button type="button" onClick={() => compare({ processId, from: { kind: 'saved', versionId: v.id }, to: { kind: 'working' } })}>
                  {t('metrics.versions.compare')}
                </button>
                <button type="button" aria-label={t('metrics.versions.restoreItem', { label: v.label })} onClick={() => setAsking({ kind: 'restore', version: v })}>
                  {t('metrics.versions.restore')}
                </button>
                <button type="button" aria-label={t('metrics.versions.newProcessItem', { label: v.label })} onClick={() => void startProcess(v)}>
                  {t('metrics.versions.newProcess')}
                </button>
                <button type="button" className="danger" aria-label={t('metrics.versions.deleteItem', { label: v.label })} onClick={() => setAsking({ kind: 'delete', version: v })}>
                  {t('common.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {asking?.kind === 'restore' && (
        <ConfirmDialog
          title={t('metrics.versions.restoreTitle', { label: asking.version.label })}
          message={t('metrics.versions.restoreMessage', { process: process.name })}
          confirmLabel={t('metrics.versions.restore')}
          onConfirm={() => void restore(asking.version)}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking?.kind === 'delete' && (
        <ConfirmDialog
          title={t('metrics.versions.deleteTitle', { label: asking.version.label })}
          message={t('metrics.versions.deleteMessage')}
          confirmLabel={t('common.delete')}
          onConfirm={() => void remove(asking.version)}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
