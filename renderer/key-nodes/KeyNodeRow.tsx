import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessLayout } from '../../shared/diagram/geometry';
import { STEP_KINDS, type Department, type Step, type StepKind } from '../../shared/model/entities';
import { CommitField } from '../canvas/CommitField';
import { OwnerSelect } from '../canvas/OwnerSelect';
import { moveToLaneCommand } from '../canvas/step-commands';
import { DURATION_UNITS, durationText, parseDuration, updateStep } from '../canvas/step-fields';
import { useProjectStore } from '../state/project-store';

interface KeyNodeRowProps {
  step: Step;
  layout: ProcessLayout;
  departments: Readonly<Record<string, Department>>;
}

/** One step as a table row of labelled fields; each edit is one command, so the diagram shows it at once. */
function KeyNodeRowView({ step, layout, departments }: KeyNodeRowProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const who = step.code || step.name || t('canvas.unnamed');
  const label = (column: 'code' | 'name' | 'kind' | 'lane' | 'input' | 'output' | 'owner' | 'duration' | 'notes') => t('keyNodes.cell', { column: t(`keyNodes.columns.${column}`), step: who });
  const save = (patch: Parameters<typeof updateStep>[1]) => void execute(updateStep(step.id, patch));

  return (
    <tr>
      <td className="col-code">
        <CommitField label={label('code')} value={step.code} maxLength={20} onCommit={(code) => save({ code: code.trim() })} />
      </td>
      <td className="col-name">
        <CommitField label={label('name')} value={step.name} maxLength={200} onCommit={(name) => save({ name: name.trim() })} />
      </td>
      <td>
        <select aria-label={label('kind')} value={step.kind} onChange={(e) => save({ kind: e.target.value as StepKind })}>
          {STEP_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`canvas.kinds.${k}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={label('lane')}
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
      </td>
      <td className="col-text">
        <CommitField label={label('input')} value={step.input} placeholder="—" multiline rows={1} onCommit={(input) => save({ input })} />
      </td>
      <td className="col-text">
        <CommitField label={label('output')} value={step.output} placeholder="—" multiline rows={1} onCommit={(output) => save({ output })} />
      </td>
      <td>
        <OwnerSelect label={label('owner')} value={step.ownerPositionId} onChange={(ownerPositionId) => save({ ownerPositionId })} />
      </td>
      <td className="col-duration">
        <div className="duration-cell">
          <CommitField
            label={label('duration')}
            placeholder="—"
            type="number"
            min={0}
            step={0.5}
            value={durationText(step)}
            onCommit={(text) => {
              const durationValue = parseDuration(text);
              if (durationValue !== undefined) save({ durationValue });
            }}
          />
          <select aria-label={t('keyNodes.unit', { step: who })} value={step.durationUnit} onChange={(e) => save({ durationUnit: e.target.value === 'days' ? 'days' : 'hours' })}>
            {DURATION_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`canvas.inspector.${u}`)}
              </option>
            ))}
          </select>
        </div>
      </td>
      <td className="col-text">
        <CommitField label={label('notes')} value={step.notes} placeholder="—" multiline rows={1} onCommit={(notes) => save({ notes })} />
      </td>
    </tr>
  );
}

export const KeyNodeRow = memo(KeyNodeRowView);
