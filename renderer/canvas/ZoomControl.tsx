import { useStore, type ReactFlowState } from '@xyflow/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanvasActions } from './actions/actions-context';

const LEVELS = [10, 25, 50, 75, 100, 125, 150, 200, 250] as const;
const percentOf = (s: ReactFlowState) => Math.round(s.transform[2] * 100);

/** The zoom as a percentage, and the usual steps to jump to; "Fit" shows the whole process. */
export function ZoomControl() {
  const { t } = useTranslation();
  const id = useId();
  const { services } = useCanvasActions();
  const percent = useStore(percentOf);
  const options = (LEVELS as readonly number[]).includes(percent) ? LEVELS : [...LEVELS, percent].sort((a, b) => a - b);
  return (
    <div className="zoom-control">
      <label htmlFor={id} className="visually-hidden">
        {t('canvas.zoom.label')}
      </label>
      <select
        id={id}
        value={String(percent)}
        onChange={(e) => {
          if (e.target.value === 'fit') services.fit();
          else services.zoomTo(Number(e.target.value) / 100);
        }}
      >
        {options.map((level) => (
          <option key={level} value={String(level)}>
            {t('canvas.zoom.percent', { percent: level })}
          </option>
        ))}
        <option value="fit">{t('canvas.zoom.fit')}</option>
      </select>
    </div>
  );
}
