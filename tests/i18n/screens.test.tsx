import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SetupScreen } from '@/features/setup/SetupScreen';
import { ConsoleScreen } from '@/features/session/ConsoleScreen';
import { ProjectorScreen } from '@/features/session/ProjectorScreen';
import { SessionBar } from '@/features/session/run/SessionBar';
import { momentAt } from '@/clinic/moment';
import { FinishedScreen } from '@/features/takeaway/FinishedScreen';
import { NotesPanel } from '@/features/takeaway/NotesPanel';
import { TakeawaySheet } from '@/features/takeaway/TakeawaySheet';
import { HistoryScreen } from '@/features/history/HistoryScreen';
import { SUPPORTED_LANGUAGES, type Language } from '@/i18n/languages';
import type { TranslationResource } from '@/i18n/resources';
import { createI18n } from '@/i18n/setup';
import de from '@/i18n/locales/de.json';
import es from '@/i18n/locales/es.json';
import fr from '@/i18n/locales/fr.json';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import type { HistoryStore } from '@/store/history-store';
import { createNotesStore } from '@/store/notes-store';
import { createSettingsStore } from '@/store/settings-store';
import { StoresProvider } from '@/store/store-context';
import { TakeawayStoresProvider } from '@/store/takeaway-context';
import { SoundControls } from '@/ui/sound-controls/SoundControls';
import { LanguageSwitcher } from '@/ui/LanguageSwitcher';
import { finishedClinic, typicalExport } from '../helpers/takeaway-fixtures';
import { freshHistory } from '../helpers/render-takeaway';
import { MINUTE, SECOND, advance, runningClinicStore, useFakeClock } from '../helpers/session';

// Every screen, in every language, asks only for keys its language has. English is not a
// fallback here: a key German lacks would otherwise quietly show in English.

const resources = { de, fr, es } as unknown as Partial<Record<Language, TranslationResource>>;
let missing: string[] = [];

function renderIn(
  language: Language,
  ui: ReactElement,
  stores: { clinic?: ClinicStore; history?: HistoryStore } = {},
) {
  const i18n = createI18n(language, {
    resources,
    fallbackToEnglish: false,
    onMissingKey: (code, key) => missing.push(`${code}: ${key}`),
  });
  const clinic = stores.clinic ?? createClinicStore({ storage: null });
  const takeaway = {
    notes: createNotesStore({ clinic, storage: null }),
    history: stores.history ?? freshHistory(),
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={{ clinic, settings: createSettingsStore(null) }}>
        <TakeawayStoresProvider stores={takeaway} language={language}>
          {children}
        </TakeawayStoresProvider>
      </StoresProvider>
    </I18nextProvider>
  );
  const result = render(ui, { wrapper });
  return { ...result, i18n, clinic, takeaway };
}

const noop = () => undefined;
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

beforeEach(() => {
  missing = [];
  useFakeClock();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the missing-key spy', () => {
  it('catches a key the language lacks', () => {
    const { i18n } = renderIn('de', <LanguageSwitcher />);
    // A key English has but this test's German lacks.
    i18n.removeResourceBundle('de', 'translation');
    i18n.addResourceBundle('de', 'translation', { language: {} });
    i18n.t('language.label');
    expect(missing).toEqual(['de: language.label']);
  });
});

