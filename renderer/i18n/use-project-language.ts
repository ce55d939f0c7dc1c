import i18next from 'i18next';
import { useEffect } from 'react';
import { useProjectStore } from '../state/project-store';

/** Opening a project switches the UI to the project's language; the language switch can override it afterwards. */
export function useProjectLanguage(): void {
  const path = useProjectStore((s) => s.project?.path);
  const language = useProjectStore((s) => s.project?.state.meta.language);
  const name = useProjectStore((s) => s.project?.state.meta.name);

  // The singleton, not useTranslation's i18n: that wrapper changes on every language change and would undo the switch.
  useEffect(() => {
    if (language) void i18next.changeLanguage(language);
  }, [path, language]);

  useEffect(() => {
    document.title = name ? `${name} – Lanewise` : 'Lanewise';
  }, [name]);
}
