import { useState } from 'react';
import { momentAt } from '../../../clinic/moment';
import { useClinic } from '../../../store/store-context';
import { CommandButtonList } from '../console/CommandButtons';
import { buttonsAt } from '../console/console-commands';
import { useConsoleCommands } from '../console/use-console-commands';
import { fitOfferAt } from './fit-offer';
import { FitDialog } from './FitDialog';

// Between two clinics the console has no controls but the break's: it has no use for the other
// commands' actions, and its keys stay with the break's fields.
const NOTHING = () => {};

/** The fit's buttons of the command table during a break, drawn at the break screen's instant. */
export function BreakFitActions({ now }: { now: number }) {
  const [open, setOpen] = useState(false);
  const clinic = useClinic((s) => s.clinic);
  const session = useClinic((s) => s.session);
  const endBy = useClinic((s) => s.endBy);
  const lastClinicFit = useClinic((s) => s.lastClinicFit);
  const run = useConsoleCommands(
    {
      openFit: () => setOpen(true),
      toggleFullscreen: NOTHING,
      openShortcuts: NOTHING,
      openProjector: NOTHING,
    },
    false,
  );
  const offer = fitOfferAt({ clinic, session, endBy, lastClinicFit }, now);
  const buttons = buttonsAt('fit', momentAt(clinic, now), offer);
  return (
    <div className="session-fit-actions">
      <CommandButtonList buttons={buttons} run={run} />
      {open && <FitDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
