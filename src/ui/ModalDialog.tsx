import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './modal-dialog.css';

interface ModalDialogProps {
  /** Escape, or the caller's own close button. */
  onClose: () => void;
  /** `wide` covers the screen below it (a sheet, the history); `narrow` asks a question. */
  size: 'wide' | 'narrow';
  role?: 'alertdialog';
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  children: ReactNode;
}

/**
 * A modal <dialog>: focus stays inside, Escape closes it, and keys typed in it never reach the
 * console's shortcuts. It lives on the body, so the styles of the screen that opened it do not
 * reach it.
 */
export function ModalDialog({ onClose, size, children, ...attributes }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    const stop = (event: KeyboardEvent) => event.stopPropagation();
    dialog.addEventListener('keydown', stop);
    return () => dialog.removeEventListener('keydown', stop);
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      className={`modal-dialog modal-dialog-${size}`}
      {...attributes}
      onCancel={(event) => {
        // React passes a dialog's cancel on to the dialogs that opened it (through the portal):
        // Escape on a confirmation must close only the confirmation.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>,
    document.body,
  );
}
