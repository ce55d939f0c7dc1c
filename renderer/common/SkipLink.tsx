import { useTranslation } from 'react-i18next';
import { focusForNow } from './focus-for-now';

/** The first Tab stop of a screen: jumps past the top bar and the explorer to the main content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(e) => {
        // Focus without touching the address: the app has no pages to link to.
        e.preventDefault();
        const target = document.getElementById(targetId);
        if (target) focusForNow(target);
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