describe.each(SUPPORTED_LANGUAGES)('in %s', (language) => {
  afterEach(() => {
    expect(missing).toEqual([]);
  });

  it('the setup screen, with its validation messages and the language switcher', () => {
    const { i18n } = renderIn(
      language,
      <>
        <LanguageSwitcher />
        <SetupScreen />
      </>,
    );
    const t = i18n.t;
    expect(screen.getByRole('heading', { level: 1, name: t('setup.heading') })).toBeVisible();
    // Start with nobody named: the errors appear, in this language.
    click(t('setup.start'));
    expect(document.body.textContent).toContain(t('errors.caseOwnerMissing'));
    for (const templateId of ['reverseMentoring', 'standard', 'quick'] as const) {
      expect(screen.getByRole('option', { name: t(`template.${templateId}`) })).toBeInTheDocument();
    }
  });

  it('the console through every phase: paused, wrap-up, overtime, hand-overs, shortcuts', () => {
    const clinic = runningClinicStore('quick');
    const { i18n, rerender } = renderIn(
      language,
      <ConsoleScreen
        notes={<NotesPanel />}
        soundControls={<SoundControls />}
        onOpenProjector={noop}
        onToggleFullscreen={noop}
        shortcutsOpen={false}
        onShortcutsOpenChange={noop}
        fitOpen={false}
        onFitOpenChange={noop}
      />,
      { clinic },
    );
    const t = i18n.t;
    const tick = () => act(() => clinic.getState().tick());
    for (let index = 0; index < 7; index += 1) {
      expect(clinic.getState().clinic.phaseIndex).toBe(index);
      expect(document.body.textContent).toContain(t('session.forTheFacilitator'));
      const planned = Object.values(clinic.getState().clinic.plan.durationsMs)[index]!;
      // Into the wrap-up, then past the end: the cues and announcements show.
      advance(planned - 20 * SECOND);
      tick();
      if (index === 4) act(() => clinic.getState().dispatch({ type: 'nextTurn' }));
      advance(40 * SECOND);
      tick();
      if (index === 1) {
        act(() => clinic.getState().dispatch({ type: 'pause' }));
        expect(document.body.textContent).toContain(t('session.paused'));
        act(() => clinic.getState().dispatch({ type: 'resume' }));
      }
      if (index < 6) act(() => clinic.getState().dispatch({ type: 'next' }));
    }
    rerender(
      <ConsoleScreen
        notes={<NotesPanel />}
        soundControls={<SoundControls />}
        onOpenProjector={noop}
        onToggleFullscreen={noop}
        shortcutsOpen
        onShortcutsOpenChange={noop}
        fitOpen={false}
        onFitOpenChange={noop}
      />,
    );
    expect(screen.getByRole('dialog', { name: t('shortcuts.title') })).toBeInTheDocument();
  });

  it('the fit to the end time: the bar, the preview, its refusal and the undo', () => {
    const clinic = runningClinicStore('standard');
    const end = () => momentAt(clinic.getState().clinic, Date.now()).forecast!.expectedEndAt;
    act(() => clinic.getState().setEndBy(end() - 5 * MINUTE));
    const console = (fitOpen: boolean) => (
      <ConsoleScreen
        sessionBar={(actions) => <SessionBar actions={actions} />}
        onOpenProjector={noop}
        onToggleFullscreen={noop}
        shortcutsOpen={false}
        onShortcutsOpenChange={noop}
        fitOpen={fitOpen}
        onFitOpenChange={noop}
      />
    );
    const { i18n, rerender } = renderIn(language, console(true), { clinic });
    const t = i18n.t;
    const dialog = screen.getByRole('dialog', { name: t('fit.title') });
    expect(within(dialog).getByRole('table', { name: t('fit.caption') })).toBeInTheDocument();
    click(t('fit.apply'));
    rerender(console(false));
    expect(screen.getByRole('button', { name: t('controls.undoFit') })).toBeInTheDocument();
    // Far too late for any fit: the refusal.
    act(() => clinic.getState().setEndBy(end() - 40 * MINUTE));
    rerender(console(true));
    expect(screen.getByRole('dialog', { name: t('fit.title') })).toHaveTextContent(
      t('fit.nothingToDropClinic'),
    );
  });

  it('the projector: waiting, every phase, finished', () => {
    const clinic = createClinicStore({ storage: null });
    const { i18n } = renderIn(language, <ProjectorScreen />, { clinic });
    const t = i18n.t;
    expect(document.body.textContent).toContain(t('projector.waiting'));
    act(() => {
      clinic.getState().dispatch({ type: 'applyTemplate', templateId: 'quick' });
      clinic.getState().dispatch({
        type: 'updatePlan',
        patch: { caseOwner: 'Ada', coaches: ['Ben', 'Chloé'], caseTitle: 'A case' },
      });
      clinic.getState().dispatch({ type: 'start' });
    });
    for (let index = 0; index < 7; index += 1) {
      advance(6 * MINUTE);
      act(() => clinic.getState().tick());
      act(() => clinic.getState().dispatch({ type: index < 6 ? 'next' : 'finish' }));
    }
    expect(document.body.textContent).toContain(t('projector.finished'));
  });

  it('the finished screen and its takeaway sheet', () => {
    const clinic = createClinicStore({ storage: null });
    clinic.setState({ clinic: finishedClinic() });
    const { i18n } = renderIn(language, <FinishedScreen />, { clinic });
    expect(document.body.textContent).toContain(i18n.t('takeaway.sheet.timeTable'));
  });

  it('a kept sheet in a language of its own', () => {
    const data = { ...typicalExport(), language };
    renderIn(language, <TakeawaySheet data={data} now={data.exportedAt} />);
    expect(screen.getAllByRole('heading').length).toBeGreaterThan(0);
  });

  it('the history with one finished clinic, opened', async () => {
    vi.useRealTimers(); // the in-memory IndexedDB works on real timers
    const history = freshHistory();
    await history.getState().save({ ...typicalExport(), language });
    const { i18n } = renderIn(
      language,
      <HistoryScreen renderSheet={(data) => <TakeawaySheet data={data} now={data.exportedAt} />} />,
      { history },
    );
    const t = i18n.t;
    expect(document.body.textContent).toContain(t('history.privacy'));
    // The button reads "Open"; its accessible name adds the case's title and date.
    const open = await screen.findByText(t('history.openShort'), { selector: 'button' });
    expect(open).toHaveAccessibleName(expect.stringContaining('Leading a team through a merger'));
    fireEvent.click(open);
    await waitFor(() => expect(document.body.textContent).toContain(t('takeaway.sheet.timeTable')));
  });
});
