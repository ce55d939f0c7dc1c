import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Lane, Orientation } from '../../shared/model/entities';
import { DeleteIcon, EditIcon } from '../common/icons';
import { NameInput } from '../common/NameInput';
import { useProjectStore } from '../state/project-store';
import { ArrowIcon } from './actions/action-icons';
import { ColourField } from './ColourField';
import type { ProjectState } from '../../shared/model/project-state';
import { singleLaneChoice, type LaneHeirChoice } from '../departments/delete-department';
import { DeleteLaneDialog } from './DeleteLaneDialog';
import { deleteLaneCommand, moveLaneCommand } from './lane-commands';
import { currentRows } from './process-rows';

interface LaneListProps {
  processId: string;
  orientation: Orientation;
  lanes: readonly Lane[];
  departments: Readonly<Record<string, Department>>;
}

function LaneRow({ lane, index, count, orientation, department, onDelete }: { lane: Lane; index: number; count: number; orientation: Orientation; department: Department | undefined; onDelete: () => void }) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const [renaming, setRenaming] = useState(false);
  const name = department?.name ?? '';
  const horizontal = orientation === 'horizontal';

  function move(toIndex: number): void {
    const rows = currentRows(lane.processId);
    if (rows) void execute(moveLaneCommand(rows, lane.id, toIndex));
  }

  return (
    <li className="item lane-item">
      <ColourField
        label={t('canvas.lanes.colour', { name })}
        value={department?.color ?? '#4f7cac'}
        onCommit={(color) => {
          if (department) void execute({ type: 'update', table: 'departments', id: department.id, patch: { color } });
        }}
      />
      {renaming && department ? (
        <NameInput
          initial={name}
          label={t('canvas.lanes.newName', { name })}
          onCommit={(newName) => {
            setRenaming(false);
            void execute({ type: 'update', table: 'departments', id: department.id, patch: { name: newName } });
          }}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <span className="item-name" onDoubleClick={() => setRenaming(true)}>
          {name}
        </span>
      )}
      <span className="item-actions always">
        <button type="button" className="icon-button" aria-label={t(horizontal ? 'canvas.lanes.moveUp' : 'canvas.lanes.moveLeft', { name })} title={t(horizontal ? 'canvas.lanes.moveUp' : 'canvas.lanes.moveLeft', { name })} disabled={index === 0} onClick={() => move(index - 1)}>
          <ArrowIcon direction={horizontal ? 'up' : 'left'} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t(horizontal ? 'canvas.lanes.moveDown' : 'canvas.lanes.moveRight', { name })}
          title={t(horizontal ? 'canvas.lanes.moveDown' : 'canvas.lanes.moveRight', { name })}
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        >
          <ArrowIcon direction={horizontal ? 'down' : 'right'} />
        </button>
        <button type="button" className="icon-button" aria-label={t('canvas.lanes.rename', { name })} title={t('canvas.lanes.rename', { name })} onClick={() => setRenaming(true)}>
          <EditIcon />
        </button>
        <button type="button" className="icon-button" aria-label={t('canvas.lanes.delete', { name })} title={t('canvas.lanes.delete', { name })} onClick={onDelete}>
          <DeleteIcon />
        </button>
      </span>
    </li>
  );
}

/** The process's lanes in order: colour, name (the department's), move, rename, delete. */
export function LaneList({ processId, orientation, lanes, departments }: LaneListProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const headingId = useId();
  const [pending, setPending] = useState<{ state: ProjectState; choice: LaneHeirChoice } | null>(null);

  function requestDelete(lane: Lane): void {
    const rows = currentRows(processId);
    const state = useProjectStore.getState().project?.state;
    if (!rows || !state) return;
    const choice = singleLaneChoice(state, lane.id);
    if (choice && choice.steps > 0) setPending({ state, choice });
    else void execute(deleteLaneCommand(rows, lane.id));
  }

  return (
    <>
      <h4 id={headingId} className="panel-subheading">
        {t('canvas.lanes.title')}
      </h4>
      {lanes.length === 0 ? (
        <p className="empty">{t('canvas.lanes.empty')}</p>
      ) : (
        <ul className="item-list" aria-labelledby={headingId}>
          {lanes.map((lane, i) => (
            <LaneRow key={lane.id} lane={lane} index={i} count={lanes.length} orientation={orientation} department={departments[lane.departmentId]} onDelete={() => requestDelete(lane)} />
          ))}
        </ul>
      )}
      {pending && (
        <DeleteLaneDialog
          state={pending.state}
          choice={pending.choice}
          onCancel={() => setPending(null)}
          onConfirm={(command) => {
            setPending(null);
            void execute(command);
          }}
        />
      )}
    </>
  );
}
