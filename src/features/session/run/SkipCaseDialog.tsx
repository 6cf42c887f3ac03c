import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkipMode } from '../../../clinic/session/machine';
import { ModalDialog } from '../../../ui/ModalDialog';

/** "Skip this case": the owner is absent; the case moves to the end or leaves the session. */
export function SkipCaseDialog({
  name,
  canMoveToEnd,
  onSkip,
  onCancel,
}: {
  name: string;
  /** Moving to the end means nothing when it is the last case left. */
  canMoveToEnd: boolean;
  onSkip: (mode: SkipMode) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [mode, setMode] = useState<SkipMode>(canMoveToEnd ? 'moveToEnd' : 'drop');
  return (
    <ModalDialog size="narrow" role="alertdialog" aria-labelledby={headingId} onClose={onCancel}>
      <h2 id={headingId} dir="auto">
        {t('run.skipHeading', { name })}
      </h2>
      <fieldset className="skip-choice">
        <legend>{t('run.skipQuestion')}</legend>
        {canMoveToEnd && (
          <label>
            <input
              type="radio"
              name="skip-mode"
              checked={mode === 'moveToEnd'}
              onChange={() => setMode('moveToEnd')}
            />{' '}
            {t('run.skipMoveToEnd')}
          </label>
        )}
        <label>
          <input
            type="radio"
            name="skip-mode"
            checked={mode === 'drop'}
            onChange={() => setMode('drop')}
          />{' '}
          {t('run.skipDrop')}
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('run.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={() => onSkip(mode)}>
          {t('run.skipConfirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
