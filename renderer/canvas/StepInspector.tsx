import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessLayout } from '../../shared/diagram/geometry';
import { ownSize, stepSize } from '../../shared/diagram/step-text';
import { KIND_STYLE } from '../../shared/diagram/diagram-style';
import { STEP_KINDS, type Department, type StepKind } from '../../shared/model/entities';
import { accountableOf, makeAccountableCommand } from '../../shared/raci/make-accountable';
import { ColourField } from './ColourField';
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
    width: useId(),
    height: useId(),
  };
  const positions = useProjectStore((s) => s.project?.state.tables.positions);
  const raciRow = useProjectStore((s) => s.project?.state.raci[stepId]);
  const others = useMemo(() => [...steps].filter((s) => s.id !== stepId).sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true })), [steps, stepId]);
  if (!step) return null;
  const save = (patch: Parameters<typeof updateStep>[1]) => void execute(updateStep(step.id, patch));
  const sizeTo = (side: 'width' | 'height', text: string) => {
    const value = Math.round(Number(text));
    if (!Number.isFinite(value) || value < 16 || value > 4000) return;
    save({ ...ownSize(step), [side]: value });
  };

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
        <CommitField id={ids.name} value={step.name} maxLength={200} wrap onCommit={(name) => save({ name: name.replace(/\s+/g, ' ').trim() })} />
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
        <AccountableOffers stepId={step.id} ownerId={step.ownerPositionId} positions={positions} departments={departments} raciRow={raciRow} />
      </div>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={ids.width}>{t('canvas.inspector.width')}</label>
          <CommitField id={ids.width} type="number" min={16} step={8} value={String(stepSize(step).width)} onCommit={(text) => sizeTo('width', text)} />
        </div>
        <div className="field">
          <label htmlFor={ids.height}>{t('canvas.inspector.height')}</label>
          <CommitField id={ids.height} type="number" min={16} step={8} value={String(stepSize(step).height)} onCommit={(text) => sizeTo('height', text)} />
        </div>
      </div>
      <div className="field inline-field">
        <span className="field-label">{t('canvas.inspector.colour')}</span>
        <ColourField value={step.color ?? KIND_STYLE[step.kind].stroke} label={t('canvas.inspector.colourOf', { code: step.code || t('canvas.unnamed') })} onCommit={(color) => save({ color })} />
        {step.color && (
          <button type="button" className="link-button" onClick={() => save({ color: null })}>
            {t('canvas.inspector.defaultColour')}
          </button>
        )}
        {(step.width !== null || step.height !== null) && (
          <button type="button" className="link-button" onClick={() => save({ width: null, height: null })}>
            {t('canvas.inspector.defaultSize')}
          </button>
        )}
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

interface AccountableOffersProps {
  stepId: string;
  ownerId: string | null;
  positions: Readonly<Record<string, { id: string; name: string; departmentId: string }>> | undefined;
  departments: Readonly<Record<string, Department>>;
  raciRow: Readonly<Record<string, string>> | undefined;
}

/**
 * The owner position is who answers for the step; the RACI's A（负责人） is who the matrix holds to
 * account. When they differ, one press makes the owner position (or its department) the only A.
 */
function AccountableOffers({ stepId, ownerId, positions, departments, raciRow }: AccountableOffersProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const owner = ownerId ? positions?.[ownerId] : undefined;
  if (!owner) return null;
  const department = departments[owner.departmentId];
  const state = useProjectStore.getState().project?.state;
  const holders = state ? accountableOf(state, stepId) : Object.keys(raciRow ?? {}).filter((p) => raciRow?.[p]?.includes('A'));
  const sole = (party: string) => holders.length === 1 && holders[0] === party;
  if (sole(owner.id) || (department && sole(department.id))) {
    return <p className="hint accountable-note">{t('canvas.inspector.ownerIsAccountable')}</p>;
  }
  const offer = (partyId: string) => {
    const current = useProjectStore.getState().project?.state;
    const command = current && makeAccountableCommand(current, stepId, partyId);
    if (command) void execute(command);
  };
  return (
    <div className="accountable-offers">
      <button type="button" onClick={() => offer(owner.id)}>
        {t('canvas.inspector.makeAccountable', { party: owner.name })}
      </button>
      {department && (
        <button type="button" onClick={() => offer(department.id)}>
          {t('canvas.inspector.makeAccountable', { party: department.name })}
        </button>
      )}
    </div>
  );
}
