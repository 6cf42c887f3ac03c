import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_CHECK_IN_MINUTES,
  MAX_CHECK_IN_MINUTES,
  MIN_CHECK_IN_MINUTES,
  type NextCheckIn,
} from '../../takeaway/sheet';
import { fromLocalInputs, toLocalInputs } from '../../ui/export-actions';
import { LabelledField } from '../../ui/LabelledField';

/** The next check-in, picked on the sheet: a date, a time and a length, in local time. */
export function CheckInPicker({
  checkIn,
  onChange,
}: {
  checkIn: NextCheckIn | null;
  onChange: (checkIn: NextCheckIn | null) => void;
}) {
  const { t } = useTranslation();
  const initial = checkIn ? toLocalInputs(checkIn.startsAt) : { date: '', time: '' };
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [minutes, setMinutes] = useState(
    String(checkIn?.durationMinutes ?? DEFAULT_CHECK_IN_MINUTES),
  );

  const commit = (nextDate: string, nextTime: string, nextMinutes: string) => {
    const startsAt = fromLocalInputs(nextDate, nextTime);
    const parsed = Number.parseInt(nextMinutes, 10);
    const durationMinutes = Number.isFinite(parsed)
      ? Math.min(MAX_CHECK_IN_MINUTES, Math.max(MIN_CHECK_IN_MINUTES, parsed))
      : DEFAULT_CHECK_IN_MINUTES;
    onChange(startsAt === null ? null : { startsAt, durationMinutes });
  };

  return (
    <div className="check-in-picker">
      <LabelledField label={t('takeaway.details.checkInDate')}>
        <input
          type="date"
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
            commit(event.target.value, time, minutes);
          }}
        />
      </LabelledField>
      <LabelledField label={t('takeaway.details.checkInTime')}>
        <input
          type="time"
          value={time}
          onChange={(event) => {
            setTime(event.target.value);
            commit(date, event.target.value, minutes);
          }}
        />
      </LabelledField>
      <LabelledField label={t('takeaway.details.checkInLength')}>
        <input
          type="number"
          inputMode="numeric"
          min={MIN_CHECK_IN_MINUTES}
          max={MAX_CHECK_IN_MINUTES}
          step={5}
          value={minutes}
          onChange={(event) => {
            setMinutes(event.target.value);
            commit(date, time, event.target.value);
          }}
        />
      </LabelledField>
      {checkIn && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setDate('');
            setTime('');
            onChange(null);
          }}
        >
          {t('takeaway.details.clearCheckIn')}
        </button>
      )}
    </div>
  );
}
