import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import {
  CONSOLE_COMMANDS,
  type CommandContext,
  type ConsoleCommand,
} from '@/features/session/console/console-commands';
import { ShortcutsDialog } from '@/features/session/console/ShortcutsDialog';
import type { ClinicEvent } from '@/clinic/machine';
import { momentAt } from '@/clinic/moment';
import { SUPPORTED_LANGUAGES, type Language } from '@/i18n/languages';
import type { TranslationResource } from '@/i18n/resources';
import { createI18n } from '@/i18n/setup';
import de from '@/i18n/locales/de.json';
import en from '@/i18n/locales/en.json';
import es from '@/i18n/locales/es.json';
import fr from '@/i18n/locales/fr.json';
import type { ClinicStore } from '@/store/clinic-store';
import { renderConsole } from '../../helpers/render-console';
import { MINUTE, goToPhase, runningClinicStore, useFakeClock } from '../../helpers/session';

const locales: Record<Language, TranslationResource> = { en, de, fr, es };
const withShortcut = CONSOLE_COMMANDS.filter((command) => command.shortcut !== null);
const withButton = CONSOLE_COMMANDS.filter((command) => command.button !== null);

/** What a command does, as a list of "dispatch {...}" and "app openShortcuts" lines. */
type Effects = string[];

function recordingContext(store: ClinicStore, effects: Effects): CommandContext {
  const app = (name: string) => () => effects.push(`app ${name}`);
  return {
    moment: momentAt(store.getState().clinic, Date.now()),
    dispatch: (event: ClinicEvent) => effects.push(`dispatch ${JSON.stringify(event)}`),
    toggleSound: () => effects.push('sound'),
    undoFit: () => effects.push('undoFit'),
    app: {
      toggleFullscreen: app('toggleFullscreen'),
      openShortcuts: app('openShortcuts'),
      openProjector: app('openProjector'),
      openFit: app('openFit'),
    },
  };
}

/**
 * A standard clinic in a middle phase, where every command applies: behind its End by, and
 * fitted once before (so the fit's undo is offered as well as a new fit).
 */
function middleOfLateClinic(phase = 2): ClinicStore {
  const store = runningClinicStore('standard');
  goToPhase(store, phase);
  const { setEndBy, fitToEnd, clinic } = store.getState();
  const expectedEndAt = momentAt(clinic, Date.now()).forecast!.expectedEndAt;
  setEndBy(expectedEndAt - 5 * MINUTE);
  fitToEnd();
  setEndBy(expectedEndAt - 6 * MINUTE);
  return store;
}

/** The console on a clinic whose dispatch and the app's actions are recorded, not carried out. */
function renderRecordingConsole(store: ClinicStore) {
  const effects: Effects = [];
  store.setState({
    dispatch: (event: ClinicEvent) => effects.push(`dispatch ${JSON.stringify(event)}`),
    undoFit: () => effects.push('undoFit'),
  });
  const { stores } = renderConsole(store, {
    onToggleFullscreen: () => effects.push('app toggleFullscreen'),
    onShortcutsOpenChange: (open) => open && effects.push('app openShortcuts'),
    onOpenProjector: () => effects.push('app openProjector'),
    onFitOpenChange: (open) => open && effects.push('app openFit'),
    sessionBar: (fitActions) => fitActions,
  });
  stores.settings.subscribe((state, previous) => {
    if (state.soundOn !== previous.soundOn) effects.push('sound');
  });
  return effects;
}

/** What the table says the command does, right now. */
function expectedEffects(command: ConsoleCommand, store: ClinicStore): Effects {
  const effects: Effects = [];
  command.run(recordingContext(store, effects));
  return effects;
}

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

describe('the command table', () => {
  it('gives every command a button or a shortcut, and no id or key twice', () => {
    for (const command of CONSOLE_COMMANDS) {
      expect(command.button ?? command.shortcut, command.id).not.toBeNull();
    }
    const ids = CONSOLE_COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = withShortcut.flatMap((command) => command.shortcut!.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(SUPPORTED_LANGUAGES)(
    'lists every shortcut in %s, in words of that language',
    (language) => {
      const i18n = createI18n(language, { resources: locales, fallbackToEnglish: false });
      render(
        <I18nextProvider i18n={i18n}>
          <ShortcutsDialog onClose={() => {}} />
        </I18nextProvider>,
      );
      const dialog = screen.getByRole('dialog', { name: locales[language].shortcuts.title });
      // The console's own keys; the projector window's follow in a table of their own.
      const rows = within(within(dialog).getAllByRole('table')[0]!).getAllByRole('row');
      expect(rows).toHaveLength(withShortcut.length);
      withShortcut.forEach((command, index) => {
        const { keyName, does } = command.shortcut!;
        const words = locales[language].shortcuts;
        expect(within(rows[index]!).getByRole('rowheader')).toHaveTextContent(words[keyName]);
        expect(within(rows[index]!).getByRole('cell')).toHaveTextContent(words[does]);
        if (language !== 'en')
          expect(words[does], `${language} ${does}`).not.toBe(en.shortcuts[does]);
      });
    },
  );

  it('declares each shortcut on its button', () => {
    const store = middleOfLateClinic(4); // mirroring: the Next speaker button is there too
    renderConsole(store, { sessionBar: (fitActions) => fitActions });
    const moment = momentAt(store.getState().clinic, Date.now());
    for (const command of withButton) {
      const name = en.controls[command.button!.label(moment)];
      const button = screen.getByRole('button', { name });
      const aria = command.shortcut?.aria;
      if (aria) expect(button).toHaveAttribute('aria-keyshortcuts', aria);
      else expect(button).not.toHaveAttribute('aria-keyshortcuts');
    }
  });
});

describe('the keys and the buttons do what the table says', () => {
  it.each(withShortcut.map((command) => [command.id, command] as const))(
    'the key of %s',
    (_id, command) => {
      const store = middleOfLateClinic();
      const expected = expectedEffects(command, store);
      expect(expected.length).toBeGreaterThan(0);
      const effects = renderRecordingConsole(store);
      for (const key of command.shortcut!.keys) fireEvent.keyDown(document.body, { key });
      const once = command.shortcut!.keys.length;
      expect(effects).toEqual(Array.from({ length: once }, () => expected).flat());
    },
  );

  it.each(withButton.map((command) => [command.id, command] as const))(
    'the button of %s',
    (_id, command) => {
      const store = middleOfLateClinic(command.button!.place === 'turn' ? 4 : 2);
      const expected = expectedEffects(command, store);
      const effects = renderRecordingConsole(store);
      const moment = momentAt(store.getState().clinic, Date.now());
      fireEvent.click(
        screen.getByRole('button', { name: en.controls[command.button!.label(moment)] }),
      );
      expect(effects).toEqual(expected);
    },
  );

  it('a key whose command does not apply does nothing: no step back from the first phase', () => {
    const effects = renderRecordingConsole(runningClinicStore());
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(effects).toEqual([]);
    expect(screen.getByRole('button', { name: 'Previous phase' })).toBeDisabled();
  });
});
