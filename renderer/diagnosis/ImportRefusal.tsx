import { useTranslation } from 'react-i18next';
import type { RefusedImport } from './use-diagnosis-files';

/** Why an import was refused, every problem in the interface's language; nothing was changed. */
export function ImportRefusal({ refused, onDismiss }: { refused: RefusedImport; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="import-refusal" role="alert">
      <p>
        <strong>{t('diagnosis.files.refused', { count: refused.total })}</strong>
      </p>
      <ul>
        {refused.problems.map((p, i) => (
          <li key={i}>{t(p.key, { ns: 'userErrors', ...p.params } as never) as unknown as string}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
