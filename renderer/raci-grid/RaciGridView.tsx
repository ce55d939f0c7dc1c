import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingsView } from '../findings/FindingsView';
import { gridMarks } from '../findings/finding-summary';
import { useProjectStore } from '../state/project-store';
import { useAcceptedKeys } from '../state/use-accepted-keys';
import { GranularitySwitch } from './GranularitySwitch';
import { gridLayout, partiesOutsideLanes, type Granularity, type GridLayout } from './grid-layout';
import { useGridUiStore } from './grid-ui-store';
import { RaciGrid } from './RaciGrid';

const EMPTY_LAYOUT: GridLayout = { columns: [], groups: null, rows: [], stepRows: [] };

/** Rows and columns of the matrix; rebuilt only when steps, flows, phases or the organisation change, not on RACI edits. */
function useGridLayout(processId: string | null, granularity: Granularity, allParties: boolean): GridLayout {
  const tables = useProjectStore((s) => s.project?.state.tables);
  const { steps, flows, phases, processes, departments, positions, lanes } = tables ?? {};
  // Which parties hold letters in the process decides the columns only when the lanes leave one out; a RACI edit that adds one shows it.
  const extraParties = useProjectStore((s) => (allParties || !processId || !s.project ? '' : partiesOutsideLanes(s.project.state, processId)));
  return useMemo(() => {
    const state = useProjectStore.getState().project?.state;
    return state ? gridLayout(state, processId, granularity, allParties) : EMPTY_LAYOUT;
  }, [steps, flows, phases, processes, departments, positions, lanes, processId, granularity, allParties, extraParties]);
}

/** processId null: the matrix across all processes. */
export function RaciGridView({ processId }: { processId: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const hasPositions = useProjectStore((s) => Object.keys(s.project?.state.tables.positions ?? {}).length > 0);
  const chosen = useGridUiStore((s) => s.granularity);
  const setGranularity = useGridUiStore((s) => s.setGranularity);
  const showFindings = useGridUiStore((s) => s.showFindings);
  const toggleFindings = useGridUiStore((s) => s.toggleFindings);
  const granularity: Granularity = chosen ?? (hasPositions ? 'positions' : 'departments');
  const allParties = useGridUiStore((s) => s.allParties);
  const toggleAllParties = useGridUiStore((s) => s.toggleAllParties);
  const layout = useGridLayout(processId, granularity, allParties);
  const raci = useProjectStore((s) => s.project?.state.raci) ?? {};
  const processName = useProjectStore((s) => (processId ? s.project?.state.tables.processes[processId]?.name : undefined));
  const positions = useProjectStore((s) => s.project?.state.tables.positions);
  const findings = useProjectStore((s) => s.findings);
  const accepted = useAcceptedKeys();
  const marks = useMemo(() => gridMarks(findings, accepted, processId), [findings, accepted, processId]);
  const positionDepartment = useMemo(
    () => (granularity === 'departments' ? new Map(Object.values(positions ?? {}).map((p) => [p.id, p.departmentId])) : null),
    [granularity, positions],
  );

  const title = processName ?? t('raci.allProcesses');
  let empty: string | null = null;
  if (layout.columns.length === 0) empty = t('raci.noParties');
  else if (layout.stepRows.length === 0) empty = processId ? t('raci.noSteps') : t('raci.noStepsAnywhere');

  return (
    <section className="raci-view" aria-labelledby={headingId}>
      <header className="raci-view-header">
        <div>
          <h2 id={headingId}>
            {t('raci.title')} · {title}
          </h2>
          {!processId && <p>{t('raci.allProcessesHint')}</p>}
        </div>
        <button type="button" aria-pressed={showFindings} onClick={toggleFindings}>
          {showFindings ? t('raci.hideFindings') : t('raci.showFindings')}
        </button>
      </header>
      <div className="raci-body">
        {empty ? (
          <p className="empty raci-empty">{empty}</p>
        ) : (
          <RaciGrid
            layout={layout}
            label={t('raci.gridLabel', { process: title })}
            raci={raci}
            marks={marks}
            accepted={accepted}
            positionDepartment={positionDepartment}
            tools={
              <>
                {hasPositions && <GranularitySwitch value={granularity} onChange={setGranularity} />}
                {processId && (
                  <button type="button" className="all-parties" aria-pressed={allParties} onClick={toggleAllParties} title={t('raci.allPartiesHint')}>
                    {t('raci.allParties')}
                  </button>
                )}
              </>
            }
          />
        )}
        {showFindings && (
          <aside className="raci-findings-panel" aria-label={t('raci.findingsPanel')}>
            <FindingsView variant="panel" processId={processId} />
          </aside>
        )}
      </div>
    </section>
  );
}
