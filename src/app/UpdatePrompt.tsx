import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '../store/store-context';
import type { AppUpdate } from './app-update';

/** How long "Ready to work offline" stays: long enough to read, short enough to forget. */
export const OFFLINE_NOTE_MS = 8000;

/**
 * "A new version is ready — Reload": offered between clinics (on setup and on the finished
 * screen), never while one runs or is paused, and never acted on without a click. It floats
 * over the page rather than pushing it down, so nothing moves under the facilitator's pointer.
 */
export function UpdatePrompt({ update }: { update: AppUpdate }) {
  const { t } = useTranslation();
  const { updateReady } = useSyncExternalStore(update.subscribe, update.state);
  const status = useClinic((s) => s.clinic.status);
  const [laterChosen, setLaterChosen] = useState(false);
  const betweenClinics = status === 'setup' || status === 'finished';
  if (!betweenClinics || !updateReady || laterChosen) return null;
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

/**
 * "Ready to work offline" is news, not a question: it sits in the page's flow after the
 * content (so it covers nothing and nothing above it moves) and leaves by itself.
 */
export function OfflineReadyNote({ update }: { update: AppUpdate }) {
  const { t } = useTranslation();
  const { updateReady, offlineReady } = useSyncExternalStore(update.subscribe, update.state);
  const [seen, setSeen] = useState(false);
  const showing = offlineReady && !updateReady && !seen;
  useEffect(() => {
    if (!showing) return;
    const timer = window.setTimeout(() => setSeen(true), OFFLINE_NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [showing]);
  if (!showing) return null;
  return (
    <aside className="offline-notice offline-ready-note" aria-label={t('offline.updateLabel')}>
      <div role="status" className="notice offline-ready">
        <p>{t('offline.offlineReady')}</p>
        <button type="button" onClick={() => setSeen(true)}>
          {t('notice.dismiss')}
        </button>
      </div>
    </aside>
  );
}
