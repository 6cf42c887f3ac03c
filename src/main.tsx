import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App, ProjectorApp } from './app/App';
import { preloadFirstScreen, StoreNotices } from './app/lazy-screens';
import { createAppUpdate } from './app/app-update';
import { ErrorBoundary } from './app/ErrorBoundary';
import { TabRoleShell } from './app/TabRoleShell';
import { createTabLeadership, followTabRole } from './app/tab-leadership';
import { createClinicStore } from './store/clinic-store';
import { createAppClock } from './store/clock';
import { openBrowserStorage } from './store/device-storage';
import { createSettingsStore } from './store/settings-store';
import { StoresProvider } from './store/store-context';
import { startI18n } from './i18n/setup';
import './app/app.css';

// The page's one clock and the device's storage (or why there is none), made once, here.
const clock = createAppClock();
const device = openBrowserStorage();
// The projector window only ever follows; a console tab controls unless another one already does.
const isConsole = new URLSearchParams(window.location.search).get('view') !== 'projector';
// Without storage nothing is shared between tabs: each one controls its own clinic.
const leadership = isConsole && !device.blocked ? createTabLeadership() : null;
// Only a console tab in control writes the clinic; a viewer tab and the projector never do.
const clinicStorage = device.gated(() => isConsole && leadership?.role() !== 'viewer');

const stores = {
  clinic: createClinicStore({ storage: clinicStorage, clock }),
  settings: createSettingsStore(device, clock),
};
// A viewer's console (and with it the notes and history stores) mounts only once it takes over,
// so it starts from what the last controller saved.
if (leadership) followTabRole(stores.clinic, leadership);
// The single file has no service worker; development has none either.
const update =
  isConsole && import.meta.env.PROD && import.meta.env.MODE !== 'single' ? createAppUpdate() : null;

// The saved language, else the browser's; loaded before the first paint so nothing flashes.
// Not a top-level await: the lazy screens import from this module's chunk, and would wait for it.
// A session the device holds is read before the first paint (its chunk comes in first).
const firstScreen = stores.clinic.sessionReady().then(() => {
  const { clinic, session, endBy, loadNotice, saveProblem, sessionNotice } =
    stores.clinic.getState();
  const newsAtStart =
    loadNotice || saveProblem || sessionNotice || stores.settings.getState().notice;
  return Promise.all([
    preloadFirstScreen(
      clinic.status,
      !isConsole,
      (session?.status ?? 'planning') !== 'planning',
      session !== null || endBy !== null,
    ),
    isConsole && newsAtStart ? StoreNotices.preload().catch(() => undefined) : null,
    isConsole ? null : ProjectorApp.preload().catch(() => undefined),
  ]);
});
void Promise.all([startI18n(stores.settings.getState().language), firstScreen]).then(([i18n]) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary
          getClinic={() => stores.clinic.getState().clinic}
          storage={clinicStorage}
          clock={clock}
        >
          <StoresProvider stores={stores}>
            <TabRoleShell
              leadership={leadership}
              update={update}
              viewerView={
                <Suspense fallback={null}>
                  <ProjectorApp />
                </Suspense>
              }
            >
              <App />
            </TabRoleShell>
          </StoresProvider>
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  );
});
