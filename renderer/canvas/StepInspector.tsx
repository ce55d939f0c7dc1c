import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessLayout } from '../../shared/diagram/geometry';
import { STEP_KINDS, type Department, type StepKind } from '../../shared/model/entities';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { useCanvasUi } from './canvas-ui-store';
import { CommitField } from './CommitField';
import { OwnerSelect } from './OwnerSelect';
import { stepLabel } from './step-nodes';
import { addFlowCommand, moveToLaneCommand } from './step-commands';
import { DURATION_UNITS, durationText, parseDuration, updateStep } from './step-fields';
import { useFlows, useSteps } from './use-process-rows';

interface StepInspectorProps {
  stepId: string;
  layout: ProcessLayout;
  departments: Readonly<Record<string, Department>>;
  onDelete: () => void;
}

/** Every field of the selected step; each change is saved as one command when the field is left. */
export function StepInspector({ stepId, layout, departments, onDelete }: StepInspectorProps) {
  const { t } = useTranslation();
  const step = useProjectStore((s) => s.project?.state.tables.steps[stepId]);
  const execute = useProjectStore((s) => s.execute);
  const steps = useSteps(step?.processId ?? '');
  const flows = useFlows(step?.processId ?? '');
  const [target, setTarget] = useState('');
  const connectSelect = useRef<HTMLSelectElement>(null);
  const say = useCanvasUi((s) => s.say);
  const ids = {
    code: useId(),
    name: useId(),
    kind: useId(),
    lane: useId(),
    input: useId(),
    output: useId(),
    owner: useId(),
    duration: useId(),
    unit: useId(),
    notes: useId(),
    connect: useId(),
  };
  const others = useMemo(() => [...steps].filter((s) => s.id !== stepId).sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true })), [steps, stepId]);
  if (!step) return null;
  const save = (patch: Parameters<typeof updateStep>[1]) => void execute(updateStep(step.id, patch));

  return (
    <section className="inspector" aria-labelledby={`${ids.code}-title`}>
      <h3 id={`${ids.code}-title`} className="panel-title">
        {t('canvas.inspector.title')} <span className="panel-subtitle">{stepLabel(step)}</span>
      </h3>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={ids.code}>{t('canvas.inspector.code')}</label>
          <CommitField id={ids.code} value={step.code} maxLength={20} onCommit={(code) => save({ code: code.trim() })} />
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('canvas.inspector.kind')}</label>
          <select id={ids.kind} value={step.kind} onChange={(e) => save({ kind: e.target.value as StepKind })}>
            {STEP_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`canvas.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('canvas.inspector.name')}</label>
        <CommitField id={ids.name} value={step.name} maxLength={200} onCommit={(name) => save({ name: name.trim() })} />
      </div>
      <div className="field">
        <label htmlFor={ids.lane}>{t('canvas.inspector.lane')}</label>
        <select
          id={ids.lane}
          value={step.laneId}
          onChange={(e) => {
            const command = moveToLaneCommand(layout, step, e.target.value);
            if (command) void execute(command);
          }}
        >
          {layout.lanes.map((b) => (
            <option key={b.lane.id} value={b.lane.id}>
              {departments[b.lane.departmentId]?.name ?? ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.input}>{t('canvas.inspector.input')}</label>
        <CommitField id={ids.input} value={step.input} multiline onCommit={(input) => save({ input })} />
      </div>
      <div className="field">
        <label htmlFor={ids.output}>{t('canvas.inspector.output')}</label>
        <CommitField id={ids.output} value={step.output} multiline onCommit={(output) => save({ output })} />
      </div>
      <div className="field">
        <label htmlFor={ids.owner}>{t('canvas.inspector.owner')}</label>
        <OwnerSelect id={ids.owner} value={step.ownerPositionId} onChange={(ownerPositionId) => save({ ownerPositionId })} />
      </div>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={ids.duration}>{t('canvas.inspector.duration')}</label>
          <CommitField
            id={ids.duration}
            type="number"
            min={0}
            step={0.5}
            value={durationText(step)}
            onCommit={(text) => {
              const durationValue = parseDuration(text);
              if (durationValue !== undefined) save({ durationValue });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.unit}>{t('canvas.inspector.unit')}</label>
          <select id={ids.unit} value={step.durationUnit} onChange={(e) => save({ durationUnit: e.target.value === 'days' ? 'days' : 'hours' })}>
            {DURATION_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`canvas.inspector.${u}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.notes}>{t('canvas.inspector.notes')}</label>
        <CommitField id={ids.notes} value={step.notes} multiline onCommit={(notes) => save({ notes })} />
      </div>
      <div className="field">
        <label htmlFor={ids.connect}>{t('canvas.inspector.connect')}</label>
        <div className="inline-form">
          <select ref={connectSelect} id={ids.connect} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('canvas.inspector.chooseStep')}</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {stepLabel(s) || t('canvas.unnamed')}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!target}
            onClick={() => {
              const command = addFlowCommand(flows, step.processId, newId('f_'), step.id, target);
              const to = others.find((s) => s.id === target);
              if (command)
                void execute(command).then((done) => done && to && say(t('canvas.status.flowAdded', { from: stepLabel(step) || t('canvas.unnamed'), to: stepLabel(to) || t('canvas.unnamed') })));
              setTarget('');
              // The button is disabled again at once: the focus goes back to the list, ready for another flow.
              connectSelect.current?.focus();
            }}
          >
            {t('canvas.inspector.addFlow')}
          </button>
        </div>
      </div>
      <div className="panel-actions">
        <button type="button" className="danger-outline" onClick={onDelete}>
          {t('canvas.inspector.delete')}
        </button>
      </div>
    </section>
  );
}
