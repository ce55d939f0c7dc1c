import type { Severity } from '../../shared/raci/finding';
import { useProjectStore } from '../state/project-store';
import { badgesOf } from './finding-badges';
import { useNodeTexts } from './node-texts';

/** Count of a step's RACI findings, coloured by the worst; the label spells them out ("2 errors, 1 warning"). */
export function FindingBadgeMark({ stepId }: { stepId: string }) {
  const texts = useNodeTexts();
  // A string, so the node re-renders only when its own badge changes.
  const key = useProjectStore((s) => {
    const b = badgesOf(s.findings).get(stepId);
    return b ? `${b.worst}|${b.bySeverity.error}|${b.bySeverity.warning}|${b.bySeverity.info}` : '';
  });
  if (!key) return null;
  const [worst, error, warning, info] = key.split('|') as [Severity, string, string, string];
  const counts = { error: Number(error), warning: Number(warning), info: Number(info) };
  const label = texts.badgeLabel(counts);
  return (
    <span className={`finding-badge severity-${worst}`} role="img" aria-label={label} title={label}>
      {counts.error + counts.warning + counts.info}
    </span>
  );
}
