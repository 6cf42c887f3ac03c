import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

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
  const ref = useRef<HTMLDialogElement>(null);
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog?.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-describedby={textId}
      aria-label={confirmLabel}
      className="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
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
    </dialog>
  );
}
