import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';

const EXTENSION = /\.lanewise$/i;

export function RecentProjects() {
  const { t, i18n } = useTranslation();
  const recent = useProjectStore((s) => s.recent);
  const open = useProjectStore((s) => s.open);
  const busy = useProjectStore((s) => s.busy);
  const headingId = useId();
  // The user's own regional format when it is a variant of the UI language (en-GB dates for en).
  const locale = navigator.language.startsWith(i18n.language.slice(0, 2)) ? navigator.language : i18n.language;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="card recent-projects" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('start.recent')}</h2>
      {recent.length === 0 ? (
        <p className="empty">{t('start.noRecent')}</p>
      ) : (
        <ul className="recent-list" aria-labelledby={headingId}>
          {recent.map((file) => (
            <li key={file.path}>
              <div className="recent-text">
                <span className="recent-name">{file.fileName.replace(EXTENSION, '')}</span>
                <span className="recent-meta" title={file.path}>
                  {t('start.modified', { date: dateFormat.format(new Date(file.modifiedAt)) })}
                </span>
              </div>
              <button type="button" disabled={busy} aria-label={t('start.openFile', { fileName: file.fileName })} onClick={() => void open(file.path)}>
                {t('start.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
