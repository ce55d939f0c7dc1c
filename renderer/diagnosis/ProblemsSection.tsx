import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemRegister } from '../../shared/diagnosis/problem-register';
import { formatNumber } from '../../shared/diagnosis/problem-priority';
import { PROBLEM_SOURCES, PROBLEM_STATUSES, type ProblemSource, type ProblemStatus } from '../../shared/model/diagnosis-entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { AddNameForm } from '../common/AddNameForm';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { useDiagnosisUi } from './diagnosis-ui-store';
import { PriorityRuleEditor } from './PriorityRuleEditor';
import { TableHead } from './TableHead';
import { ProblemEditor } from './ProblemEditor';
import { filterProblems, NO_FILTER, PROBLEM_SORTS, type ProblemFilter, type ProblemSort } from './problem-filter';
import { RowOptions, ValueOptions } from './Options';
import { useRows, useTerms } from './use-diagnosis';

/** 问题清单: every problem with its evidence and links, ranked by the project's priority rule. */
export function ProblemsSection() {
  const { t } = useTranslation();
  const terms = useTerms();
  const execute = useProjectStore((s) => s.execute);
  const state = useProjectStore((s) => s.project?.state);
  const selectedId = useDiagnosisUi((s) => s.problemId);
  const open = useDiagnosisUi((s) => s.openProblem);
  const [filter, setFilter] = useState<ProblemFilter>(NO_FILTER);
  const processes = sortedByOrder(Object.values(useRows('processes')));
  const problems = useRows('problems');
  const steps = useRows('steps');
  const problemSteps = useRows('problemSteps');
  const problemProcesses = useRows('problemProcesses');
  const problemDepartments = useRows('problemDepartments');
  const diagnosis = state?.meta.diagnosis;
  // Only these feed the register; other edits leave it be.
  const register = useMemo(() => (state ? problemRegister(state) : []), [problems, problemSteps, problemProcesses, problemDepartments, steps, diagnosis]);
  const processesOf = useMemo(() => {
    const map = new Map<string, Set<string>>();
    const add = (problemId: string, processId: string | undefined) => processId && (map.get(problemId) ?? map.set(problemId, new Set()).get(problemId)!).add(processId);
    for (const l of Object.values(problemProcesses)) add(l.problemId, l.processId);
    for (const l of Object.values(problemSteps)) add(l.problemId, steps[l.stepId]?.processId);
    return (id: string) => map.get(id) ?? new Set<string>();
  }, [problemProcesses, problemSteps, steps]);
  const shown = filterProblems(register, filter, processesOf);
  const selected = selectedId ? problems[selectedId] : undefined;

  return (
    <div className="diagnosis-section">
      <PriorityRuleEditor />
      <section className="panel" aria-labelledby="register-heading">
        <h3 id="register-heading">{terms.problemRegister}</h3>
        <AddNameForm
          submitLabel={t('diagnosis.problems.add')}
          nameLabel={t('diagnosis.problems.newTitle')}
          maxLength={300}
          onAdd={async (title) => {
            const id = newId('pb-');
            const done = await execute({ type: 'add', table: 'problems', row: { id, title, createdAt: new Date().toISOString() } });
            if (done) open(id);
            return done;
          }}
        />
        <div className="field-row filters" role="group" aria-label={t('diagnosis.problems.filters')}>
          <label className="field">
            <span className="field-label">{terms.status}</span>
            <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as ProblemStatus | '' })}>
              <ValueOptions values={PROBLEM_STATUSES} labels={terms.statuses} none={t('diagnosis.problems.all')} />
            </select>
          </label>
          <label className="field">
            <span className="field-label">{terms.source}</span>
            <select value={filter.source} onChange={(e) => setFilter({ ...filter, source: e.target.value as ProblemSource | '' })}>
              <ValueOptions values={PROBLEM_SOURCES} labels={terms.sources} none={t('diagnosis.problems.all')} />
            </select>
          </label>
          <label className="field">
            <span className="field-label">{terms.process}</span>
            <select value={filter.processId} onChange={(e) => setFilter({ ...filter, processId: e.target.value })}>
              <RowOptions rows={processes} none={t('diagnosis.problems.all')} />
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('diagnosis.problems.search')}</span>
            <input type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
          </label>
          <label className="field">
            <span className="field-label">{t('diagnosis.problems.sortBy')}</span>
            <select value={filter.sort} onChange={(e) => setFilter({ ...filter, sort: e.target.value as ProblemSort })}>
              {PROBLEM_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`diagnosis.problems.sort.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {register.length === 0 ? (
          <p className="empty">{terms.noProblems}</p>
        ) : shown.length === 0 ? (
          <p className="empty">{t('diagnosis.problems.noneMatch')}</p>
        ) : (
          <div className="table-scroll">
            <table className="diagnosis-table problem-table">
              <TableHead columns={[terms.rank, terms.problem, terms.source, terms.impact, terms.urgency, terms.score, terms.priority, terms.status, t('diagnosis.problems.linked')]} />
              <tbody>
                {shown.map((e) => (
                  <tr key={e.problem.id} className={e.problem.id === selectedId ? 'selected' : undefined}>
                    <td className="number">{e.rank}</td>
                    <th scope="row">
                      <button type="button" className="link-button" aria-current={e.problem.id === selectedId ? 'true' : undefined} onClick={() => open(e.problem.id)}>
                        {e.problem.title}
                      </button>
                    </th>
                    <td>{terms.sources[e.problem.source]}</td>
                    <td className="number">{e.problem.impact}</td>
                    <td className="number">{e.problem.urgency}</td>
                    <td className="number">{formatNumber(e.score)}</td>
                    <td>
                      <span className={`priority-badge band-${e.band}`}>{terms.bands[e.band]}</span>
                    </td>
                    <td>{terms.statuses[e.problem.status]}</td>
                    <td>{[...e.processes, ...e.steps].join(terms.listSeparator)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {selected && <ProblemEditor key={selected.id} problem={selected} onClose={() => open(null)} />}
    </div>
  );
}
