import i18next from 'i18next';
import { useEffect } from 'react';
import { languageFromLocale } from '../i18n/language';
import { api, onMenu } from '../api/api';
import { useAboutStore } from '../about/about-store';
import { useProjectStore } from '../state/project-store';
import { showFirstProcess } from './show-first-process';
import { isTextEntry } from './use-undo-redo-shortcuts';

/** Edit ▸ Undo from the menu: a text field undoes its own typing, otherwise the project undoes. */
function undoOrRedo(kind: 'undo' | 'redo'): void {
  const store = useProjectStore.getState();
  if (isTextEntry(document.activeElement)) {
    // The one way to reach a field's own undo stack from script; still supported by Chromium.
    document.execCommand(kind);
    return;
  }
  // A modal question is open: the project underneath must not change.
  if (document.querySelector('dialog[open]')) return;
  void (kind === 'undo' ? store.undo() : store.redo());
}

/**
 * Turns the desktop menu's actions into the same actions as the app's own buttons, and tells main
 * the interface language so the menu speaks it too. Exports are left to the export feature, which
 * listens with onMenu itself (ExportMenu). Does nothing in the browser host, which has no menu.
 */
export function useMenuActions(): void {
  const desktop = useProjectStore((s) => s.appInfo?.host === 'electron');

  useEffect(
    () =>
      onMenu((action) => {
        const store = useProjectStore.getState();
        switch (action.type) {
          case 'new':
          case 'close':
            // New starts from the start screen, where the new-project form is.
            if (store.project) void store.close();
            return;
          case 'open':
            void store.openWithDialog().then((opened) => opened && showFirstProcess());
            return;
          case 'openPath':
            void store.open(action.path).then((opened) => opened && showFirstProcess());
            return;
          case 'saveAs':
            void store.saveAs();
            return;
          case 'undo':
          case 'redo':
            undoOrRedo(action.type);
            return;
          case 'language':
            void i18next.changeLanguage(action.language);
            return;
          case 'about':
            useAboutStore.getState().show();
            return;
          case 'export':
            return;
        }
      }),
    [],
  );

  useEffect(() => {
    if (!desktop) return;
    const tell = (language: string) => void api.invoke('app.language', { language: languageFromLocale(language) });
    tell(i18next.language);
    i18next.on('languageChanged', tell);
    return () => i18next.off('languageChanged', tell);
  }, [desktop]);
}
