import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { measurementLabels } from '../../shared/metrics/measurement-labels';
import { addressedHeader, addressedRows, changeHeader, changeRows, deltaRows } from '../../shared/metrics/measurement-tables';
import { LANGUAGES, type Language, type ProcessVersion } from '../../shared/model/entities';
import { addressedProblems } from '../../shared/versions/addressed-problems';
import { diffDiagramSvg } from '../../shared/versions/diff-diagram';
import { compareRefs, type VersionRef } from '../../shared/versions/process-versions';
import { useProjectStore } from '../state/project-store';
import { useMetricsUi } from './metrics-ui-store';
import { useVersions } from './use-versions';

const WORKING = 'working';
const refValue = (ref: VersionRef) => (ref.kind === 'working' ? WORKING : ref.versionId);
const refOf = (value: string): VersionRef => (value === WORKING ? { kind: 'working' } : { kind: 'saved', versionId: value });

/** The sides the user picked, or the first version against the working process; versions since deleted fall back too. */
function useSides(processId: string, versions: readonly ProcessVersion[]): { from: VersionRef; to: VersionRef } | null {
  const comparing = useMetricsUi((s) => s.comparing);
  const exists = (ref: VersionRef) => ref.kind === 'working' || versions.some((v) => v.id === ref.versionId);
  if (comparing && comparing.processId === processId && exists(comparing.from) && exists(comparing.to)) return comparing;
  const first = versions[0];
  return first ? { from: { kind: 'saved', versionId: first.id }, to: { kind: 'working' } } : null;
}

/** Which way a figure moved, in words as well as by its sign. */
function direction(before: number, after: number): 'lower' | 'higher' | null {
  return after < before ? 'lower' : after > before ? 'higher' : null;
}

/** Two versions side by side in figures, one diagram with both overlaid, and the list of changes. */
export function ComparePanel({ processId }: { processId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const versions = useVersions(processId);
  const state = useProjectStore((s) => s.project?.state);
  const compare = useMetricsUi((s) => s.compare);
  const sides = useSides(processId, versions);
  const language: Language = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en';
  const labels = measurementLabels(language);
  const working = t('metrics.compare.working');
  const fromKey = sides ? refValue(sides.from) : null;
  const toKey = sides ? refValue(sides.to) : null;
  const same = fromKey !== null && fromKey === toKey;
  const comparison = useMemo(
    () => (state && fromKey !== null && toKey !== null && fromKey !== toKey ? compareRefs(state, processId, refOf(fromKey), refOf(toKey), working) : null),
    [state, processId, fromKey, toKey, working],
  );
  const diagram = useMemo(() => (comparison ? diffDiagramSvg(comparison, labels) : ''), [comparison, labels]);
  const changes = useMemo(() => (comparison ? changeRows(comparison, labels) : []), [comparison, labels]);
  const addressed = useMemo(() => (state && comparison ? addressedRows(addressedProblems(state, processId, comparison), labels) : []), [state, processId, comparison, labels]);
  const processName = state?.tables.processes[processId]?.name ?? '';

  const choose = (side: 'from' | 'to', value: string) => sides && compare({ processId, ...sides, [side]: refOf(value) });
  const options = (
    <>
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {v.label}
        </option>
      ))}
      <option value={WORKING}>{working}</option>
    </>
  );

  return (
    <section className="panel compare-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('metrics.compare.heading')}</h3>
      {!sides ? (
        <p className="empty">{t('metrics.compare.needVersion')}</p>
      ) : (
        <>
          <div className="compare-sides">
            <label>
              {t('metrics.compare.from')}
              <select value={refValue(sides.from)} onChange={(e) => choose('from', e.target.value)}>
                {options}
              </select>
            </label>
            <label>
              {t('metrics.compare.to')}
              <select value={refValue(sides.to)} onChange={(e) => choose('to', e.target.value)}>
                {options}
              </select>
            </label>
          </div>
          {same && <p className="hint">{t('metrics.compare.same')}</p>}
          {comparison && (
            <>
              <table className="delta-table">
                <caption>{t('metrics.compare.deltas', { from: comparison.from.label, to: comparison.to.label })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{labels.figure}</th>
                    <th scope="col">{comparison.from.label}</th>
                    <th scope="col">{comparison.to.label}</th>
                    <th scope="col">{labels.delta}</th>
                  </tr>
                </thead>
                <tbody>
                  {deltaRows(comparison, labels).map(([figure, before, after, delta], i) => {
                    const m = comparison.metrics[i]!;
                    const way = direction(m.before, m.after);
                    return (
                      <tr key={m.metric}>
                        <th scope="row">{figure}</th>
                        <td>{before}</td>
                        <td>{after}</td>
                        <td className={way ? `delta delta-${way}` : 'delta'}>
                          {way && <span aria-hidden="true">{way === 'lower' ? '▼ ' : '▲ '}</span>}
                          {delta}
                          {way && <span className="visually-hidden"> ({t(`metrics.compare.${way}`)})</span>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <figure className="diff-figure">
                <figcaption>{t('metrics.compare.diagram')}</figcaption>
                {/* The markup is built from the model with every user text escaped, like the exported diagram; focusable, so the keyboard can scroll it. */}
                <div className="diff-diagram" role="img" tabIndex={0} aria-label={t('metrics.compare.diagramLabel', { from: comparison.from.label, to: comparison.to.label })} dangerouslySetInnerHTML={{ __html: diagram }} />
              </figure>
              {changes.length === 0 ? (
                <p className="empty">{labels.noChanges}</p>
              ) : (
                <RowsTable caption={t('metrics.compare.changes')} header={changeHeader(labels)} rows={changes} className="change-table" />
              )}
              {addressed.length > 0 && <RowsTable caption={labels.addressedCaption(processName)} header={addressedHeader(labels)} rows={addressed} className="addressed-table" />}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** A table of text rows under a caption and a header of column names. */
function RowsTable({ caption, header, rows, className }: { caption: string; header: readonly string[]; rows: readonly string[][]; className: string }) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {header.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, k) => (
              <td key={k}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
