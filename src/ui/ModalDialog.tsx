import { useEffect, useRef, useState, type ReactNode } from 'react';
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
 * console's shortcuts. When it goes, the focus goes back to where it was. It lives on the body,
 * so the styles of the screen that opened it do not reach it.
 */
export function ModalDialog({ onClose, size, children, ...attributes }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Where the focus was before the dialog, read before anything in it takes the focus.
  const [opener] = useState(() => document.activeElement);
  const latestOnClose = useRef(onClose);
  useEffect(() => {
    latestOnClose.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    // Listened to on the element itself, not through React: a dialog opened from this one sits
    // beside it on the body, so its keys never come here.
    const onKeyDown = (event: KeyboardEvent) => {
      event.stopPropagation();
      if (event.key !== 'Escape') return;
      event.preventDefault(); // the browser's own cancel would close it a second time
      latestOnClose.current();
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);
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
