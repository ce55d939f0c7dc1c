import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';

interface ImportModalProps {
  title: string;
  /** Applies the import; resolves true when it was applied. */
  apply: (() => Promise<boolean>) | null;
  onClose: (applied: boolean) => void;
  /** Why Apply waits, shown beside it. */
  note?: string | undefined;
  children: ReactNode;
}

/** An import preview: what would change, with Cancel and Apply import. */
export function ImportModal({ title, apply, onClose, note, children }: ImportModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      title={title}
      className="import-dialog"
      onClose={() => onClose(false)}
      actions={
        <>
          {note && <span className="import-unsettled">{note}</span>}
          <button type="button" autoFocus onClick={() => onClose(false)}>
            {t('exports.cancel')}
          </button>
          <button type="button" className="primary" disabled={!apply} onClick={async () => apply && onClose(await apply())}>
            {t('exports.apply')}
          </button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
