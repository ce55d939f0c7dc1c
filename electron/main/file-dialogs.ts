import { dialog, type BrowserWindow } from 'electron';
import type { HostDialogs } from '../ipc/api-handlers';
import type { MenuLabels } from './menu-labels';

const EXTENSION = 'lanewise';

/** The system's open and save dialogs for project files, over the window when there is one. */
export function fileDialogs(window: () => BrowserWindow | null, labels: () => MenuLabels): HostDialogs {
  const filters = () => [{ name: labels().projectFiles, extensions: [EXTENSION] }];
  return {
    async chooseProjectToOpen() {
      const options = { title: labels().openTitle, properties: ['openFile' as const], filters: filters() };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveAsPath(currentPath) {
      // The dialog asks before overwriting an existing file.
      const options = { title: labels().saveAsTitle, defaultPath: currentPath, filters: filters() };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith(`.${EXTENSION}`) ? result.filePath : `${result.filePath}.${EXTENSION}`;
    },
  };
}
