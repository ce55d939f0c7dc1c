import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DepartmentList } from '../departments/DepartmentList';
import { PositionList } from '../positions/PositionList';

export function OrganisationPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="organisation" aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId}>{t('organisation.title')}</h2>
        <p>{t('organisation.intro')}</p>
      </header>
      <div className="organisation-columns">
        <DepartmentList />
        <PositionList />
      </div>
    </section>
  );
}
