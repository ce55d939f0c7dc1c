import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';
import { useProjectStore } from '../state/project-store';
import { useAboutStore } from './about-store';
import './about.css';

/** Version, kind of app and where projects are kept, from main's app.info. */
export function AboutDialog() {
  const { t } = useTranslation();
  const open = useAboutStore((s) => s.open);
  const hide = useAboutStore((s) => s.hide);
  const info = useProjectStore((s) => s.appInfo);
  if (!open) return null;
  return (
    <Modal
      title={t('about.title')}
      className="about-dialog"
      onClose={hide}
      actions={
        <button type="button" className="primary" autoFocus onClick={hide}>
          {t('about.close')}
        </button>
      }
    >
      <p className="about-tagline">{t('app.tagline')}</p>
      {info && (
        <dl className="about-facts">
          <dt>{t('about.versionLabel')}</dt>
          <dd>
            {info.version} · {info.host === 'electron' ? t('about.desktop') : t('about.web')}
          </dd>
          <dt>{t('about.projectsFolder')}</dt>
          <dd className="about-path">{info.home}</dd>
        </dl>
      )}
      <p>{t('about.offline')}</p>
    </Modal>
  );
}
