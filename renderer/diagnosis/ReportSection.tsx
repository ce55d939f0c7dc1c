import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { reportLabels } from '../../shared/diagnosis/report-labels';
import { CommitField } from '../canvas/CommitField';
import { JobProgressBar } from '../exports/JobProgressBar';
import { useProjectStore } from '../state/project-store';
import { useDiagnosisFiles } from './use-diagnosis-files';
import { useDiagnosisSettings } from './use-diagnosis';

/** 《跨部门协作现状调研报告》: the consultant's recommendations, and the report in Word in the project's language. */
export function ReportSection() {
  const { t } = useTranslation();
  const fieldId = useId();
  const files = useDiagnosisFiles();
  const [settings, save] = useDiagnosisSettings();
  const language = useProjectStore((s) => s.project?.state.meta.language ?? 'zh-CN');
  const chapters = reportLabels(language).chapters;
  return (
    <div className="diagnosis-section">
      <section className="panel">
        <h3>{reportLabels(language).title}</h3>
        <p className="hint">{t('diagnosis.report.intro')}</p>
        <ol className="report-outline" aria-label={t('diagnosis.report.outline')}>
          {Object.values(chapters).map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ol>
        <div className="file-actions">
          <button type="button" disabled={files.busy} aria-busy={files.busy} onClick={() => void files.exportFile('report-docx')}>
            {t('diagnosis.report.export')}
          </button>
          <span className="export-status" role="status">
            {files.status}
          </span>
        </div>
        {/* The report draws every swimlane: seconds on a large project, so it shows how far it has got and can be stopped. */}
        <JobProgressBar active={files.busy} onCancel={() => undefined} />
      </section>
      <section className="panel">
        <label htmlFor={fieldId} className="field-label">
          {t('diagnosis.report.recommendations', { chapter: chapters.recommendations })}
        </label>
        <p className="hint">{t('diagnosis.report.recommendationsHint')}</p>
        <CommitField id={fieldId} multiline rows={10} maxLength={50_000} value={settings?.recommendations ?? ''} onCommit={(recommendations) => save({ recommendations })} />
      </section>
    </div>
  );
}
