import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passageToProblem } from '../../shared/diagnosis/passage-to-problem';
import type { Interview } from '../../shared/model/diagnosis-entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { CommitField } from '../canvas/CommitField';
import { AddNameForm } from '../common/AddNameForm';
import { DeleteIcon } from '../common/icons';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { useDiagnosisUi } from './diagnosis-ui-store';
import { LinkChecklist } from './LinkChecklist';
import { useRows } from './use-diagnosis';

/** One interview note: who, when, what it concerned, the notes and the quotes worth keeping. */
export function InterviewEditor({ interview }: { interview: Interview }) {
  const { t } = useTranslation();
  const notesId = useId();
  const execute = useProjectStore((s) => s.execute);
  const openProblem = useDiagnosisUi((s) => s.openProblem);
  const people = sortedByOrder(Object.values(useRows('interviewees')));
  const departments = sortedByOrder(Object.values(useRows('departments')));
  const processes = sortedByOrder(Object.values(useRows('processes')));
  const quotes = sortedByOrder(Object.values(useRows('interviewQuotes')).filter((q) => q.interviewId === interview.id));
  const departmentLinks = Object.values(useRows('interviewDepartments')).filter((l) => l.interviewId === interview.id);
  const processLinks = Object.values(useRows('interviewProcesses')).filter((l) => l.interviewId === interview.id);
  const notes = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(interview.notes);
  // Undo or another window may change the notes underneath.
  useEffect(() => setDraft(interview.notes), [interview.notes]);
  const [hint, setHint] = useState('');
  const update = (patch: Partial<Interview>) => execute({ type: 'update', table: 'interviews', id: interview.id, patch });

  async function toProblem(passage: string): Promise<void> {
    const state = useProjectStore.getState().project?.state;
    if (!state || !passage.trim()) {
      setHint(t('diagnosis.interviews.selectFirst'));
      return;
    }
    const { problemId, command } = passageToProblem(state, { interviewId: interview.id, passage, newId, now: new Date().toISOString(), label: t('diagnosis.interviews.toProblemLabel') });
    if (await execute(command)) openProblem(problemId);
  }

  function selectedPassage(): string {
    const area = notes.current;
    return area ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
  }

  return (
    <article className="panel interview-editor" aria-label={t('diagnosis.interviews.editor')}>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('diagnosis.interviews.date')}</span>
          <input type="date" value={interview.date} onChange={(e) => void update({ date: e.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">{t('diagnosis.interviews.interviewee')}</span>
          <select value={interview.intervieweeId ?? ''} onChange={(e) => void update({ intervieweeId: e.target.value || null })}>
            <option value="">{t('diagnosis.interviews.nobody')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.position ? `${p.name} (${p.position})` : p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span className="field-label">{t('diagnosis.interviews.titleField')}</span>
          <CommitField value={interview.title} maxLength={200} onCommit={(title) => void update({ title })} />
        </label>
        <button type="button" className="icon-button" aria-label={t('diagnosis.interviews.delete')} title={t('diagnosis.interviews.delete')} onClick={() => void execute({ type: 'delete', table: 'interviews', id: interview.id })}>
          <DeleteIcon />
        </button>
      </div>
      <div className="field-row">
        <LinkChecklist
          legend={t('diagnosis.interviews.departments')}
          choices={departments}
          links={departmentLinks.map((l) => ({ id: l.id, target: l.departmentId }))}
          table="interviewDepartments"
          addLink={(id, departmentId) => ({ type: 'add', table: 'interviewDepartments', row: { id, interviewId: interview.id, departmentId } })}
        />
        <LinkChecklist
          legend={t('diagnosis.interviews.processes')}
          choices={processes}
          links={processLinks.map((l) => ({ id: l.id, target: l.processId }))}
          table="interviewProcesses"
          addLink={(id, processId) => ({ type: 'add', table: 'interviewProcesses', row: { id, interviewId: interview.id, processId } })}
        />
      </div>
      <label htmlFor={notesId} className="field-label">
        {t('diagnosis.interviews.notes')}
      </label>
      <textarea
        id={notesId}
        ref={notes}
        rows={10}
        maxLength={50_000}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== interview.notes) void update({ notes: draft });
        }}
      />
      <div className="field-row">
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void toProblem(selectedPassage())}>
          {t('diagnosis.interviews.passageToProblem')}
        </button>
        <span className="hint" role="status">
          {hint || t('diagnosis.interviews.notesHint')}
        </span>
      </div>
      <h4>{t('diagnosis.interviews.quotes')}</h4>
      {quotes.length === 0 ? (
        <p className="empty">{t('diagnosis.interviews.noQuotes')}</p>
      ) : (
        <ul className="quote-list">
          {quotes.map((q) => (
            <li key={q.id}>
              <blockquote>{q.text}</blockquote>
              <button type="button" onClick={() => void toProblem(q.text)}>
                {t('diagnosis.interviews.quoteToProblem')}
              </button>
              <button type="button" className="icon-button" aria-label={t('diagnosis.interviews.deleteQuote')} title={t('diagnosis.interviews.deleteQuote')} onClick={() => void execute({ type: 'delete', table: 'interviewQuotes', id: q.id })}>
                <DeleteIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddNameForm submitLabel={t('diagnosis.interviews.addQuote')} nameLabel={t('diagnosis.interviews.quoteText')} maxLength={2000} onAdd={(text) => execute({ type: 'add', table: 'interviewQuotes', row: { id: newId('iq-'), interviewId: interview.id, text } })} />
    </article>
  );
}
