import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/i18n/setup';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import type { Clock } from '@/store/clock';
import { createSettingsStore, type SettingsStore } from '@/store/settings-store';
import { StoresProvider } from '@/store/store-context';

export interface RenderWithStoresOptions {
  clinic?: ClinicStore;
  settings?: SettingsStore;
  /** The clinic store's clock when no store is handed in. */
  clock?: Clock;
  /** An i18next instance of the test's own (default: a fresh English one). */
  i18n?: i18n;
}

export interface RenderWithStoresResult extends RenderResult {
  stores: { clinic: ClinicStore; settings: SettingsStore };
}

/** Renders with fresh, storage-less stores and a fresh English i18next instance. */
export function renderWithStores(
  ui: ReactElement,
  options: RenderWithStoresOptions = {},
): RenderWithStoresResult {
  const stores = {
    clinic: options.clinic ?? createClinicStore({ storage: null, clock: options.clock }),
    settings: options.settings ?? createSettingsStore(null),
  };
  const i18n = options.i18n ?? createI18n();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>{children}</StoresProvider>
    </I18nextProvider>
  );
  const result: RenderResult = render(ui, { wrapper });
  return Object.assign(result, { stores });
}
