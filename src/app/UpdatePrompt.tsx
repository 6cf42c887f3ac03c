import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '../store/store-context';
import type { AppUpdate } from './app-update';

/**
 * "A new version is ready — Reload": offered between clinics (on setup and on the finished
 * screen), never while one runs or is paused, and never acted on without a click. It floats
 * over the page rather than pushing it down, so nothing moves under the facilitator's pointer.
 */
export function UpdatePrompt({ update }: { update: AppUpdate }) {
  const { t } = useTranslation();
  const { updateReady, offlineReady } = useSyncExternalStore(update.subscribe, update.state);
  const status = useClinic((s) => s.clinic.status);
  const [laterChosen, setLaterChosen] = useState(false);
  const [offlineSeen, setOfflineSeen] = useState(false);
  const betweenClinics = status === 'setup' || status === 'finished';
  if (!betweenClinics) return null;
  if (updateReady && !laterChosen) {
    return (
      <aside className="offline-notice offline-toast" aria-label={t('offline.updateLabel')}>
        <div role="status" className="notice update-prompt">
          <p>{t('offline.updateReady')}</p>
          <button type="button" onClick={() => void update.reloadToUpdate()}>
            {t('offline.updateReload')}
          </button>
          <button type="button" onClick={() => setLaterChosen(true)}>
            {t('offline.updateLater')}
          </button>
        </div>
      </aside>
    );
  }
  if (offlineReady && !updateReady && !offlineSeen) {
    return (
      <aside className="offline-notice offline-toast" aria-label={t('offline.updateLabel')}>
        <div role="status" className="notice offline-ready">
          <p>{t('offline.offlineReady')}</p>
          <button type="button" onClick={() => setOfflineSeen(true)}>
            {t('notice.dismiss')}
          </button>
        </div>
      </aside>
    );
  }
  return null;
}
