import { useTranslation } from 'react-i18next';
import { useProcessProblemCount, useStepProblemCount } from './use-problem-badges';
import './diagnosis.css';

function Badge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  const label = t('diagnosis.badge', { count });
  return (
    <span className="problem-badge" role="img" aria-label={label} title={label}>
      !{count}
    </span>
  );
}

/** The open problems of the register that point at a step, on its node in the diagram. */
export function StepProblemBadge({ stepId }: { stepId: string }) {
  return <Badge count={useStepProblemCount(stepId)} />;
}

/** The open problems of a process, beside its name in the explorer. */
export function ProcessProblemBadge({ processId }: { processId: string }) {
  return <Badge count={useProcessProblemCount(processId)} />;
}
