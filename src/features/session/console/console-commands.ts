import type { ComponentType } from 'react';
import type { ClinicEvent } from '../../../clinic/machine';
import type { ClinicMoment } from '../../../clinic/moment';
import { MINUTE_MS } from '../../../clinic/templates';
import type { TranslationResource } from '../../../i18n/resources';
import { FullscreenIcon, KeyboardIcon, ProjectorIcon } from '../../../ui/icons';
import type { FitOffer } from '../fit/fit-offer';

// Every command of the console, once: its button (words, place, look), its shortcut (keys and how
// the list of shortcuts names them), when it applies and what it does. The buttons, the keyboard
// and the list of shortcuts are all drawn from this table, so a new command is one entry here
// (and its words in the four locales).

type ControlText = keyof TranslationResource['controls'];
export type ShortcutText = keyof TranslationResource['shortcuts'];

/** What the app does for the console: the window and the dialogs are the app's, not the clinic's. */
export interface ConsoleActions {
  toggleFullscreen: () => void;
  openShortcuts: () => void;
  openProjector: () => void;
  /** The preview of "Fit the rest to the end time". */
  openFit: () => void;
}

export interface CommandContext {
  /** The clinic at the instant the command is given. */
  moment: ClinicMoment;
  dispatch: (event: ClinicEvent) => void;
  toggleSound: () => void;
  /** Takes the last fit to the end time back. */
  undoFit: () => void;
  app: ConsoleActions;
}

/** Where a command's button stands: the three rows of the controls, the toolbar, the turns. */
export type CommandPlace = 'main' | 'time' | 'end' | 'toolbar' | 'turn' | 'fit';

export interface CommandButton {
  place: CommandPlace;
  /** Its words; they may follow the moment (Pause or Resume). */
  label: (moment: ClinicMoment) => ControlText;
  look?: 'primary' | 'quiet' | 'small';
  icon?: ComponentType;
  /** It opens a dialog. */
  opensDialog?: boolean;
  /** Shown only while it applies (rather than disabled): an offer, not a standing control. */
  onlyWhenApplies?: boolean;
  /** On a laptop-wide window its icon alone shows (its words stay its name and its tooltip). */
  iconOnlyWhenNarrow?: boolean;
}

export interface CommandShortcut {
  /** The `KeyboardEvent.key` values that give the command. */
  keys: readonly string[];
  /** What its button declares in `aria-keyshortcuts`. */
  aria: string;
  /** How the list of shortcuts names the key, and what it says the key does. */
  keyName: ShortcutText;
  does: ShortcutText;
}

export interface ConsoleCommand {
  id: string;
  button: CommandButton | null;
  shortcut: CommandShortcut | null;
  /**
   * When it applies, at a moment of the clinic and with what the end time offers; otherwise its
   * button is disabled (or hidden) and its key does nothing.
   */
  applies: (moment: ClinicMoment, offer: FitOffer) => boolean;
  run: (context: CommandContext) => void;
}

const underWay = (moment: ClinicMoment) => moment.inSession;
const always = () => true;
const send =
  (event: ClinicEvent) =>
  ({ dispatch }: CommandContext) =>
    dispatch(event);

