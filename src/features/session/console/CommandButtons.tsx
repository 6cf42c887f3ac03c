import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicMoment } from '../../../clinic/moment';
import { useClinic } from '../../../store/store-context';
import { useClockValue } from '../../../ui/use-clock-value';
import { buttonsAt, sameButtons, type CommandPlace, type ConsoleCommand } from './console-commands';

/**
 * The buttons of one place of the console, drawn from the command table. Each says when it
 * applies (disabled otherwise) and declares its shortcut; it re-renders only when one of them
 * changes its words or whether it can be pressed.
 */
export function CommandButtons({
  place,
  run,
}: {
  place: CommandPlace;
  run: (command: ConsoleCommand) => void;
}) {
  const { t } = useTranslation();
  const clinic = useClinic((s) => s.clinic);
  const compute = useCallback((moment: ClinicMoment) => buttonsAt(place, moment), [place]);
  const buttons = useClockValue(clinic, compute, sameButtons);
  return buttons.map(({ command, label, enabled }) => {
    const { look, icon: Icon, opensDialog } = command.button!;
    return (
      <button
        key={command.id}
        type="button"
        className={look ? `button button-${look}` : 'button'}
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
