import { Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppUpdate } from './app-update';
import type { TabLeadership, TabRole } from './tab-leadership';
import { lazyComponent } from '../ui/lazy-component';

// The update's notices show seconds after the first paint at the soonest: their own chunk.
const updateNotices = () => import('./UpdatePrompt');
const UpdatePrompt = lazyComponent(() => updateNotices().then((m) => m.UpdatePrompt));
const OfflineReadyNote = lazyComponent(() => updateNotices().then((m) => m.OfflineReadyNote));
import './offline.css';

const alwaysController = (): TabRole => 'controller';
const noSubscription = () => () => {};

export function useTabRole(leadership: TabLeadership | null): TabRole {
  return useSyncExternalStore(
    leadership ? leadership.subscribe : noSubscription,
    leadership ? leadership.role : alwaysController,
  );
}

interface TabRoleShellProps {
  /** null in a window that never controls (the projector). */
  leadership: TabLeadership | null;
  /** null where there is no service worker (the single file, tests). */
  update: AppUpdate | null;
  /** What a viewer tab shows instead of the console: a read-only view that follows the save. */
  viewerView: ReactNode;
  children: ReactNode;
}

/**
 * What a tab shows for its role. Around the console: when another tab controls the clinic, it
 * says so and shows the read-only view instead (no controls, no notes, nothing that could
 * write); a tab in control is offered a waiting new version.
 */
export function TabRoleShell({ leadership, update, viewerView, children }: TabRoleShellProps) {
  const { t } = useTranslation();
  const role = useTabRole(leadership);
  const viewer = role === 'viewer';
  // Until the tab knows its role (a few milliseconds), nothing that could tick or write mounts.
  if (role === 'deciding') return null;
  return (
    <>
      {viewer && (
        <aside className="offline-notice" aria-label={t('offline.viewerLabel')}>
          <p role="status" className="notice viewer-notice">
            {t('offline.viewerNotice')}
          </p>
        </aside>
      )}
      {update && !viewer && (
        <Suspense fallback={null}>
          <UpdatePrompt update={update} />
        </Suspense>
      )}
      {viewer ? viewerView : children}
      {update && !viewer && (
        <Suspense fallback={null}>
          <OfflineReadyNote update={update} />
        </Suspense>
      )}
    </>
  );
}
