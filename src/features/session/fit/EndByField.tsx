import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic, useClinicStoreApi } from '../../../store/store-context';
import { plannedEndBy, timeInputValue } from '../../../ui/time-of-day';

/**
 * A single clinic's End by, set or cleared while it runs (setup offers it before the start). The
 * expected end against it then shows above the console and on the wall.
 */
export function EndByField() {
  const { t } = useTranslation();
  const store = useClinicStoreApi();
  const endBy = useClinic((s) => s.endBy);
  const id = useId();
  return (
    <div className="end-by-field">
      <label htmlFor={id}>{t('fit.endByLabel')}</label>
      <input
        id={id}
        type="time"
        aria-describedby={`${id}-hint`}
        value={endBy === null ? '' : timeInputValue(endBy)}
        onChange={(event) => {
          const value = event.target.value;
          if (value === '') return store.getState().setEndBy(null);
          const at = plannedEndBy(value, store.clock.now());
          if (at !== null) store.getState().setEndBy(at);
        }}
      />
      <p id={`${id}-hint`} className="dialog-note">
        {t('fit.endByHint')}
      </p>
      <button
        type="button"
        className="button button-small"
        disabled={endBy === null}
        onClick={() => store.getState().setEndBy(null)}
      >
        {t('fit.clearEndBy')}
      </button>
    </div>
  );
}
