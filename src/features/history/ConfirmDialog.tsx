import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/ModalDialog';

/** A modal question with Cancel (focused first) and the action. */
export function ConfirmDialog({
  text,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const textId = useId();
  return (
    <ModalDialog
      size="narrow"
      role="alertdialog"
      aria-describedby={textId}
      aria-label={confirmLabel}
      onClose={onCancel}
    >
      <p id={textId} dir="auto">
        {text}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('history.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
