import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSheet } from '../../takeaway/sheet';
import { toCheckInCalendar } from '../../takeaway/check-in-calendar';
import { localDateOf } from '../../takeaway/local-date';
import {
  checkIns,
  filterByPerson,
  openSteps,
  peopleToFilter,
  type FollowUpCheckIn,
  type FollowUpStep,
} from '../../takeaway/follow-up';
import { followUpMarkdown } from '../../takeaway/follow-up-markdown';
import type { StepStatus } from '../../takeaway/notes';
import { setKeptStepStatus } from '../../store/follow-up-actions';
import { useKeptClinics } from '../../store/kept-clinics';
import { useClock } from '../../store/store-context';
import { useHistoryStoreApi, useNotesStoreApi } from '../../store/takeaway-context';
import { downloadText } from '../../ui/export-actions';
import { useSheetWords } from '../../ui/sheet-words';
import { useFollowUpFormat, useFollowUpWords } from './follow-up-words';
import { StepGroups, type Arrangement } from './StepGroups';
import './followup.css';

// Across every kept clinic: the open next steps (by person or by due date, overdue ones marked),
// the check-ins to come and past, a filter by person, and two exports: one calendar file with
// every upcoming check-in and the open steps as Markdown. Read from the history on this device.

function CheckInList({ items, empty }: { items: readonly FollowUpCheckIn[]; empty: string }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="followup-list">
      {items.map((item) => (
        <li key={item.clinicId} className="followup-check-in">
          <strong>{format.dateTime(item.startsAt)}</strong>{' '}
          <span dir="auto">{item.clinicTitle || t('history.untitled')}</span>
          {item.caseOwner && (
            <>
              {' · '}
              {t('followup.withOwner', { owner: item.caseOwner })}
            </>
          )}
          {item.place && (
            <>
              {' · '}
              <bdi>{item.place}</bdi>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function FollowUpView({ headingId }: { headingId?: string }) {
  const { t, i18n } = useTranslation();
  const ownId = useId();
  const titleId = headingId ?? `${ownId}-title`;
  const notes = useNotesStoreApi();
  const history = useHistoryStoreApi();
  const kept = useKeptClinics();
  // "Now" is when the view opened: overdue and upcoming do not shift while it is read.
  const clock = useClock();
  const [now] = useState(() => clock.now());
  const [person, setPerson] = useState<string | null>(null);
  const [arrangement, setArrangement] = useState<Arrangement>('person');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const markdownWords = useFollowUpWords(now);
  const { words } = useSheetWords(i18n.resolvedLanguage ?? 'en');

  const all = useMemo(
    () => ({ steps: openSteps(kept.clinics, now), ...checkIns(kept.clinics, now) }),
    [kept.clinics, now],
  );
  const people = peopleToFilter(all.steps, all.upcoming);
  const shown = person !== null && people.some((p) => p.key === person) ? person : null;
  const steps = filterByPerson(all.steps, shown);
  const upcoming = filterByPerson(all.upcoming, shown);
  const past = filterByPerson(all.past, shown);

  const onStatus = async (step: FollowUpStep, status: StepStatus) => {
    const saved = await setKeptStepStatus({ notes, history }, step.clinicId, step.stepId, status);
    setMessage(
      saved
        ? {
            error: false,
            text: t(`followup.marked.${status === 'done' ? 'done' : 'dropped'}`, {
              text: step.text,
            }),
          }
        : { error: true, text: t('followup.saveFailed') },
    );
  };

  const downloadCalendar = () => {
    const events = upcoming.flatMap((item) => {
      const clinic = kept.clinics.find((candidate) => candidate.id === item.clinicId);
      if (!clinic) return [];
      const { data } = clinic;
      const sheet = buildSheet(data.clinic, data.notes, data.details, data.exportedAt);
      return [{ clinicId: clinic.id, sheet }];
    });
    const text = toCheckInCalendar(events, words, { now: clock.now() });
    downloadText(text, `${t('followup.calendarFileName')}.ics`, 'text/calendar');
  };
  const downloadMarkdown = () => {
    const text = followUpMarkdown(steps, markdownWords);
    const name = `${localDateOf(now)}-${t('followup.fileName')}.md`;
    downloadText(text, name, 'text/markdown');
  };

  return (
    <section className="followup" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('followup.heading')}</h1>
      <p className="hint-text">{t('followup.privacy')}</p>
      {kept.status === 'loading' && <p>{t('followup.loading')}</p>}
      {kept.status === 'failed' && (
        <p role="alert" className="notice">
          {t('followup.failed')}
        </p>
      )}
      {kept.unreadable > 0 && (
        <p className="notice">{t('followup.unreadable', { count: kept.unreadable })}</p>
      )}
      <p role="status" className="followup-message" dir="auto">
        {message && !message.error ? message.text : ''}
      </p>
      {message?.error && (
        <p role="alert" className="notice">
          {message.text}
        </p>
      )}
      {kept.status === 'ready' && (
        <>
          <label className="field followup-filter">
            <span>{t('followup.person')}</span>
            <select
              value={shown ?? ''}
              onChange={(event) => setPerson(event.target.value === '' ? null : event.target.value)}
            >
              <option value="">{t('followup.everyone')}</option>
              {people.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <section aria-labelledby={`${ownId}-steps`}>
            <h2 id={`${ownId}-steps`}>{t('followup.stepsHeading')}</h2>
            <fieldset className="followup-arrange">
              <legend>{t('followup.arrange')}</legend>
              {(['person', 'due'] as const).map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={`${ownId}-arrange`}
                    value={value}
                    checked={arrangement === value}
                    onChange={() => setArrangement(value)}
                  />{' '}
                  {t(value === 'person' ? 'followup.byPerson' : 'followup.byDue')}
                </label>
              ))}
            </fieldset>
            <StepGroups steps={steps} arrangement={arrangement} onStatus={onStatus} />
          </section>
          <section aria-labelledby={`${ownId}-upcoming`}>
            <h2 id={`${ownId}-upcoming`}>{t('followup.upcoming')}</h2>
            <CheckInList items={upcoming} empty={t('followup.noUpcoming')} />
          </section>
          <section aria-labelledby={`${ownId}-past`}>
            <h2 id={`${ownId}-past`}>{t('followup.past')}</h2>
            <CheckInList items={past} empty={t('followup.noPast')} />
          </section>
          <section aria-labelledby={`${ownId}-export`}>
            <h2 id={`${ownId}-export`}>{t('followup.export')}</h2>
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={upcoming.length === 0}
                aria-describedby={upcoming.length === 0 ? `${ownId}-no-calendar` : undefined}
                onClick={downloadCalendar}
              >
                {t('followup.downloadCalendar')}
              </button>
              <button type="button" className="button" onClick={downloadMarkdown}>
                {t('followup.downloadMarkdown')}
              </button>
            </div>
            {upcoming.length === 0 && (
              <p id={`${ownId}-no-calendar`} className="hint-text">
                {t('followup.calendarNone')}
              </p>
            )}
          </section>
        </>
      )}
    </section>
  );
}
