import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../shared/model/entities';
import type { LaneHeirChoice } from './delete-department';

export type StepFate = 'move' | 'delete';

interface StepFateChoiceProps {
  choices: readonly LaneHeirChoice[];
  departments: Readonly<Record<string, Department>>;
  fate: StepFate;
  onFate: (fate: StepFate) => void;
  heirs: ReadonlyMap<string, string>;
  onHeir: (laneId: string, heirId: string) => void;
  /** Names the process beside each lane picker; one lane alone needs no process name. */
  showProcess: boolean;
  /** The question the choice answers, e.g. "Its lanes hold 3 steps. What happens to them?" */
  question: string;
}

/** Move the steps of departing lanes to another lane of their process (the default) or delete them. */
export function StepFateChoice({ choices, departments, fate, onFate, heirs, onHeir, showProcess, question }: StepFateChoiceProps) {
  const { t } = useTranslation();
  const name = useId();
  const movable = choices.filter((c) => c.others.length > 0);
  return (
    <fieldset className="step-fate">
      <legend>{question}</legend>
      {movable.length > 0 && (
        <label className="step-fate-option">
          <input type="radio" name={name} value="move" checked={fate === 'move'} onChange={() => onFate('move')} />
          {t('departments.moveSteps')}
        </label>
      )}
      {movable.length > 0 && fate === 'move' && (
        <div className="step-fate-lanes">
          {movable.map((c) => (
            <HeirSelect key={c.lane.id} choice={c} departments={departments} value={heirs.get(c.lane.id) ?? ''} onChange={(id) => onHeir(c.lane.id, id)} showProcess={showProcess} />
          ))}
          {movable.length < choices.length && <p className="hint">{t('departments.noOtherLane', { count: choices.length - movable.length })}</p>}
        </div>
      )}
      <label className="step-fate-option">
        <input type="radio" name={name} value="delete" checked={fate === 'delete' || movable.length === 0} onChange={() => onFate('delete')} />
        {t('departments.deleteSteps')}
      </label>
    </fieldset>
  );
}

function HeirSelect({ choice, departments, value, onChange, showProcess }: { choice: LaneHeirChoice; departments: Readonly<Record<string, Department>>; value: string; onChange: (id: string) => void; showProcess: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{showProcess ? t('departments.moveToIn', { process: choice.process.name, count: choice.steps }) : t('departments.moveTo', { count: choice.steps })}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {choice.others.map((l) => (
          <option key={l.id} value={l.id}>
            {departments[l.departmentId]?.name ?? ''}
          </option>
        ))}
      </select>
    </div>
  );
}
