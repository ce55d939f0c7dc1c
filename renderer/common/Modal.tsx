import { useId, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface ModalProps {
  title: string;
  /** Escape and the close buttons call it; the dialog itself never closes on its own. */
  onClose: () => void;
  children?: ReactNode;
  /** The buttons at the bottom, e.g. Cancel and the action. */
  actions: ReactNode;
  className?: string;
  /** A sentence read out with the title, shown above the children. */
  description?: string;
}

/** A modal dialog named by its title: the native <dialog>, so focus stays inside and the page below is inert; focus returns to its opener. */
export function Modal({ title, onClose, children, actions, className, description }: ModalProps) {
  const ref = useModalDialog();
  const titleId = useId();
  const descriptionId = useId();

  return (
    <dialog
      ref={ref}
      className={className ? `confirm-dialog ${className}` : 'confirm-dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {description && <p id={descriptionId}>{description}</p>}
      {children}
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
