import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderSteps } from '../../shared/process/step-order';
import { canvasLayout, stepReach } from '../canvas/canvas-layout';
import { useDepartments, useFlows, useLanes, usePhases, useProcess, usePositions, useSteps } from '../canvas/use-process-rows';
import { KEY_NODE_COLUMNS, nextSort, sortKeyNodes, type KeyNodeColumn, type KeyNodeSort } from './key-node-sort';
import { KeyNodeRow } from './KeyNodeRow';
import './key-nodes.css';

const NO_DEPARTMENTS = {};

function SortHeader({ column, sort, onSort }: { column: KeyNodeColumn; sort: KeyNodeSort | null; onSort: (column: KeyNodeColumn) => void }) {
  const { t } = useTranslation();
  const active = sort?.column === column;
  const name = t(`keyNodes.columns.${column}`);
  return (
    <th scope="col" className={`col-${column}`} aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" title={t('keyNodes.sortBy', { column: name })} onClick={() => onSort(column)}>
        {name}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** The key-node table (关键节点说明表): the process's steps with every field editable, sortable by any column. */
export function KeyNodeTableView({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const process = useProcess(processId);
  const lanes = useLanes(processId);
  const phases = usePhases(processId);
  const steps = useSteps(processId);
  const flows = useFlows(processId);
  const departments = useDepartments() ?? NO_DEPARTMENTS;
  const positions = usePositions();
  const [sort, setSort] = useState<KeyNodeSort | null>(null);
  const captionId = useId();
  const orientation = process?.orientation ?? 'horizontal';

  const layout = useMemo(() => canvasLayout(orientation, lanes, phases, stepReach(steps, orientation)), [orientation, lanes, phases, steps]);
  const inFlowOrder = useMemo(() => orderSteps(steps, flows, orientation), [steps, flows, orientation]);
  const rows = useMemo(() => {
    const laneOrder = new Map(lanes.map((l, i) => [l.id, i]));
    const ownerName = (id: string | null) => (id ? (positions?.[id]?.name ?? '') : '');
    return sortKeyNodes(inFlowOrder, sort, { laneOrder, ownerName });
  }, [inFlowOrder, sort, lanes, positions]);

  if (!process) return null;
  return (
    <div className="key-node-view" data-process={processId}>
      <div className="key-node-header">
        <div>
          <h2>{t('keyNodes.heading')}</h2>
          <p>{t('keyNodes.flowOrderHint')}</p>
        </div>
        <button type="button" disabled={sort === null} onClick={() => setSort(null)}>
          {t('keyNodes.flowOrder')}
        </button>
      </div>
      {steps.length === 0 ? (
        <p className="empty key-node-empty">{t('keyNodes.empty')}</p>
      ) : (
        <div className="key-node-scroll">
          <table className="key-node-table" aria-describedby={captionId}>
            <caption id={captionId} className="visually-hidden">
              {t('keyNodes.caption', { name: process.name })}
            </caption>
            <thead>
              <tr>
                {KEY_NODE_COLUMNS.map((c) => (
                  <SortHeader key={c} column={c} sort={sort} onSort={(column) => setSort(nextSort(sort, column))} />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((step) => (
                <KeyNodeRow key={step.id} step={step} layout={layout} departments={departments} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
