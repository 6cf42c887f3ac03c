import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandButtons } from './CommandButtons';
import type { ConsoleCommand } from './console-commands';

/**
 * The facilitator's buttons, in three rows: moving through the clinic, its time, its end. `room`
 * (the message to the room) stands before the end.
 */
export function ConsoleControls({
  run,
  room,
}: {
  run: (command: ConsoleCommand) => void;
  room?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="controls" role="group" aria-label={t('controls.label')}>
      <div className="controls-main">
        <CommandButtons place="main" run={run} />
      </div>
      <div className="controls-time">
        <CommandButtons place="time" run={run} />
      </div>
      <div className="controls-end">
        {room}
        <CommandButtons place="end" run={run} />
      </div>
    </div>
  );
}
