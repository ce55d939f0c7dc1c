import { useTranslation } from 'react-i18next';
import type { Interview } from '../../shared/model/diagnosis-entities';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { useDiagnosisUi } from './diagnosis-ui-store';
import { InterviewEditor } from './InterviewEditor';
import { useRows } from './use-diagnosis';

/** The interview's name in a list: its title, else who was interviewed, else its date. */
export function useInterviewName(): (interview: Interview) => string {
  const { t } = useTranslation();
  const people = useRows('interviewees');
  return (i) => i.title.trim() || (i.intervieweeId ? people[i.intervieweeId]?.name : undefined) || i.date || t('diagnosis.interviews.untitled');
}

/** 深度访谈: one note per interview; quotes and passages become problems. */
export function InterviewsSection() {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const interviews = Object.values(useRows('interviews')).sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  const selectedId = useDiagnosisUi((s) => s.interviewId);
  const open = useDiagnosisUi((s) => s.openInterview);
  const nameOf = useInterviewName();
  const selected = interviews.find((i) => i.id === selectedId) ?? interviews[0];

  async function add(): Promise<void> {
    const id = newId('in-');
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    if (await execute({ type: 'add', table: 'interviews', row: { id, date } })) open(id);
  }

  return (
    <div className="diagnosis-section interviews">
      <nav className="panel interview-list" aria-label={t('diagnosis.interviews.list')}>
        <button type="button" onClick={() => void add()}>
          {t('diagnosis.interviews.add')}
        </button>
        {interviews.length === 0 ? (
          <p className="empty">{t('diagnosis.interviews.none')}</p>
        ) : (
          <ul>
            {interviews.map((i) => (
              <li key={i.id}>
                <button type="button" className="item-open" aria-current={selected?.id === i.id ? 'page' : undefined} onClick={() => open(i.id)}>
                  <span>{nameOf(i)}</span>
                  <span className="explorer-link-meta">{i.date}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      {selected && <InterviewEditor key={selected.id} interview={selected} />}
    </div>
  );
}
