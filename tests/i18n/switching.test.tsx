import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n, startI18n, switchLanguage } from '@/i18n/setup';
import { useLanguageSync } from '@/i18n/use-language-sync';
import { createClinicStore } from '@/store/clinic-store';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  type SettingsStore,
} from '@/store/settings-store';
import { StoresProvider, useSettings } from '@/store/store-context';
import { LanguageSwitcher } from '@/ui/LanguageSwitcher';
import { deviceOf } from '../helpers/device';

function browserSpeaks(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

afterEach(() => {
  document.documentElement.lang = 'en';
});

/** What the app does: follow the settings, and show a screen heading and the switcher. */
function Harness() {
  const { t } = useTranslation();
  useLanguageSync(useSettings((s) => s.language));
  return (
    <>
      <LanguageSwitcher />
      <h1>{t('setup.heading')}</h1>
    </>
  );
}

async function renderApp(settings: SettingsStore) {
  const i18n = await startI18n(settings.getState().language);
  const stores = { clinic: createClinicStore({ storage: null }), settings };
  render(
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <Harness />
      </StoresProvider>
    </I18nextProvider>,
  );
  return i18n;
}

describe('the first visit', () => {
  it("starts in the browser's language, loaded before the first render", async () => {
    browserSpeaks('de-DE', 'en');
    const i18n = await startI18n(null);
    expect(i18n.language).toBe('de');
    expect(i18n.t('setup.heading')).toBe('Fallberatung vorbereiten');
    expect(document.documentElement.lang).toBe('de');
  });

  it('starts in English when the browser speaks nothing the app ships', async () => {
    browserSpeaks('it-IT', 'pt');
    const i18n = await startI18n(null);
    expect(i18n.language).toBe('en');
    expect(i18n.t('setup.heading')).toBe('Set up the clinic');
  });

  it('prefers the saved language over the browser', async () => {
    browserSpeaks('de-DE');
    const i18n = await startI18n('es');
    expect(i18n.t('setup.heading')).toBe('Preparar la clínica de casos');
    expect(document.documentElement.lang).toBe('es');
  });
});

describe('the language switcher', () => {
  it('offers each language named in itself, the current one chosen', async () => {
    browserSpeaks('fr-CH');
    await renderApp(createSettingsStore(null));
    const picker = screen.getByRole('combobox', { name: 'Langue' });
    const options = within(picker).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'English',
      'Deutsch',
      'Français',
      'Español',
    ]);
    expect(options.map((option) => option.getAttribute('lang'))).toEqual(['en', 'de', 'fr', 'es']);
    expect(picker).toHaveValue('fr');
  });

  it('switches the whole screen and <html lang>, and remembers the choice', async () => {
    browserSpeaks('en-US');
    const user = userEvent.setup();
    await renderApp(createSettingsStore(deviceOf(localStorage)));
    expect(screen.getByRole('heading', { name: 'Set up the clinic' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');

    expect(await screen.findByRole('heading', { name: 'Fallberatung vorbereiten' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(document.documentElement.lang).toBe('de');

    // The next visit, with a browser still set to English, opens in German.
    const again = await startI18n(createSettingsStore(deviceOf(localStorage)).getState().language);
    expect(again.language).toBe('de');
  });

  it('ends in the last language chosen after two quick choices', async () => {
    browserSpeaks('en');
    const user = userEvent.setup();
    const settings = createSettingsStore(null);
    await renderApp(settings);
    const picker = screen.getByRole('combobox', { name: 'Language' });
    await user.selectOptions(picker, 'Español');
    await user.selectOptions(screen.getByRole('combobox'), 'Français');
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(
      await screen.findByRole('heading', { name: 'Préparer la clinique de cas' }),
    ).toBeVisible();
    expect(settings.getState().language).toBe('fr');
  });
});

describe('more than one window', () => {
  it('follows a language chosen in another window of the app (the projector follows the console)', async () => {
    browserSpeaks('en');
    await renderApp(createSettingsStore(deviceOf(localStorage, window)));
    expect(screen.getByRole('heading', { name: 'Set up the clinic' })).toBeVisible();
    act(() => {
      // The other window writes the settings; this one hears of it through the storage event.
      localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...DEFAULT_SETTINGS, language: 'es' }));
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: SETTINGS_KEY,
          newValue: JSON.stringify({ ...DEFAULT_SETTINGS, language: 'es' }),
        }),
      );
    });
    expect(
      await screen.findByRole('heading', { name: 'Preparar la clínica de casos' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('es');
  });

  it('loads the other languages in the background once the first screen shows', async () => {
    browserSpeaks('de');
    const i18n = await renderApp(createSettingsStore(null));
    expect(i18n.hasResourceBundle('fr', 'translation')).toBe(false);
    await waitFor(
      () => {
        for (const language of ['en', 'de', 'fr', 'es']) {
          expect(i18n.hasResourceBundle(language, 'translation')).toBe(true);
        }
      },
      { timeout: 5_000 },
    );
    expect(i18n.language).toBe('de');
  });
});

describe('switchLanguage', () => {
  it('does not switch to a language that is no longer wanted once it has loaded', async () => {
    const i18n = createI18n('en');
    await switchLanguage(i18n, 'fr', () => false);
    expect(i18n.language).toBe('en');
    // ... but the translations are held now, for a sheet kept in French.
    expect(i18n.getFixedT('fr')('setup.heading')).toBe('Préparer la clinique de cas');
  });

  it('switches to a language that a background load has queued but not yet brought', async () => {
    const i18n = createI18n('en');
    void i18n.loadLanguages(['fr', 'es']); // queued; i18next answers a second ask at once
    await switchLanguage(i18n, 'fr');
    expect(i18n.language).toBe('fr');
    expect(i18n.t('setup.heading')).toBe('Préparer la clinique de cas');
  });

  it('lets any screen load another language through plain i18next calls', async () => {
    const i18n = createI18n('en');
    await i18n.loadLanguages('es');
    expect(i18n.getFixedT('es')('finished.heading')).toBe('Clínica terminada');
    expect(i18n.language).toBe('en');
  });
});
