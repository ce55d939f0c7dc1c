import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { questionnaire, type QuestionnaireDimension } from '../../shared/diagnosis/questionnaire';
import { standardQuestionnaireCommands } from '../../shared/diagnosis/standard-questionnaire';
import { CommitField } from '../canvas/CommitField';
import { AddNameForm } from '../common/AddNameForm';
import { languageFromLocale } from '../i18n/language';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { DeleteRowButton } from './DeleteRowButton';
import { useRows } from './use-diagnosis';

interface MoveButtonsProps {
  table: 'surveyDimensions' | 'surveyQuestions';
  id: string;
  index: number;
  count: number;
  name: string;
}

function MoveButtons({ table, id, index, count, name }: MoveButtonsProps) {
  const { t } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  return (
    <span className="move-buttons">
      <button type="button" className="icon-button" disabled={index === 0} aria-label={t('diagnosis.questionnaire.moveUp', { name })} title={t('diagnosis.questionnaire.moveUp', { name })} onClick={() => void execute({ type: 'move', table, id, toIndex: index - 1 })}>
        ↑
      </button>
      <button type="button" className="icon-button" disabled={index === count - 1} aria-label={t('diagnosis.questionnaire.moveDown', { name })} title={t('diagnosis.questionnaire.moveDown', { name })} onClick={() => void execute({ type: 'move', table, id, toIndex: index + 1 })}>
        ↓
      </button>
      <DeleteRowButton table={table} id={id} name={name} />
    </span>
  );
}

function DimensionEditor({ item, count }: { item: QuestionnaireDimension; count: number }) {
  const { t, i18n } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const zh = languageFromLocale(i18n.language) === 'zh-CN';
  const d = item.dimension;
  const name = `${item.number} ${item.name}`;
  return (
    <li className="dimension">
      <div className="dimension-head">
        <span className="dimension-number">{item.number}</span>
        <CommitField value={d.nameZh} label={t('diagnosis.questionnaire.dimensionZh', { number: item.number })} maxLength={100} onCommit={(nameZh) => void execute({ type: 'update', table: 'surveyDimensions', id: d.id, patch: { nameZh } })} />
        <CommitField value={d.nameEn} label={t('diagnosis.questionnaire.dimensionEn', { number: item.number })} maxLength={100} onCommit={(nameEn) => void execute({ type: 'update', table: 'surveyDimensions', id: d.id, patch: { nameEn } })} />
        <MoveButtons table="surveyDimensions" id={d.id} index={item.number - 1} count={count} name={name} />
      </div>
      <ol className="question-list">
        {item.questions.map((q, i) => (
          <li key={q.question.id} className="question">
            <span className="question-code">{q.code}</span>
            <CommitField value={q.question.textZh} label={t('diagnosis.questionnaire.questionZh', { code: q.code })} maxLength={500} onCommit={(textZh) => void execute({ type: 'update', table: 'surveyQuestions', id: q.question.id, patch: { textZh } })} />
            <CommitField value={q.question.textEn} label={t('diagnosis.questionnaire.questionEn', { code: q.code })} maxLength={500} onCommit={(textEn) => void execute({ type: 'update', table: 'surveyQuestions', id: q.question.id, patch: { textEn } })} />
            <MoveButtons table="surveyQuestions" id={q.question.id} index={i} count={item.questions.length} name={q.code} />
          </li>
        ))}
      </ol>
      <AddNameForm
        submitLabel={t('diagnosis.questionnaire.addQuestion', { number: item.number })}
        nameLabel={t('diagnosis.questionnaire.newQuestion')}
        maxLength={500}
        onAdd={(text) => execute({ type: 'add', table: 'surveyQuestions', row: { id: newId('sq-'), dimensionId: d.id, ...(zh ? { textZh: text } : { textEn: text }) } })}
      />
    </li>
  );
}

/** The questionnaire's dimensions and statements in both languages: add, reword, reorder, delete. */
export function QuestionnaireEditor() {
  const { t, i18n } = useTranslation();
  const execute = useProjectStore((s) => s.execute);
  const surveyDimensions = useRows('surveyDimensions');
  const surveyQuestions = useRows('surveyQuestions');
  const language = languageFromLocale(i18n.language);
  const items = useMemo(() => questionnaire({ tables: { surveyDimensions, surveyQuestions } }, language), [surveyDimensions, surveyQuestions, language]);
  return (
    <section className="panel" aria-labelledby="questionnaire-heading">
      <h3 id="questionnaire-heading">{t('diagnosis.questionnaire.editorTitle')}</h3>
      {items.length === 0 && (
        <div className="empty-start">
          <p>{t('diagnosis.questionnaire.empty')}</p>
          <button type="button" onClick={() => void execute(standardQuestionnaireCommands(surveyDimensions, newId, t('diagnosis.questionnaire.standardLabel')))}>
            {t('diagnosis.questionnaire.useStandard')}
          </button>
        </div>
      )}
      <ol className="dimension-list">
        {items.map((item) => (
          <DimensionEditor key={item.dimension.id} item={item} count={items.length} />
        ))}
      </ol>
      <AddNameForm
        submitLabel={t('diagnosis.questionnaire.addDimension')}
        nameLabel={t('diagnosis.questionnaire.newDimension')}
        maxLength={100}
        onAdd={(name) => execute({ type: 'add', table: 'surveyDimensions', row: { id: newId('sd-'), ...(language === 'zh-CN' ? { nameZh: name } : { nameEn: name }) } })}
      />
    </section>
  );
}
