import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '../../store/store-context';
import { CurrentSheet } from './CurrentSheet';

/** After "Finish clinic": the takeaway sheet, ready to print and export. */
export function FinishedScreen({ extraActions }: { extraActions?: ReactNode }) {
  const { t } = useTranslation();
  const dispatch = useClinic((s) => s.dispatch);
  return (
    <div className="finished">
      <p className="finished-heading">{t('finished.heading')}</p>
      <CurrentSheet
        actions={
          <>
            {/* Finishing by mistake costs nothing: this goes back to the last phase, paused. */}
            <button type="button" className="button" onClick={() => dispatch({ type: 'reopen' })}>
              {t('controls.reopen')}
            </button>
            <button type="button" className="button" onClick={() => dispatch({ type: 'reset' })}>
              {t('controls.newClinic')}
            </button>
            {extraActions}
          </>
        }
      />
    </div>
  );
}
