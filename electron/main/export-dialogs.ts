import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ExportKind, ProcessImportFormat } from '../../shared/ipc/contract';
import type { ExportDialogs } from '../ipc/export-handlers';

const FILTERS: Record<ExportKind, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  docx: { name: 'Word', extensions: ['docx'] },
  png: { name: 'PNG', extensions: ['png'] },
  svg: { name: 'SVG', extensions: ['svg'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  diagramsPdf: { name: 'PDF', extensions: ['pdf'] },
  bpmn: { name: 'BPMN 2.0', extensions: ['bpmn', 'xml'] },
  tableXlsx: { name: 'Excel', extensions: ['xlsx'] },
  tableCsv: { name: 'CSV', extensions: ['csv'] },
};
const PROCESS_IMPORT_FILTERS: Record<ProcessImportFormat, { name: string; extensions: string[] }[]> = {
  bpmn: [FILTERS.bpmn],
  table: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv'] }],
};

/** Save dialogs for deliverables and the open dialog for a client's workbook, over the window. */
export function exportDialogs(window: () => BrowserWindow | null): ExportDialogs {
  async function save(options: SaveDialogOptions): Promise<string | null> {
    const win = window();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }
  async function openMany(options: OpenDialogOptions): Promise<string[] | null> {
    const win = window();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths;
  }
  const open = async (options: OpenDialogOptions) => (await openMany(options))?.[0] ?? null;
  return {
    chooseExportPath: (fileName, kind) => save({ defaultPath: fileName, filters: [FILTERS[kind]] }),
    chooseWorkbookToImport: () => open({ properties: ['openFile'], filters: [FILTERS.xlsx] }),
    chooseProcessFileToImport: (format) => open({ properties: ['openFile'], filters: PROCESS_IMPORT_FILTERS[format] }),
    chooseWorkbooksToImport: (multiple) => openMany({ properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'], filters: [FILTERS.xlsx] }),
  };
}
