import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessImportFormat, ProcessImportPreviewView } from '../../shared/ipc/contract';
import { api } from '../api/api';
import { currentSession, useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';
import { fileToBase64 } from './download-file';
import { ProcessImportDialog } from './ProcessImportDialog';

const ACCEPT: Record<ProcessImportFormat, string> = {
  bpmn: '.bpmn,.xml,application/xml,text/xml',
  table: '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const CHOOSE_LABEL = { bpmn: 'exports.chooseBpmn', table: 'exports.chooseTable' } as const;
const IN_DESKTOP = globalThis.window?.lanewise !== undefined;

interface ProcessImport {
  /** Asks for a file (dialog on the desktop, file input in the browser), then shows the preview. */
  start(format: ProcessImportFormat): void;
  /** The file inputs and the preview dialog, to render inside the menu. */
  elements: ReactNode;
}

/** The BPMN and table imports of the Export menu; after applying, the first imported process is shown. */
export function useProcessImport(setStatus: (text: string) => void, setBusy: (busy: boolean) => void): ProcessImport {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ProcessImportPreviewView | null>(null);
  const inputs = { bpmn: useRef<HTMLInputElement>(null), table: useRef<HTMLInputElement>(null) };
  const showError = useProjectStore((s) => s.showError);

  async function previewFile(format: ProcessImportFormat, file?: File): Promise<void> {
    setStatus(t('exports.reading'));
    setBusy(true);
    const request = file ? { session: currentSession(), format, fileName: file.name, base64: await fileToBase64(file) } : { session: currentSession(), format };
    const result = await api.invoke('import.processPreview', request).finally(() => setBusy(false));
    setStatus('');
    if (!result.ok) showError(result.error);
    else if (result.value) setPreview(result.value);
  }

  function showImported(name: string | undefined): void {
    const processes = Object.values(useProjectStore.getState().project?.state.tables.processes ?? {});
    const imported = processes.filter((p) => p.name === name).sort((a, b) => b.order - a.order)[0];
    if (imported) useViewStore.getState().selectProcess(imported.id);
  }

  const elements = (
    <>
      {(['bpmn', 'table'] as const).map((format) => (
        <input
          key={format}
          ref={inputs[format]}
          type="file"
          accept={ACCEPT[format]}
          aria-label={t(CHOOSE_LABEL[format])}
          hidden
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) await previewFile(format, file);
          }}
        />
      ))}
      {preview && (
        <ProcessImportDialog
          preview={preview}
          onClose={(applied) => {
            setPreview(null);
            if (!applied) return;
            setStatus(t('exports.processApplied'));
            showImported(preview.processes[0]?.name);
          }}
        />
      )}
    </>
  );

  return {
    start: (format) => (IN_DESKTOP ? void previewFile(format) : inputs[format].current?.click()),
    elements,
  };
}
