import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicMoment } from '../../../clinic/moment';
import { useClinic } from '../../../store/store-context';
import { useClockValue } from '../../../ui/use-clock-value';
import { fitOfferAt, NO_FIT_OFFER } from '../fit/fit-offer';
import {
  buttonsAt,
  placeOffersFit,
  sameButtons,
  type ButtonState,
  type CommandPlace,
  type ConsoleCommand,
} from './console-commands';

/** Draws buttons of the command table as they stand: their words, icon, shortcut, whether on. */
export function CommandButtonList({
  buttons,
  run,
}: {
  buttons: ButtonState[];
  run: (command: ConsoleCommand) => void;
}) {
  const { t } = useTranslation();
  return buttons.map(({ command, label, enabled }) => {
    const { look, icon: Icon, opensDialog, iconOnlyWhenNarrow } = command.button!;
    const narrow = iconOnlyWhenNarrow ? ' button-icon-narrow' : '';
    return (
      <button
        key={command.id}
        type="button"
        className={(look ? `button button-${look}` : 'button') + narrow}
        title={iconOnlyWhenNarrow ? t(`controls.${label}`) : undefined}
        aria-keyshortcuts={command.shortcut?.aria}
        aria-haspopup={opensDialog ? 'dialog' : undefined}
        disabled={!enabled}
        onClick={() => run(command)}
      >
        {Icon && <Icon />}
        {Icon ? <span>{t(`controls.${label}`)}</span> : t(`controls.${label}`)}
      </button>
    );
  });
}

/**
 * The buttons of one place of the console, drawn from the command table. Each says when it
 * applies (disabled otherwise, or not shown when it is an offer such as the fit to the end time)
 * and declares its shortcut; it re-renders only when one of them changes its words or whether it
 * can be pressed.
 */
export function CommandButtons({
  place,
  run,
}: {
  place: CommandPlace;
  run: (command: ConsoleCommand) => void;
}) {
  const clinic = useClinic((s) => s.clinic);
  const session = useClinic((s) => s.session);
  const endBy = useClinic((s) => s.endBy);
  const lastClinicFit = useClinic((s) => s.lastClinicFit);
  const compute = useCallback(
    (moment: ClinicMoment) => {
      const offer = placeOffersFit(place)
        ? fitOfferAt({ clinic, session, endBy, lastClinicFit }, moment.at)
        : NO_FIT_OFFER;
      return buttonsAt(place, moment, offer);
    },
    [place, clinic, session, endBy, lastClinicFit],
  );
  const buttons = useClockValue(clinic, compute, sameButtons);
  return <CommandButtonList buttons={buttons} run={run} />;
}
