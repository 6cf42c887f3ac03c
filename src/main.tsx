import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createClinicStore } from './store/clinic-store';
import { createSettingsStore } from './store/settings-store';
import { StoresProvider } from './store/store-context';
import { createI18n } from './i18n/setup';
import './app/app.css';

const stores = { clinic: createClinicStore(), settings: createSettingsStore(localStorage) };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <StoresProvider stores={stores}>
        <App />
      </StoresProvider>
    </I18nextProvider>
  </StrictMode>,
);
