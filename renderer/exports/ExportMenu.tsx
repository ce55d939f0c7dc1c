import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportKind, ImportPreviewView } from '../../shared/ipc/contract';
import type { ExportFormat } from '../../shared/ipc/menu-actions';
import { api, onMenu } from '../api/api';
import { currentSession, useProjectStore } from '../state/project-store';
import { useViewStore } from '../state/view-store';
import { downloadFile, fileToBase64 } from './download-file';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { useProcessImport } from './use-process-import';
import { JobProgressBar } from './JobProgressBar';

const ITEMS: readonly ExportKind[] = ['xlsx', 'docx', 'pdf', 'png', 'svg', 'diagramsPdf', 'bpmn', 'tableXlsx', 'tableCsv'];
const MENU_FORMATS: Record<ExportFormat, ExportKind> = { excel: 'xlsx', word: 'docx', png: 'png' };
/** Exports of the process on screen. */
const DIAGRAMS: ReadonlySet<ExportKind> = new Set(['png', 'svg', 'diagramsPdf', 'bpmn', 'tableXlsx', 'tableCsv']);
// The desktop app asks main for a file dialog; the browser host uploads through a file input.
const IN_DESKTOP = globalThis.window?.lanewise !== undefined;

/** The Export ▾ menu of the top bar: deliverables out, the client's Excel edits back in. */
export function ExportMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  // One export or import at a time: a second click while a long Word export runs would start it again.
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  // Set when the user stops the running job, so its end says so (a cancelled save dialog says nothing).
  const stoppedByUser = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const showError = useProjectStore((s) => s.showError);
  const processImport = useProcessImport(setStatus, setBusy);

  // File ▸ Export in the desktop menu runs the same exports as this menu.
  const exportRef = useRef(exportFile);
  exportRef.current = exportFile;
  useEffect(() => onMenu((action) => action.type === 'export' && void exportRef.current(MENU_FORMATS[action.format])), []);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  /** Closes the menu; the keyboard's focus goes back to the menu button. */
  function closeMenu(): void {
    setOpen(false);
    buttonRef.current?.focus();
  }

  async function exportFile(kind: ExportKind): Promise<void> {
    closeMenu();
    if (busy) return;
    const processId = useViewStore.getState().processId;
    if (DIAGRAMS.has(kind) && !processId) {
      setStatus(t('exports.needProcess'));
      return;
    }
    setStatus(t('exports.working'));
    setBusy(true);
    stoppedByUser.current = false;
    const result = await api.invoke('export.file', { session: currentSession(), kind, ...(DIAGRAMS.has(kind) && processId ? { processId } : {}) }).finally(() => setBusy(false));
    if (!result.ok) {
      setStatus('');
      showError(result.error);
      return;
    }
    const outcome = result.value;
    switch (outcome.kind) {
      case 'download':
        downloadFile(outcome.fileName, outcome.url);
        setStatus(t('exports.downloaded', { fileName: outcome.fileName }));
        return;
      case 'saved':
        setStatus(t('exports.saved', { path: outcome.path }));
        return;
      case 'cancelled':
        setStatus(stoppedByUser.current ? t('exports.cancelled') : '');
        return;
    }
  }

  async function previewImport(request: { fileName?: string; base64?: string }): Promise<void> {
    setStatus(t('exports.reading'));
    setBusy(true);
    stoppedByUser.current = false;
    const result = await api.invoke('import.xlsxPreview', { session: currentSession(), ...request }).finally(() => setBusy(false));
    setStatus(result.ok && !result.value && stoppedByUser.current ? t('exports.importCancelled') : '');
    if (!result.ok) showError(result.error);
    else if (result.value) setPreview(result.value);
  }

  function startImport(): void {
    closeMenu();
    if (IN_DESKTOP) void previewImport({});
    else fileInput.current?.click();
  }

  return (
    <div className="export-menu">
      {/* aria-disabled rather than disabled while busy: the focus stays on the button. */}
      <button ref={buttonRef} type="button" aria-haspopup="menu" aria-expanded={open} aria-busy={busy} aria-disabled={busy || undefined} onClick={() => !busy && setOpen((o) => !o)}>
        {t('exports.menu')} ▾
      </button>
      {open && (
        // Like a desktop menu, a click outside only closes it (and nothing under it is half covered by it).
        <div
          className="menu-backdrop"
          aria-hidden="true"
          onPointerDown={(e) => {
            e.preventDefault();
            closeMenu();
          }}
        />
      )}
      {open && (
        <div
          ref={menuRef}
          role="menu"
          aria-label={t('exports.menu')}
          className="menu-popup"
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              closeMenu();
            }
            if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
            e.preventDefault();
            const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
            const at = items.indexOf(document.activeElement as HTMLButtonElement);
            items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
          }}
        >
          {ITEMS.map((kind) => (
            <button key={kind} type="button" role="menuitem" tabIndex={-1} onClick={() => void exportFile(kind)}>
              {t(`exports.${kind}`)}
            </button>
          ))}
          <hr />
          <button type="button" role="menuitem" tabIndex={-1} onClick={startImport}>
            {t('exports.importXlsx')}
          </button>
          {(['bpmn', 'table'] as const).map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                closeMenu();
                processImport.start(format);
              }}
            >
              {t(format === 'bpmn' ? 'exports.importBpmn' : 'exports.importTable')}
            </button>
          ))}
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('exports.chooseWorkbook')}
        hidden
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) await previewImport({ fileName: file.name, base64: await fileToBase64(file) });
        }}
      />
      <span className="export-status" role="status">
        {status}
      </span>
      <JobProgressBar active={busy} onCancel={() => (stoppedByUser.current = true)} />
      {processImport.elements}
      {preview && (
        <ImportPreviewDialog
          preview={preview}
          onClose={(applied) => {
            setPreview(null);
            if (applied) setStatus(t('exports.applied'));
          }}
        />
      )}
    </div>
  );
}
