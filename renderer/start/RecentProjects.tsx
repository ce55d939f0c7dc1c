import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../shared/ipc/contract';
import { showFirstProcess } from '../project/show-first-process';
import { useProjectStore } from '../state/project-store';

const EXTENSION = /\.lanewise$/i;

function RecentProjectItem({ project, dateFormat }: { project: RecentProject; dateFormat: Intl.DateTimeFormat }) {
  const { t } = useTranslation();
  const open = useProjectStore((s) => s.open);
  const forget = useProjectStore((s) => s.forget);
  const busy = useProjectStore((s) => s.busy);
  return (
    <li className={project.missing ? 'missing' : undefined}>
      <div className="recent-text">
        <span className="recent-name">{project.fileName.replace(EXTENSION, '')}</span>
        <span className="recent-meta" title={project.path}>
          {project.modifiedAt ? t('start.modified', { date: dateFormat.format(new Date(project.modifiedAt)) }) : t('start.missing')}
        </span>
      </div>
      {project.missing ? (
        <button type="button" aria-label={t('start.forgetFile', { fileName: project.fileName })} onClick={() => void forget(project.path)}>
          {t('start.forget')}
        </button>
      ) : (
        <button type="button" disabled={busy} aria-label={t('start.openFile', { fileName: project.fileName })} onClick={() => void open(project.path).then((opened) => opened && showFirstProcess())}>
          {t('start.open')}
        </button>
      )}
    </li>
  );
}

export function RecentProjects() {
  const { t, i18n } = useTranslation();
  const recent = useProjectStore((s) => s.recent);
  const desktop = useProjectStore((s) => s.appInfo?.host === 'electron');
  const openWithDialog = useProjectStore((s) => s.openWithDialog);
  const busy = useProjectStore((s) => s.busy);
  const headingId = useId();
  // The user's own regional format when it is a variant of the UI language (en-GB dates for en).
  const locale = navigator.language.startsWith(i18n.language.slice(0, 2)) ? navigator.language : i18n.language;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="card recent-projects" aria-labelledby={headingId}>
      <div className="card-heading">
        <h2 id={headingId}>{t('start.recent')}</h2>
        {/* The browser version can only reach the projects folder, which the list already shows. */}
        {desktop && (
          <button type="button" disabled={busy} onClick={() => void openWithDialog().then((opened) => opened && showFirstProcess())}>
            {t('start.openOther')}
          </button>
        )}
      </div>
      {recent.length === 0 ? (
        <p className="empty">{t('start.noRecent')}</p>
      ) : (
        <ul className="recent-list" aria-labelledby={headingId}>
          {recent.map((project) => (
            <RecentProjectItem key={project.path} project={project} dateFormat={dateFormat} />
          ))}
        </ul>
      )}
    </section>
  );
}
