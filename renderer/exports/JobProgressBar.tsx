import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../shared/jobs/job-progress';
import { api } from '../api/api';
import { currentSession } from '../state/project-store';
import './job-progress.css';

/** How often the bar asks how far the job has got; the API answers at once while the job runs elsewhere. */
const POLL_MS = 200;

/** Follows the session's export or import while `active`; null until the job has started, and after it ends. */
function useJobProgress(active: boolean): JobProgress | null {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    let stopped = false;
    const poll = async () => {
      const result = await api.invoke('jobs.progress', { session: currentSession() });
      if (!stopped && result.ok) setProgress(result.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active]);
  return progress;
}

/** The running export or import: what it is doing, how far it has got, and a way to stop it. */
export function JobProgressBar({ active, onCancel }: { active: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  const progress = useJobProgress(active);
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => setCancelling(false), [progress?.id]);
  if (!progress) return null;
  const percent = Math.round(progress.fraction * 100);
  const stage = t(`exports.stage.${progress.stage}`);
  return (
    <div className="job-progress">
      <div
        role="progressbar"
        aria-label={t(`exports.progress.${progress.kind}`)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('exports.progress.text', { stage, percent })}
        className="job-progress-track"
      >
        <div className="job-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="job-progress-text" aria-hidden="true">
        {t('exports.progress.text', { stage, percent })}
      </span>
      <button
        type="button"
        disabled={cancelling}
        onClick={() => {
          setCancelling(true);
          onCancel();
          void api.invoke('jobs.cancel', { session: currentSession(), id: progress.id });
        }}
      >
        {t(`exports.progress.cancel.${progress.kind}`)}
      </button>
    </div>
  );
}
