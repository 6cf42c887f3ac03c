import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic, useClock } from '../../store/store-context';
import { useNotes } from '../../store/takeaway-context';
import { NextSteps } from './NextStepList';
import { TakeawaySheet } from './TakeawaySheet';

/** The language the current clinic is held in: the app's language while it runs. */
export function useClinicLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language ?? 'en';
}

/** The sheet of the clinic in progress or just finished, with its details editable. */
export function CurrentSheet({ actions, headingId }: { actions?: ReactNode; headingId?: string }) {
  const clinic = useClinic((s) => s.clinic);
  const notes = useNotes((s) => s.notes);
  const details = useNotes((s) => s.details);
  const setPlace = useNotes((s) => s.setPlace);
  const setNextCheckIn = useNotes((s) => s.setNextCheckIn);
  const language = useClinicLanguage();
  // A running clinic's sheet counts its current phase up to the moment the sheet opened.
  const clock = useClock();
  const [openedAt] = useState(() => clock.now());
  const now = clinic.status === 'finished' ? (clinic.clinicEndedAt ?? openedAt) : openedAt;
  return (
    <TakeawaySheet
      data={{ clinic, notes, details, language }}
      now={now}
      headingId={headingId}
      actions={actions}
      stepsEditor={<NextSteps titled={false} />}
      onDetailsChange={(next) => {
        if (next.place !== details.place) setPlace(next.place);
        if (next.nextCheckIn !== details.nextCheckIn) setNextCheckIn(next.nextCheckIn);
      }}
    />
  );
}
