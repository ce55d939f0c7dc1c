import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionLabel, stepLabel } from '../../shared/diagnosis/problem-register';
import { PROBLEM_SOURCES, PROBLEM_STATUSES, type Problem, type ProblemSource, type ProblemStatus } from '../../shared/model/diagnosis-entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { CommitField } from '../canvas/CommitField';
import { DeleteIcon } from '../common/icons';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { DeleteRowButton } from './DeleteRowButton';
import { LinkChecklist } from './LinkChecklist';
import { StepOptions } from './StepOptions';
import { ValueOptions } from './Options';
import { useRows, useTerms } from './use-diagnosis';

const SCORES = [1, 2, 3, 4, 5] as const;

/** Everything about one problem: what it is, its evidence and rating, where it sits, what addresses it. */
export function ProblemEditor({ problem, onClose }: { problem: Problem; onClose: () => void }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const execute = useProjectStore((s) => s.execute);
  const state = useProjectStore((s) => s.project?.state);
  const processes = sortedByOrder(Object.values(useRows('processes')));
  const departments = sortedByOrder(Object.values(useRows('departments')));
  const steps = Object.values(useRows('steps'));
  const decisions = Object.values(useRows('decisions'));
  const stepLinks = Object.values(useRows('problemSteps')).filter((l) => l.problemId === problem.id);
  const processLinks = Object.values(useRows('problemProcesses')).filter((l) => l.problemId === problem.id);
  const departmentLinks = Object.values(useRows('problemDepartments')).filter((l) => l.problemId === problem.id);
  const [stepToLink, setStepToLink] = useState('');
  const update = (patch: Partial<Problem>) => void execute({ type: 'update', table: 'problems', id: problem.id, patch });
  const linkedSteps = new Set(stepLinks.map((l) => l.stepId));

  return (
    <article className="panel problem-editor" aria-label={t('diagnosis.problems.editor', { title: problem.title })}>
      <div className="field-row">
        <label className="field grow">
          <span className="field-label">{t('diagnosis.problems.titleField')}</span>
          <CommitField value={problem.title} maxLength={300} onCommit={(title) => title.trim() && update({ title: title.trim() })} />
        </label>
        <button type="button" onClick={onClose}>
          {t('diagnosis.problems.close')}
        </button>
        <DeleteRowButton table="problems" id={problem.id} name={problem.title} onDeleted={onClose} />
      </div>
      <label className="field">
        <span className="field-label">{terms.description}</span>
        <CommitField multiline rows={3} value={problem.description} onCommit={(description) => update({ description })} />
      </label>
      <label className="field">
        <span className="field-label">{terms.evidence}</span>
        <CommitField multiline rows={3} value={problem.evidence} onCommit={(evidence) => update({ evidence })} />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{terms.source}</span>
          <select value={problem.source} onChange={(e) => update({ source: e.target.value as ProblemSource })}>
            <ValueOptions values={PROBLEM_SOURCES} labels={terms.sources} />
          </select>
        </label>
        {(['impact', 'urgency'] as const).map((field) => (
          <label className="field" key={field}>
            <span className="field-label">{terms[field]}</span>
            <select value={problem[field]} onChange={(e) => update({ [field]: Number(e.target.value) })}>
              <ValueOptions values={SCORES} />
            </select>
          </label>
        ))}
        <label className="field">
          <span className="field-label">{terms.status}</span>
          <select value={problem.status} onChange={(e) => update({ status: e.target.value as ProblemStatus })}>
            <ValueOptions values={PROBLEM_STATUSES} labels={terms.statuses} />
          </select>
        </label>
        <label className="field grow">
          <span className="field-label">{terms.measure}</span>
          <CommitField value={problem.measure} maxLength={1000} onCommit={(measure) => update({ measure })} />
        </label>
      </div>
      <div className="field-row">
        <LinkChecklist
          legend={terms.processes}
          choices={processes}
          links={processLinks.map((l) => ({ id: l.id, target: l.processId }))}
          table="problemProcesses"
          addLink={(id, processId) => ({ type: 'add', table: 'problemProcesses', row: { id, problemId: problem.id, processId } })}
        />
        <LinkChecklist
          legend={terms.departments}
          choices={departments}
          links={departmentLinks.map((l) => ({ id: l.id, target: l.departmentId }))}
          table="problemDepartments"
          addLink={(id, departmentId) => ({ type: 'add', table: 'problemDepartments', row: { id, problemId: problem.id, departmentId } })}
        />
        <fieldset className="link-checklist">
          <legend>{terms.steps}</legend>
          <ul className="linked-steps">
            {stepLinks.map((l) => {
              const label = state ? (stepLabel(state, l.stepId) ?? l.stepId) : l.stepId;
              return (
                <li key={l.id}>
                  {label}
                  <button type="button" className="icon-button" aria-label={t('diagnosis.problems.unlinkStep', { step: label })} title={t('diagnosis.problems.unlinkStep', { step: label })} onClick={() => void execute({ type: 'delete', table: 'problemSteps', id: l.id })}>
                    <DeleteIcon />
                  </button>
                </li>
              );
            })}
          </ul>
          <select aria-label={t('diagnosis.problems.stepToLink')} value={stepToLink} onChange={(e) => setStepToLink(e.target.value)}>
            <option value="">{t('diagnosis.problems.chooseStep')}</option>
            <StepOptions processes={processes} steps={steps.filter((s) => !linkedSteps.has(s.id))} />
          </select>
          <button
            type="button"
            disabled={!stepToLink}
            onClick={() =>
              void execute({ type: 'add', table: 'problemSteps', row: { id: newId('ps-'), problemId: problem.id, stepId: stepToLink } }).then((done) => done && setStepToLink(''))
            }
          >
            {t('diagnosis.problems.linkStep')}
          </button>
        </fieldset>
      </div>
      <fieldset className="addressed-by">
        <legend>{terms.addressedBy}</legend>
        <div className="field-row">
          <label className="field">
            <span className="field-label">{t('diagnosis.problems.addressedStep')}</span>
            <select value={problem.addressedByStepId ?? ''} onChange={(e) => update({ addressedByStepId: e.target.value || null })}>
              <option value="">{t('diagnosis.problems.nothing')}</option>
              <StepOptions processes={processes} steps={steps} />
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('diagnosis.problems.addressedDecision')}</span>
            <select value={problem.addressedByDecisionId ?? ''} onChange={(e) => update({ addressedByDecisionId: e.target.value || null })}>
              <option value="">{t('diagnosis.problems.nothing')}</option>
              {decisions.map((d) => (
                <option key={d.id} value={d.id}>
                  {state ? decisionLabel(state, d.id) : d.id}
                </option>
              ))}
            </select>
          </label>
          <label className="field grow">
            <span className="field-label">{t('diagnosis.problems.addressedNote')}</span>
            <CommitField value={problem.addressedNote} maxLength={2000} onCommit={(addressedNote) => update({ addressedNote })} />
          </label>
        </div>
        {!problem.addressedByStepId && problem.addressedStepLabel && <p className="hint">{t('diagnosis.problems.removedStep', { step: problem.addressedStepLabel })}</p>}
      </fieldset>
    </article>
  );
}
