import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../shared/model/entities';
import { sortedByOrder } from '../../shared/model/project-state';
import type { Finding, Severity } from '../../shared/raci/finding';
import { useGridUiStore } from '../raci-grid/grid-ui-store';
import { useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';
import { AcceptDialog } from './AcceptDialog';
import { countFindings, SEVERITIES, bySeverity } from './finding-summary';
import { RULES } from '../../shared/raci/rule-catalogue';
import { groupFindings } from './finding-groups';
import { asLanguage, countsText } from './finding-text';
import { SeverityIcon } from './SeverityIcon';
import { FindingItem } from './FindingItem';
import { RaciSettingsForm } from './RaciSettingsForm';
import { ResolutionLog } from './ResolutionLog';
import { ResolveDialog } from './ResolveDialog';
import { ReviewNotes } from '../review-notes/ReviewNotes';

const PAGE = 100;

type StatusFilter = 'all' | 'open' | 'accepted';
type Open = { kind: 'resolve'; finding: Finding } | { kind: 'accept'; findings: readonly Finding[] } | null;

interface FindingsViewProps {
  /** 'panel': beside the matrix, for its process only, without the log and settings. */
  variant?: 'page' | 'panel';
  /** The panel's process; null for all processes. */
  processId?: string | null;
}

/** Every RACI finding, filterable, with jumps to the matrix or diagram and the decisions that settle them. */
export function FindingsView({ variant = 'page', processId = null }: FindingsViewProps) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const headingId = useId();
  const findings = useProjectStore((s) => s.findings);
  const decisions = useProjectStore((s) => s.project?.state.tables.decisions);
  const processes = useProjectStore((s) => s.project?.state.tables.processes);
  const steps = useProjectStore((s) => s.project?.state.tables.steps);
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [processFilter, setProcessFilter] = useState<string>('all');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<Open>(null);
  const showCell = useGridUiStore((s) => s.showCell);
  const focusStep = useViewStore((s) => s.focusStep);
  const panel = variant === 'panel';
  const scope = panel ? processId : processFilter === 'all' ? null : processFilter;

  const acceptance = useMemo(() => {
    const map = new Map<string, Decision>();
    for (const d of Object.values(decisions ?? {})) if (d.kind === 'accepted') map.set(d.findingKey, d);
    return map;
  }, [decisions]);
  const accepted = useMemo(() => new Set(acceptance.keys()), [acceptance]);
  const processList = useMemo(() => sortedByOrder(Object.values(processes ?? {})), [processes]);

  const inScope = useMemo(() => (scope ? findings.filter((f) => f.processId === scope) : findings), [findings, scope]);
  const listed = useMemo(() => {
    const processOrder = new Map(processList.map((p, i) => [p.id, i]));
    const code = (f: Finding) => (f.stepId ? (steps?.[f.stepId]?.code ?? '') : '');
    return inScope
      .filter((f) => (severity === 'all' || f.severity === severity) && (status === 'all' || (status === 'accepted') === accepted.has(f.key)))
      .sort((a, b) => bySeverity(a, b) || (processOrder.get(a.processId) ?? 0) - (processOrder.get(b.processId) ?? 0) || code(a).localeCompare(code(b), undefined, { numeric: true }) || a.key.localeCompare(b.key));
  }, [inScope, severity, status, accepted, processList, steps]);

  const onShowInMatrix = useCallback((f: Finding) => showCell(panel ? null : f.processId, { stepId: f.stepId, partyId: f.partyIds[0] ?? null }), [showCell, panel]);
  const onShowOnDiagram = useCallback((f: Finding) => f.stepId && focusStep(f.processId, f.stepId, 'diagram'), [focusStep]);
  const onResolve = useCallback((finding: Finding) => setOpen({ kind: 'resolve', finding }), []);
  const onAccept = useCallback((finding: Finding) => setOpen({ kind: 'accept', findings: [finding] }), []);
  const groups = useMemo(() => groupFindings(listed.slice(0, limit)), [listed, limit]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  function filter<T>(set: (value: T) => void): (value: T) => void {
    return (value) => {
      set(value);
      setLimit(PAGE);
    };
  }

  return (
    <section className={`findings-view findings-${variant}`} aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId}>{t('findings.title')}</h2>
        <p className="findings-summary">{countsText(t, countFindings(inScope, accepted))}</p>
        {!panel && <p>{t('findings.intro')}</p>}
      </header>

      <div className="findings-filters" role="group" aria-label={t('findings.filters')}>
        <label className="field">
          <span>{t('findings.filterSeverity')}</span>
          <select value={severity} onChange={(e) => filter(setSeverity)(e.target.value as Severity | 'all')}>
            <option value="all">{t('findings.allSeverities')}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`findings.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {!panel && (
          <label className="field">
            <span>{t('findings.filterProcess')}</span>
            <select value={processFilter} onChange={(e) => filter(setProcessFilter)(e.target.value)}>
              <option value="all">{t('findings.allProcesses')}</option>
              {processList.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{t('findings.filterStatus')}</span>
          <select value={status} onChange={(e) => filter(setStatus)(e.target.value as StatusFilter)}>
            <option value="all">{t('findings.allStatuses')}</option>
            <option value="open">{t('findings.status.open')}</option>
            <option value="accepted">{t('findings.status.accepted')}</option>
          </select>
        </label>
      </div>

      {listed.length === 0 ? (
        <p className="empty findings-empty">{findings.length === 0 ? t('findings.noneAtAll') : t('findings.noneMatch')}</p>
      ) : (
        <>
          <div className="finding-groups">
            {groups.map((group) => {
              const title = RULES[group.ruleId].title[language];
              const open = group.findings.filter((f) => !accepted.has(f.key));
              const isCollapsed = collapsed.has(group.key);
              const groupHeadingId = `${headingId}-${group.key}`;
              return (
                <section key={group.key} className={`finding-group finding-${RULES[group.ruleId].severity}`} aria-labelledby={groupHeadingId}>
                  <div className="finding-group-head">
                    <h3 id={groupHeadingId}>
                      <button
                        type="button"
                        className="finding-group-toggle"
                        aria-expanded={!isCollapsed}
                        onClick={() => setCollapsed((c) => (c.has(group.key) ? new Set([...c].filter((k) => k !== group.key)) : new Set([...c, group.key])))}
                      >
                        <SeverityIcon severity={RULES[group.ruleId].severity} />
                        <span className="finding-title">{title}</span>
                        {!scope && <span className="finding-process">{processes?.[group.processId]?.name}</span>}
                        <span className="finding-count">{group.findings.length}</span>
                      </button>
                    </h3>
                    {open.length > 1 && (
                      <button type="button" onClick={() => setOpen({ kind: 'accept', findings: open })}>
                        {t('findings.acceptAll', { count: open.length })}
                      </button>
                    )}
                  </div>
                  {!isCollapsed && (
                    <>
                      <p className="finding-fix">
                        <span className="finding-fix-label">{t('findings.fix')}</span> {RULES[group.ruleId].fix[language]}
                      </p>
                      <ul className="finding-list" aria-label={title}>
                        {group.findings.map((f) => (
                          <FindingItem key={f.key} finding={f} acceptance={acceptance.get(f.key)} onShowInMatrix={onShowInMatrix} onShowOnDiagram={onShowOnDiagram} onResolve={onResolve} onAccept={onAccept} />
                        ))}
                      </ul>
                    </>
                  )}
                </section>
              );
            })}
          </div>
          {listed.length > limit && (
            <div className="findings-more">
              <span>{t('findings.shown', { shown: limit, total: listed.length })}</span>
              <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
                {t('findings.showMore', { count: Math.min(PAGE, listed.length - limit) })}
              </button>
            </div>
          )}
        </>
      )}

      <ReviewNotes processId={scope} />

      {!panel && (
        <div className="findings-columns">
          <ResolutionLog />
          <RaciSettingsForm />
        </div>
      )}

      {open?.kind === 'resolve' && <ResolveDialog finding={open.finding} onClose={() => setOpen(null)} />}
      {open?.kind === 'accept' && <AcceptDialog findings={open.findings} onClose={() => setOpen(null)} />}
    </section>
  );
}
