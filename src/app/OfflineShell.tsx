import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppUpdate } from './app-update';
import type { TabLeadership, TabRole } from './tab-leadership';
import { UpdatePrompt } from './UpdatePrompt';
import './offline.css';

const alwaysController = (): TabRole => 'controller';
const noSubscription = () => () => {};

export function useTabRole(leadership: TabLeadership | null): TabRole {
  return useSyncExternalStore(
    leadership ? leadership.subscribe : noSubscription,
    leadership ? leadership.role : alwaysController,
  );
}

interface OfflineShellProps {
  /** null in a window that never controls (the projector). */
  leadership: TabLeadership | null;
  /** null where there is no service worker (the single file, tests). */
  update: AppUpdate | null;
  children: ReactNode;
}

/**
 * Around the console: says so when another tab controls the clinic (and makes this one a
 * viewer that cannot be clicked or typed into), and offers a waiting new version.
 */
export function OfflineShell({ leadership, update, children }: OfflineShellProps) {
  const { t } = useTranslation();
  const role = useTabRole(leadership);
  const viewer = role === 'viewer';
  return (
    <>
      {viewer && (
        <aside className="offline-notice" aria-label={t('offline.viewerLabel')}>
          <p role="status" className="notice viewer-notice">
            {t('offline.viewerNotice')}
          </p>
        </aside>
      )}
      {update && <UpdatePrompt update={update} />}
      <div className="offline-shell" inert={viewer} data-tab-role={role}>
        {children}
      </div>
    </>
  );
}
