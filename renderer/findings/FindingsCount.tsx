import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';
import { useAcceptedKeys } from '../state/use-accepted-keys';
import { countFindings } from './finding-summary';
import { countsText } from './finding-text';
import { SeverityIcon } from './SeverityIcon';

/** "2 errors · 1 warning" in the status bar; accepted exceptions are not open errors. Named, as other features have status lines too. */
export function FindingsCount() {
  const { t } = useTranslation();
  const findings = useProjectStore((s) => s.findings);
  const accepted = useAcceptedKeys();
  const counts = useMemo(() => countFindings(findings, accepted), [findings, accepted]);
  const worst = counts.error ? 'error' : counts.warning ? 'warning' : counts.info ? 'info' : null;
  return (
    <div className={`findings-count${worst ? ` count-${worst}` : ' count-clear'}`} role="status" aria-label={t('findings.statusLabel')}>
      {worst && <SeverityIcon severity={worst} size={14} />}
      {countsText(t, counts)}
    </div>
  );
}
