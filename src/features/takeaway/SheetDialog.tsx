import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CurrentSheet } from './CurrentSheet';

/**
 * "Takeaway sheet" in the console: opens the sheet over the console at any time. A modal
 * <dialog> keeps focus inside; keys typed in it never reach the console's shortcuts.
 */
export function SheetDialogButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('takeaway.openSheet')}
      </button>
      {open && <SheetDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function SheetDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    const stop = (event: KeyboardEvent) => event.stopPropagation();
    dialog.addEventListener('keydown', stop);
    return () => dialog.removeEventListener('keydown', stop);
  }, []);
  // On the body, not in the console's side column: the column's styles must not reach the sheet.
  return createPortal(
    <dialog
      ref={ref}
      className="sheet-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <CurrentSheet
        headingId={headingId}
        actions={
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('takeaway.closeSheet')}
          </button>
        }
      />
    </dialog>,
    document.body,
  );
}
