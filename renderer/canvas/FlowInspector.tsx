import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';
import { CommitField } from './CommitField';
import { stepLabel } from './step-nodes';
import { useSteps } from './use-process-rows';

/** The selected flow: its label (通过 / 驳回 …), its two ends (reconnect) and delete. */
export function FlowInspector({ flowId, onDelete }: { flowId: string; onDelete: () => void }) {
  const { t } = useTranslation();
  const flow = useProjectStore((s) => s.project?.state.tables.flows[flowId]);
  const execute = useProjectStore((s) => s.execute);
  const steps = useSteps(flow?.processId ?? '');
  const sorted = useMemo(() => [...steps].sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true })), [steps]);
  const ids = { title: useId(), label: useId(), from: useId(), to: useId() };
  if (!flow) return null;
  const from = steps.find((s) => s.id === flow.fromStepId);
  const to = steps.find((s) => s.id === flow.toStepId);
  const handoff = from && to && from.laneId !== to.laneId;
  const options = sorted.map((s) => (
    <option key={s.id} value={s.id}>
      {stepLabel(s) || t('canvas.unnamed')}
    </option>
  ));

  return (
    <section className="inspector" aria-labelledby={ids.title}>
      <h3 id={ids.title} className="panel-title">
        {t('canvas.flow.title')}
      </h3>
      {handoff && <p className="handoff-note">{t('canvas.flow.handoff')}</p>}
      <div className="field">
        <label htmlFor={ids.label}>{t('canvas.flow.label')}</label>
        <CommitField id={ids.label} value={flow.label} maxLength={200} placeholder={t('canvas.flow.labelHint')} onCommit={(label) => void execute({ type: 'update', table: 'flows', id: flow.id, patch: { label: label.trim() } })} />
      </div>
      <div className="field">
        <label htmlFor={ids.from}>{t('canvas.flow.from')}</label>
        <select id={ids.from} value={flow.fromStepId} onChange={(e) => void execute({ type: 'update', table: 'flows', id: flow.id, patch: { fromStepId: e.target.value } })}>
          {options}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.to}>{t('canvas.flow.to')}</label>
        <select id={ids.to} value={flow.toStepId} onChange={(e) => void execute({ type: 'update', table: 'flows', id: flow.id, patch: { toStepId: e.target.value } })}>
          {options}
        </select>
      </div>
      <div className="panel-actions">
        <button type="button" className="danger-outline" onClick={onDelete}>
          {t('canvas.flow.delete')}
        </button>
      </div>
    </section>
  );
}
