import { useTranslation } from 'react-i18next';
import { useClinic, useClinicStoreApi } from '../store/store-context';
import { SetupScreen } from '../features/setup/SetupScreen';
import { SessionScreen } from '../features/session/SessionScreen';
import { FinishedScreen } from '../features/takeaway/FinishedScreen';
import { useClinicTicker } from './use-clinic-ticker';

function StoreNotices() {
  const { t } = useTranslation();
  const loadNotice = useClinic((s) => s.loadNotice);
  const saveProblem = useClinic((s) => s.saveProblem);
  const dismiss = useClinic((s) => s.dismissLoadNotice);
  return (
    <>
      {loadNotice && (
        <div role="alert" className="notice">
          <p>{t(`notice.${loadNotice.problem}`, { key: loadNotice.backupKey })}</p>
          <button type="button" onClick={dismiss}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {saveProblem && (
        <div role="alert" className="notice">
          <p>{t('notice.storageFull')}</p>
        </div>
      )}
    </>
  );
}

export function App() {
  const store = useClinicStoreApi();
  const status = useClinic((s) => s.clinic.status);
  useClinicTicker(store);
  return (
    <main className="app">
      <StoreNotices />
      {status === 'setup' && <SetupScreen />}
      {(status === 'running' || status === 'paused') && <SessionScreen />}
      {status === 'finished' && <FinishedScreen />}
    </main>
  );
}
