import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../common/use-modal-dialog';
import { useProjectStore } from '../state/project-store';
import { rememberDecidedBy, rememberedDecidedBy } from './decided-by-memory';

export interface DecisionFields {
  decidedBy: string;
  reason: string;
}

interface DecisionDialogProps {
  title: string;
  /** The finding being decided, shown under the title. */
  subject: string;
  submitLabel: string;
  /** Extra fields above "decided by" (the accountable party); return an error message to block submitting. */
  children?: ReactNode;
  validate?: () => string | null;
  onSubmit(fields: DecisionFields): void;
  onCancel(): void;
}

/** A modal form for a decision on a finding: who decided and why (both required), plus what `children` asks. */
export function DecisionDialog({ title, subject, submitLabel, children, validate, onSubmit, onCancel }: DecisionDialogProps) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const titleId = useId();
  const subjectId = useId();
  const errorId = useId();
  const [decidedBy, setDecidedBy] = useState(() => rememberedDecidedBy(useProjectStore.getState().project?.state));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: 'other' | 'decidedBy' | 'reason'; text: string } | null>(null);

  function submit(e: FormEvent): void {
    e.preventDefault();
    const other = validate?.() ?? null;
    if (other) return setError({ field: 'other', text: other });
    if (!decidedBy.trim()) return setError({ field: 'decidedBy', text: t('findings.dialog.needDecidedBy') });
    if (!reason.trim()) return setError({ field: 'reason', text: t('findings.dialog.needReason') });
    rememberDecidedBy(decidedBy.trim());
    onSubmit({ decidedBy: decidedBy.trim(), reason: reason.trim() });
  }

  const invalid = (field: 'decidedBy' | 'reason') => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});

  return (
    <dialog
      ref={ref}
      className="confirm-dialog decision-dialog"
      aria-labelledby={titleId}
      aria-describedby={subjectId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        <p id={subjectId} className="decision-subject">
          {subject}
        </p>
        {children}
        <div className="field">
          <label htmlFor={`${titleId}-by`}>{t('findings.dialog.decidedBy')}</label>
          <input id={`${titleId}-by`} value={decidedBy} maxLength={200} onChange={(e) => setDecidedBy(e.target.value)} {...invalid('decidedBy')} />
          <span className="hint">{t('findings.dialog.decidedByHint')}</span>
        </div>
        <div className="field">
          <label htmlFor={`${titleId}-reason`}>{t('findings.dialog.reason')}</label>
          <textarea id={`${titleId}-reason`} value={reason} rows={3} maxLength={10_000} required onChange={(e) => setReason(e.target.value)} {...invalid('reason')} />
        </div>
        {error && (
          <p id={errorId} className="form-error" role="alert">
            {error.text}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
