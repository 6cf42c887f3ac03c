import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/ModalDialog';
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
  const headingId = useId();
  return (
    <ModalDialog size="wide" aria-labelledby={headingId} onClose={onClose}>
      <CurrentSheet
        headingId={headingId}
        actions={
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('takeaway.closeSheet')}
          </button>
        }
      />
    </ModalDialog>
  );
}