export const CONSOLE_COMMANDS: readonly ConsoleCommand[] = [
  {
    id: 'pauseResume',
    button: {
      place: 'main',
      look: 'primary',
      label: (moment) => (moment.running ? 'pause' : 'resume'),
    },
    shortcut: { keys: [' ', 'Spacebar'], aria: 'Space', keyName: 'keySpace', does: 'pauseResume' },
    applies: underWay,
    run: ({ moment, dispatch }) => dispatch({ type: moment.running ? 'pause' : 'resume' }),
  },
  {
    id: 'previous',
    button: { place: 'main', label: () => 'previous' },
    shortcut: { keys: ['ArrowLeft'], aria: 'ArrowLeft', keyName: 'keyLeft', does: 'previous' },
    applies: (moment) => moment.inSession && !moment.isFirstPhase,
    run: send({ type: 'previous' }),
  },
  {
    id: 'next',
    button: { place: 'main', look: 'primary', label: () => 'next' },
    shortcut: { keys: ['ArrowRight'], aria: 'ArrowRight', keyName: 'keyRight', does: 'next' },
    applies: (moment) => moment.inSession && !moment.isLastPhase,
    run: send({ type: 'next' }),
  },
  {
    id: 'removeMinute',
    button: { place: 'time', label: () => 'removeMinute' },
    shortcut: { keys: ['-', '−'], aria: '-', keyName: 'keyMinus', does: 'removeMinute' },
    applies: underWay,
    run: send({ type: 'extend', deltaMs: -MINUTE_MS }),
  },
  {
    id: 'addMinute',
    button: { place: 'time', label: () => 'addMinute' },
    // '=' is the + key without Shift on US keyboards.
    shortcut: { keys: ['+', '='], aria: '+', keyName: 'keyPlus', does: 'addMinute' },
    applies: underWay,
    run: send({ type: 'extend', deltaMs: MINUTE_MS }),
  },
  {
    id: 'restartPhase',
    button: { place: 'time', label: () => 'restartPhase' },
    shortcut: null,
    applies: underWay,
    run: send({ type: 'restartPhase' }),
  },
  {
    id: 'finish',
    button: { place: 'end', look: 'quiet', label: () => 'finish' },
    shortcut: null,
    applies: underWay,
    run: send({ type: 'finish' }),
  },
  {
    id: 'nextSpeaker',
    button: { place: 'turn', label: () => 'nextSpeaker' },
    shortcut: null,
    applies: (moment) => moment.inSession && moment.turn !== null && moment.turn.next !== null,
    run: send({ type: 'nextTurn' }),
  },
  {
    id: 'fitToEnd',
    button: {
      place: 'fit',
      look: 'primary',
      label: () => 'fitRest',
      opensDialog: true,
      onlyWhenApplies: true,
    },
    shortcut: { keys: ['e', 'E'], aria: 'E', keyName: 'keyE', does: 'fitRest' },
    applies: (_moment, offer) => offer.canFit,
    run: ({ app }) => app.openFit(),
  },
  {
    id: 'undoFit',
    button: { place: 'fit', label: () => 'undoFit', onlyWhenApplies: true },
    shortcut: null,
    applies: (_moment, offer) => offer.canUndo,
    run: ({ undoFit }) => undoFit(),
  },
  {
    id: 'fullscreen',
    button: {
      place: 'toolbar',
      look: 'small',
      icon: FullscreenIcon,
      label: () => 'fullscreen',
      iconOnlyWhenNarrow: true,
    },
    shortcut: { keys: ['f', 'F'], aria: 'F', keyName: 'keyF', does: 'fullscreen' },
    applies: always,
    run: ({ app }) => app.toggleFullscreen(),
  },
  {
    id: 'sound',
    button: null,
    shortcut: { keys: ['m', 'M'], aria: 'M', keyName: 'keyM', does: 'mute' },
    applies: always,
    run: ({ toggleSound }) => toggleSound(),
  },
  {
    id: 'shortcuts',
    button: {
      place: 'toolbar',
      look: 'small',
      icon: KeyboardIcon,
      iconOnlyWhenNarrow: true,
      label: () => 'shortcuts',
      opensDialog: true,
    },
    shortcut: { keys: ['?'], aria: 'Shift+?', keyName: 'keyQuestion', does: 'help' },
    applies: always,
    run: ({ app }) => app.openShortcuts(),
  },
  {
    id: 'projector',
    button: { place: 'toolbar', look: 'small', icon: ProjectorIcon, label: () => 'openProjector' },
    shortcut: null,
    applies: always,
    run: ({ app }) => app.openProjector(),
  },
];

/** The projector window's own keys (it has no console): its full screen, as stage timers do. */
export const PROJECTOR_SHORTCUTS: ReadonlyArray<{ keyName: ShortcutText; does: ShortcutText }> = [
  { keyName: 'keyF', does: 'projectorFullscreen' },
  { keyName: 'doubleClick', does: 'projectorFullscreen' },
];

export function commandsAt(place: CommandPlace): ConsoleCommand[] {
  return CONSOLE_COMMANDS.filter((command) => command.button?.place === place);
}

/** A button as it stands at a moment: what it says and whether it can be pressed. */
export interface ButtonState {
  command: ConsoleCommand;
  label: ControlText;
  enabled: boolean;
}

/** Whether the buttons of a place depend on what the end time offers (worked out only then). */
export function placeOffersFit(place: CommandPlace): boolean {
  return commandsAt(place).some((command) => command.button?.onlyWhenApplies);
}

export function buttonsAt(
  place: CommandPlace,
  moment: ClinicMoment,
  offer: FitOffer,
): ButtonState[] {
  return commandsAt(place).flatMap((command) => {
    const enabled = command.applies(moment, offer);
    if (!enabled && command.button!.onlyWhenApplies) return [];
    return [{ command, label: command.button!.label(moment), enabled }];
  });
}

export function sameButtons(a: ButtonState[], b: ButtonState[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (state, index) =>
        state.command === b[index]?.command &&
        state.label === b[index]?.label &&
        state.enabled === b[index]?.enabled,
    )
  );
}
