import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sortedByOrder } from '../../shared/model/project-state';
import { CommitField } from '../canvas/CommitField';
import { AddNameForm } from '../common/AddNameForm';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { IntervieweeTable } from './IntervieweeTable';
import { LinkChecklist } from './LinkChecklist';
import { useDiagnosisSettings, useRows } from './use-diagnosis';

/** 调研范围确定: the scenarios and departments researched, the people to interview, the scope in words. */
export function ScopeSection() {
  const { t } = useTranslation();
  const noteId = useId();
  const execute = useProjectStore((s) => s.execute);
  const processes = sortedByOrder(Object.values(useRows('processes')));
  const departments = sortedByOrder(Object.values(useRows('departments')));
  const scopeProcesses = Object.values(useRows('scopeProcesses'));
  const scopeDepartments = Object.values(useRows('scopeDepartments'));
  const [settings, saveSettings] = useDiagnosisSettings();

  return (
    <div className="diagnosis-section">
      <div className="scope-columns">
        <section className="panel">
          <h3>{t('diagnosis.scope.processesTitle')}</h3>
          <p className="hint">{t('diagnosis.scope.processesHint')}</p>
          <LinkChecklist
            legend={t('diagnosis.scope.processesLegend')}
            choices={processes}
            links={scopeProcesses.map((s) => ({ id: s.id, target: s.processId }))}
            table="scopeProcesses"
            addLink={(id, processId) => ({ type: 'add', table: 'scopeProcesses', row: { id, processId } })}
          />
          <AddNameForm
            submitLabel={t('diagnosis.scope.addScenario')}
            nameLabel={t('diagnosis.scope.scenarioName')}
            onAdd={(name) => {
              const processId = newId('pr-');
              return execute({
                type: 'batch',
                commands: [
                  { type: 'add', table: 'processes', row: { id: processId, name } },
                  { type: 'add', table: 'scopeProcesses', row: { id: newId('sp-'), processId } },
                ],
              });
            }}
          />
        </section>
        <section className="panel">
          <h3>{t('diagnosis.scope.departmentsTitle')}</h3>
          <LinkChecklist
            legend={t('diagnosis.scope.departmentsLegend')}
            choices={departments}
            links={scopeDepartments.map((s) => ({ id: s.id, target: s.departmentId }))}
            table="scopeDepartments"
            addLink={(id, departmentId) => ({ type: 'add', table: 'scopeDepartments', row: { id, departmentId } })}
          />
          <AddNameForm
            submitLabel={t('diagnosis.scope.addDepartment')}
            nameLabel={t('diagnosis.scope.departmentName')}
            onAdd={(name) => {
              const departmentId = newId('d-');
              return execute({
                type: 'batch',
                commands: [
                  { type: 'add', table: 'departments', row: { id: departmentId, name } },
                  { type: 'add', table: 'scopeDepartments', row: { id: newId('sd-'), departmentId } },
                ],
              });
            }}
          />
        </section>
      </div>
      <section className="panel">
        <h3>{t('diagnosis.scope.intervieweesTitle')}</h3>
        <IntervieweeTable departments={departments} />
      </section>
      <section className="panel">
        <label htmlFor={noteId} className="field-label">
          {t('diagnosis.scope.note')}
        </label>
        <p className="hint">{t('diagnosis.scope.noteHint')}</p>
        <CommitField id={noteId} multiline rows={4} maxLength={20_000} value={settings?.scopeNote ?? ''} onCommit={(scopeNote) => saveSettings({ scopeNote })} />
      </section>
    </div>
  );
}
