import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from '../../takeaway/file-names';
import type { ClinicNotes } from '../../takeaway/notes';
import type { ClinicState } from '../../clinic/state';
import { buildSheet, type SheetDetails } from '../../takeaway/sheet';
import { toICalendar } from '../../takeaway/check-in-calendar';
import { toJson } from '../../takeaway/clinic-file';
import { toMarkdown } from '../../takeaway/sheet-markdown';
import { useClock } from '../../store/store-context';
import { CheckInPicker } from './CheckInPicker';
import { LabelledField } from '../../ui/LabelledField';
import { copyText, downloadText } from '../../ui/export-actions';
import { PrintCopy } from './PrintCopy';
import { SheetDocument } from './SheetDocument';
import { TakeHomeSection } from './TakeHome';
import { useSheetWords } from '../../ui/sheet-words';
import './takeaway.css';

export interface SheetData {
  clinic: ClinicState;
  notes: ClinicNotes;
  details: SheetDetails;
  /** The clinic's language: the sheet and its exports are written in it. */
  language: string;
}

export interface TakeawaySheetProps {
  data: SheetData;
  /** The instant the sheet shows; a running clinic counts its current phase up to here. */
  now: number;
  /** Given for the current clinic: the next check-in and the place can be picked. */
  onDetailsChange?: (details: SheetDetails) => void;
  /** Buttons of the screen around the sheet (close, new clinic...). */
  actions?: ReactNode;
  /** Where the next steps are edited: all of them on the current sheet, the status in history. */
  stepsEditor?: ReactNode;
  /** The level-1 heading's id, for a dialog or region to name itself. */
  headingId?: string;
}

export function TakeawaySheet({
  data,
  now,
  onDetailsChange,
  actions,
  stepsEditor,
  headingId,
}: TakeawaySheetProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const titleId = headingId ?? `${ownId}-title`;
  const hintId = `${ownId}-calendar-hint`;
  const { words, language } = useSheetWords(data.language);
  const clock = useClock();
  const sheet = useMemo(
    () => buildSheet(data.clinic, data.notes, data.details, now),
    [data.clinic, data.notes, data.details, now],
  );
  const [status, setStatus] = useState('');

  const fileName = (extension: string) =>
    exportFileName(sheet.startedAt ?? now, sheet.caseTitle || words.untitledCase, extension);
  const markdown = () => toMarkdown(sheet, words);
  const hasCheckIn = sheet.nextCheckIn !== null;

  return (
    <div className="takeaway">
      <div className="takeaway-controls">
        <h1 className="visually-hidden">{t('takeaway.sheet.title')}</h1>
        {actions && <div className="takeaway-actions">{actions}</div>}
        {onDetailsChange && (
          <section className="takeaway-details" aria-labelledby={`${ownId}-details`}>
            <h2 id={`${ownId}-details`}>{t('takeaway.details.heading')}</h2>
            <CheckInPicker
              checkIn={data.details.nextCheckIn}
              onChange={(nextCheckIn) => onDetailsChange({ ...data.details, nextCheckIn })}
            />
            <LabelledField label={t('takeaway.details.place')}>
              <input
                type="text"
                value={data.details.place}
                maxLength={5000}
                onChange={(event) =>
                  onDetailsChange({ ...data.details, place: event.target.value })
                }
              />
            </LabelledField>
          </section>
        )}
        {stepsEditor && (
          <section className="takeaway-steps" aria-labelledby={`${ownId}-steps`}>
            <h2 id={`${ownId}-steps`}>{t('takeaway.notes.stepsHeading')}</h2>
            {stepsEditor}
          </section>
        )}
        <section className="takeaway-exports" aria-labelledby={`${ownId}-exports`}>
          <h2 id={`${ownId}-exports`}>{t('takeaway.export.heading')}</h2>
          <div className="button-row">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('takeaway.export.print')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => downloadText(markdown(), fileName('md'), 'text/markdown')}
            >
              {t('takeaway.export.downloadMarkdown')}
            </button>
            <button
              type="button"
              className="button"
              onClick={async () => {
                const copied = await copyText(markdown());
                setStatus(copied ? t('takeaway.export.copied') : t('takeaway.export.copyFailed'));
              }}
            >
              {t('takeaway.export.copyMarkdown')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(
                  toJson({ exportedAt: clock.now(), ...data }),
                  fileName('json'),
                  'application/json',
                )
              }
            >
              {t('takeaway.export.downloadJson')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!hasCheckIn}
              aria-describedby={hasCheckIn ? undefined : hintId}
              onClick={() => {
                // DTSTAMP: the moment the calendar file is made.
                const calendar = toICalendar(sheet, words, { now: clock.now() });
                if (calendar) downloadText(calendar, fileName('ics'), 'text/calendar');
              }}
            >
              {t('takeaway.export.downloadCalendar')}
            </button>
          </div>
          {!hasCheckIn && (
            <p id={hintId} className="hint-text">
              {t('takeaway.export.calendarNeedsDate')}
            </p>
          )}
          <p role="status" className="takeaway-status">
            {status}
          </p>
        </section>
        {data.clinic.status === 'finished' && (
          <TakeHomeSection sheet={sheet} words={words} now={now} clinicId={data.clinic.clinicId} />
        )}
      </div>
      <section className="takeaway-preview" aria-labelledby={titleId}>
        {data.clinic.status !== 'finished' && (
          <p className="hint-text">{t('takeaway.sheet.inProgress')}</p>
        )}
        <SheetDocument sheet={sheet} words={words} language={language} titleId={titleId} />
      </section>
      <PrintCopy>
        <SheetDocument sheet={sheet} words={words} language={language} />
      </PrintCopy>
    </div>
  );
}
