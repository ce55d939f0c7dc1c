import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Orientation } from '../../shared/model/entities';
import { useProjectStore } from '../state/project-store';
import { currentRows } from './process-rows';
import { orientationCommand } from './relayout';

const ORIENTATIONS: readonly Orientation[] = ['horizontal', 'vertical'];

/** Lanes as rows or columns; switching moves every step so it keeps its lane and its place along the flow. */
export function OrientationSwitch({ processId, orientation }: { processId: string; orientation: Orientation }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  // The choice shows at once, before the change comes back from the project.
  const [asked, setAsked] = useState<Orientation | null>(null);
  const shown = asked ?? orientation;

  async function choose(o: Orientation): Promise<void> {
    const rows = currentRows(processId);
    if (!rows || o === rows.process.orientation) return;
    setAsked(o);
    await execute(orientationCommand(processId, o, rows.steps));
    setAsked(null);
  }

  return (
    <fieldset className="orientation-switch">
      <legend>{t('canvas.orientation.label')}</legend>
      <div className="options">
        {ORIENTATIONS.map((o) => (
          <label key={o} className={o === shown ? 'is-checked' : undefined}>
            <input type="radio" name={`orientation-${processId}`} value={o} checked={o === shown} onChange={() => void choose(o)} />
            {t(`canvas.orientation.${o}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
