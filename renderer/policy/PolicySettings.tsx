import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortedByOrder } from '../../shared/model/project-state';
import { leadDepartmentId } from '../../shared/policy/policy-facts';
import { OFF_HOURS_RULES, POLICY_LAYOUTS, POLICY_STAGES, URGENCY_LEVELS, policyParamsSchema, type PolicyParams } from '../../shared/policy/policy-params';
import { useProjectStore } from '../state/project-store';

type TextKey = 'company' | 'documentNumber' | 'approvingBody' | 'version' | 'supersedes' | 'performanceRule' | 'disciplineRule';
const TEXT_FIELDS: readonly TextKey[] = ['company', 'documentNumber', 'approvingBody', 'version', 'supersedes', 'performanceRule', 'disciplineRule'];

/** A text field saved when it loses focus; empty means the default, shown as its placeholder. */
function TextField({ label, value, placeholder, onSave, type = 'text' }: { label: string; value: string; placeholder?: string; onSave: (v: string) => void; type?: string }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} onBlur={() => draft !== value && onSave(draft.trim())} />
    </div>
  );
}

function SelectField<T extends string>({ label, value, options, onSave }: { label: string; value: T; options: ReadonlyArray<{ value: T; label: string }>; onSave: (v: T) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onSave(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The policy's parameters (company, 文件编号, approving body, dates, departments, working hours, urgency, rules, layout). */
export function PolicySettings() {
  const { t } = useTranslation();
  const params = useProjectStore((s) => s.project?.state.meta.policy);
  const state = useProjectStore((s) => s.project?.state);
  const execute = useProjectStore((s) => s.execute);
  const [error, setError] = useState<string | null>(null);
  if (!params || !state) return null;
  const departments = sortedByOrder(Object.values(state.tables.departments));
  const processes = sortedByOrder(Object.values(state.tables.processes));
  const deptOptions = [{ value: '', label: t('policy.settings.default') }, ...departments.map((d) => ({ value: d.id, label: d.name }))];

  function save(patch: Partial<PolicyParams>): void {
    const next = policyParamsSchema.safeParse({ ...params, ...patch });
    if (!next.success) {
      setError(t('policy.settings.invalid'));
      return;
    }
    setError(null);
    void execute({ type: 'setMeta', patch: { policy: next.data } });
  }
  const date = (v: string) => (v ? v : null);
  const existing = (id: string | null | undefined) => (id && state.tables.departments[id] ? id : '');

  return (
    <details className="policy-settings" open>
      <summary>{t('policy.settings.title')}</summary>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <fieldset>
        <legend>{t('policy.settings.document')}</legend>
        {TEXT_FIELDS.map((key) => (
          <TextField key={key} label={t(`policy.settings.${key}`)} value={params[key]} placeholder={key === 'company' ? state.meta.organisation : t(`policy.settings.placeholder.${key}`)} onSave={(v) => save({ [key]: v })} />
        ))}
        <SelectField label={t('policy.settings.stage')} value={params.stage} options={POLICY_STAGES.map((v) => ({ value: v, label: t(`policy.settings.stages.${v}`) }))} onSave={(stage) => save({ stage })} />
        <SelectField label={t('policy.settings.layout')} value={params.layout} options={POLICY_LAYOUTS.map((v) => ({ value: v, label: t(`policy.settings.layouts.${v}`) }))} onSave={(layout) => save({ layout })} />
        <TextField type="date" label={t('policy.settings.issueDate')} value={params.issueDate ?? ''} onSave={(v) => save({ issueDate: date(v) })} />
        <TextField type="date" label={t('policy.settings.effectiveDate')} value={params.effectiveDate ?? ''} onSave={(v) => save({ effectiveDate: date(v) })} />
      </fieldset>
      <fieldset>
        <legend>{t('policy.settings.departments')}</legend>
        <SelectField label={t('policy.settings.processOffice')} value={existing(params.processOffice)} options={deptOptions} onSave={(v) => save({ processOffice: v || null })} />
        {processes.map((p) => {
          const bound = existing(params.leadDepartments[p.id]);
          const fallback = state.tables.departments[leadDepartmentId({ ...state, meta: { ...state.meta, policy: { ...params, leadDepartments: {} } } }, p.id) ?? '']?.name ?? '';
          const options = [{ value: '', label: `${t('policy.settings.default')}${fallback ? `（${fallback}）` : ''}` }, ...deptOptions.slice(1)];
          return (
            <SelectField
              key={p.id}
              label={t('policy.settings.lead', { process: p.name })}
              value={bound}
              options={options}
              onSave={(v) => {
                const { [p.id]: _dropped, ...rest } = params.leadDepartments;
                save({ leadDepartments: v ? { ...rest, [p.id]: v } : rest });
              }}
            />
          );
        })}
        <fieldset className="policy-countersign">
          <legend>{t('policy.settings.countersign')}</legend>
          {departments.map((d) => (
            <label key={d.id} className="checkbox">
              <input
                type="checkbox"
                checked={params.countersign.includes(d.id)}
                onChange={(e) => save({ countersign: e.target.checked ? [...params.countersign, d.id] : params.countersign.filter((id) => id !== d.id) })}
              />
              {d.name}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t('policy.settings.time')}</legend>
        <TextField type="time" label={t('policy.settings.workdayStart')} value={params.workdayStart} onSave={(workdayStart) => save({ workdayStart })} />
        <TextField type="time" label={t('policy.settings.workdayEnd')} value={params.workdayEnd} onSave={(workdayEnd) => save({ workdayEnd })} />
        <TextField type="number" label={t('policy.settings.hoursPerDay')} value={String(params.hoursPerDay)} onSave={(v) => save({ hoursPerDay: Number(v) })} />
        <SelectField label={t('policy.settings.offHours')} value={params.offHours} options={OFF_HOURS_RULES.map((v) => ({ value: v, label: t(`policy.settings.offHoursRules.${v}`) }))} onSave={(offHours) => save({ offHours })} />
        {URGENCY_LEVELS.map((level) => (
          <TextField key={level} type="number" label={t('policy.settings.response', { level: t(`policy.settings.urgency.${level}`) })} value={String(params.urgency[level])} onSave={(v) => save({ urgency: { ...params.urgency, [level]: Number(v) } })} />
        ))}
      </fieldset>
      <p className="field-hint">{t('policy.settings.tokensHint')}</p>
    </details>
  );
}
