import { dialog, type BrowserWindow } from 'electron';
import type { DiagnosisDialogs } from '../ipc/diagnosis-handlers';
import { exportDialogs } from './export-dialogs';

/** The deliverables' save dialog, and an open dialog for filled questionnaires (many at once) or history data. */
export function diagnosisDialogs(window: () => BrowserWindow | null): DiagnosisDialogs {
  const exports = exportDialogs(window);
  return {
    chooseExportPath: (fileName, kind) => exports.chooseExportPath(fileName, kind),
    chooseWorkbooksToImport: async (multiple) => {
      const properties: Array<'openFile' | 'multiSelections'> = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const options = { properties, filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
  };
}
