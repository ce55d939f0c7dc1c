import { useTranslation } from 'react-i18next';
import { ImportRefusal } from './ImportRefusal';
import { QuestionnaireEditor } from './QuestionnaireEditor';
import { SurveyResultsView } from './SurveyResultsView';
import { useDiagnosisFiles } from './use-diagnosis-files';
import { WorkbookImportButton } from './WorkbookImportButton';

/** 问卷调查: the questionnaire, the forms to send out, the filled forms back in, and the results. */
export function QuestionnaireSection() {
  const { t } = useTranslation();
  const files = useDiagnosisFiles();
  return (
    <div className="diagnosis-section">
      <div className="file-actions" role="group" aria-label={t('diagnosis.questionnaire.files')}>
        <button type="button" disabled={files.busy} onClick={() => void files.exportFile('survey-xlsx')}>
          {t('diagnosis.questionnaire.exportXlsx')}
        </button>
        <button type="button" disabled={files.busy} onClick={() => void files.exportFile('survey-docx')}>
          {t('diagnosis.questionnaire.exportDocx')}
        </button>
        <WorkbookImportButton label={t('diagnosis.questionnaire.import')} inputLabel={t('diagnosis.questionnaire.chooseForms')} multiple disabled={files.busy} onFiles={(chosen) => void files.importFiles('diagnosis.importSurvey', chosen)} />
        <span className="export-status" role="status">
          {files.status}
        </span>
      </div>
      {files.refused && <ImportRefusal refused={files.refused} onDismiss={files.dismiss} />}
      <SurveyResultsView />
      <QuestionnaireEditor />
    </div>
  );
}
