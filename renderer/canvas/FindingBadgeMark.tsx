import { useTranslation } from 'react-i18next';
import type { Severity } from '../../shared/raci/finding';
import { useProjectStore } from '../state/project-store';
import { badgesOf } from './finding-badges';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Count of a step's RACI findings, coloured by the worst; the label spells them out ("2 errors, 1 warning"). */
export function FindingBadgeMark({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  // A string, so the node re-renders only when its own badge changes.
  const key = useProjectStore((s) => {
    const b = badgesOf(s.findings).get(stepId);
    return b ? `${b.worst}|${b.bySeverity.error}|${b.bySeverity.warning}|${b.bySeverity.info}` : '';
  });
  if (!key) return null;
  const [worst, ...counts] = key.split('|') as [Severity, string, string, string];
  const bySeverity = Object.fromEntries(ORDER.map((s, i) => [s, Number(counts[i])])) as Record<Severity, number>;
  const total = bySeverity.error + bySeverity.warning + bySeverity.info;
  const label = ORDER.filter((s) => bySeverity[s] > 0)
    .map((s) => t(`canvas.badge.${s}`, { count: bySeverity[s] }))
    .join(', ');
  return (
    <span className={`finding-badge severity-${worst}`} role="img" aria-label={label} title={label}>
      {total}
    </span>
  );
}
