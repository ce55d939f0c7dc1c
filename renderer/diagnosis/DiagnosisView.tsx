import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DIAGNOSIS_SECTIONS, useDiagnosisUi, type DiagnosisSection } from './diagnosis-ui-store';
import { HistorySection } from './HistorySection';
import { InterviewsSection } from './InterviewsSection';
import { ProblemsSection } from './ProblemsSection';
import { QuestionnaireSection } from './QuestionnaireSection';
import { ReportSection } from './ReportSection';
import { ScopeSection } from './ScopeSection';
import './diagnosis.css';

function Section({ section }: { section: DiagnosisSection }) {
  switch (section) {
    case 'scope':
      return <ScopeSection />;
    case 'interviews':
      return <InterviewsSection />;
    case 'questionnaire':
      return <QuestionnaireSection />;
    case 'history':
      return <HistorySection />;
    case 'problems':
      return <ProblemsSection />;
    case 'report':
      return <ReportSection />;
  }
}

/** Phase 1 of the method, 现状调研与问题诊断: from the research scope to the status report. */
export function DiagnosisView() {
  const { t } = useTranslation();
  const headingId = useId();
  const section = useDiagnosisUi((s) => s.section);
  const setSection = useDiagnosisUi((s) => s.setSection);
  return (
    <section className="diagnosis-view" aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId}>{t('diagnosis.title')}</h2>
        <p>{t('diagnosis.intro')}</p>
      </header>
      <div className="diagnosis-tabs" role="tablist" aria-label={t('diagnosis.sections')}>
        {DIAGNOSIS_SECTIONS.map((s, i) => (
          <button key={s} type="button" role="tab" id={`diagnosis-tab-${s}`} aria-selected={section === s} aria-controls="diagnosis-panel" className="diagnosis-tab" onClick={() => setSection(s)}>
            <span className="diagnosis-step" aria-hidden="true">
              {i + 1}
            </span>
            {t(`diagnosis.section.${s}`)}
          </button>
        ))}
      </div>
      <div id="diagnosis-panel" role="tabpanel" aria-labelledby={`diagnosis-tab-${section}`} className="diagnosis-panel">
        <Section section={section} />
      </div>
    </section>
  );
}
