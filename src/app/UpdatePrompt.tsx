import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '../store/store-context';
import type { AppUpdate } from './app-update';

/**
 * "A new version is ready — Reload": offered between clinics (on setup and on the finished
 * screen), never while one runs or is paused, and never acted on without a click.
 */
export function UpdatePrompt({ update }: { update: AppUpdate }) {
  const { t } = useTranslation();
  const { updateReady, offlineReady } = useSyncExternalStore(update.subscribe, update.state);
  const status = useClinic((s) => s.clinic.status);
  const [dismissed, setDismissed] = useState(false);
  const betweenClinics = status === 'setup' || status === 'finished';
  if (dismissed || !betweenClinics) return null;
  if (!updateReady) {
    return offlineReady ? (
      <aside className="offline-notice" aria-label={t('offline.updateLabel')}>
        <p role="status" className="offline-ready">
          {t('offline.offlineReady')}
        </p>
      </aside>
    ) : null;
  }
  return (
    <aside className="offline-notice" aria-label={t('offline.updateLabel')}>
      <div role="status" className="notice update-prompt">
        <p>{t('offline.updateReady')}</p>
        <button type="button" onClick={() => void update.reloadToUpdate()}>
          {t('offline.updateReload')}
        </button>
        <button type="button" onClick={() => setDismissed(true)}>
          {t('offline.updateLater')}
        </button>
      </div>
    </aside>
  );
}
