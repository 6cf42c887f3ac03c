import { useCallback, useEffect, useMemo, useRef } from 'react';
import { momentAt } from '../../../clinic/moment';
import { useClinicStoreApi, useSettingsStoreApi } from '../../../store/store-context';
import { useKeyboardShortcuts } from '../../../ui/use-keyboard-shortcuts';
import { fitOfferAt } from '../fit/fit-offer';
import { CONSOLE_COMMANDS, type ConsoleActions, type ConsoleCommand } from './console-commands';

/**
 * Gives the console's commands, by button or by key: each is checked against the clinic at the
 * instant it is given, then run with the store's dispatch and the app's actions. Binds every
 * command's shortcut while `keyboard` is on. Reads the stores only when a command is given, so
 * the console never re-renders for it.
 */
export function useConsoleCommands(
  app: ConsoleActions,
  keyboard: boolean,
): (command: ConsoleCommand) => void {
  const clinicStore = useClinicStoreApi();
  const settingsStore = useSettingsStoreApi();
  const latestApp = useRef(app);
  useEffect(() => {
    latestApp.current = app;
  });

  const run = useCallback(
    (command: ConsoleCommand) => {
      const state = clinicStore.getState();
      const now = clinicStore.clock.now();
      const moment = momentAt(state.clinic, now);
      if (!command.applies(moment, fitOfferAt(state, now))) return;
      command.run({
        moment,
        dispatch: state.dispatch,
        undoFit: state.undoFit,
        toggleSound: () => {
          const settings = settingsStore.getState();
          settings.update({ soundOn: !settings.soundOn });
        },
        app: latestApp.current,
      });
    },
    [clinicStore, settingsStore],
  );

  const bindings = useMemo(
    () =>
      CONSOLE_COMMANDS.flatMap((command) =>
        command.shortcut ? [{ keys: command.shortcut.keys, run: () => run(command) }] : [],
      ),
    [run],
  );
  useKeyboardShortcuts(bindings, keyboard);
  return run;
}
