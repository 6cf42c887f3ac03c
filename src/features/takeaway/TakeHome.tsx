import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sheetEvent, toEventPayload } from '../../takeaway/check-in-calendar';
import { formatCheckIn, type SheetWords, type TakeawaySheet } from '../../takeaway/sheet';
import { takeHomeTexts, type TakeHomeWords } from '../../takeaway/take-home';
import { TakeHomeCodes, type TakeHomeCode } from '../../ui/TakeHomeCodes';
import { ShowOnWall, useOnWall } from '../../ui/ShowOnWall';

// "Show codes to take home": the case owner's take-aways and next steps, and the next check-in
// as a calendar event, as QR codes a phone reads with no network. Nothing is drawn before the
// click: what was said in the clinic is shown only when the facilitator chooses to.

/** The codes of a sheet: its text in numbered parts, then the check-in's calendar event. */
export function useTakeHomeCodes(
  sheet: TakeawaySheet,
  words: SheetWords & TakeHomeWords,
  now: number,
): TakeHomeCode[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const texts = takeHomeTexts(sheet, words);
    const codes: TakeHomeCode[] = texts.map((text, index) => ({
      id: `text-${index + 1}`,
      label: t('takeaway.codes.part', { part: index + 1, total: texts.length }),
      payload: text,
      text,
    }));
    const event = toEventPayload(sheetEvent(sheet), words, now);
    if (event && sheet.nextCheckIn) {
      const readable = [
        words.checkInSummary(sheet.caseTitle || words.untitledCase),
        `${words.nextCheckIn}: ${formatCheckIn(sheet.nextCheckIn, words)}`,
        ...(sheet.place ? [`${words.place}: ${sheet.place}`] : []),
      ].join('\n');
      codes.push({
        id: 'check-in',
        label: t('takeaway.codes.event'),
        payload: event,
        text: readable,
      });
    }
    return codes;
  }, [sheet, words, now, t]);
}

export function TakeHomeSection({
  sheet,
  words,
  now,
  clinicId,
}: {
  sheet: TakeawaySheet;
  words: SheetWords & TakeHomeWords;
  /** DTSTAMP of the calendar event. */
  now: number;
  /** The clinic whose sheet this is: the room's own clinic may show its codes on the wall. */
  clinicId: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  // Already on the wall (a reload): the codes show here too, with the way to take them down.
  const [shown, setShown] = useState(useOnWall('codes', clinicId));
  const codes = useTakeHomeCodes(sheet, words, now);
  return (
    <section className="take-home" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('takeaway.codes.heading')}</h2>
      <button
        type="button"
        className="button"
        aria-expanded={shown}
        aria-controls={`${id}-codes`}
        onClick={() => setShown((value) => !value)}
      >
        {shown ? t('takeaway.codes.hide') : t('takeaway.codes.show')}
      </button>
      <div id={`${id}-codes`}>
        {shown && (
          <>
            <p className="hint-text">{t('takeaway.codes.intro')}</p>
            {codes.length === 0 ? (
              <p>{t('takeaway.codes.nothing')}</p>
            ) : (
              <>
                <ShowOnWall exhibit={{ kind: 'codes', codes }} clinicId={clinicId} />
                <TakeHomeCodes codes={codes} />
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
