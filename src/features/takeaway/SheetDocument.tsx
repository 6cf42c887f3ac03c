import type { ReactNode } from 'react';
import {
  formatCheckIn,
  stepDetails,
  type SheetNextStep,
  type SheetWords,
  type TakeawaySheet,
} from '../../takeaway/sheet';
import { SheetFacts, TextList, TimeTable } from './sheet-parts';

// The sheet itself, as people take it home: on screen and on paper. All typed text is React
// text (never HTML) and flows in its own direction, so right-to-left names read correctly.

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="sheet-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** A section of plain entries; nothing at all when there are none. */
function ListSection({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Section title={title}>
      <TextList items={items} />
    </Section>
  );
}

/** "Hold a kick-off (owner: Ada, due: December 6, 2026, done)": the owner stands out. */
function StepItem({ step, words }: { step: SheetNextStep; words: SheetWords }) {
  const more = stepDetails({ ...step, owner: '' }, words);
  return (
    <li className={`sheet-step sheet-step-${step.status}`}>
      <span dir="auto">{step.text}</span>
      {(step.owner || more.length > 0) && (
        <>
          {' ('}
          {step.owner && (
            <>
              {words.owner}: <strong dir="auto">{step.owner}</strong>
              {more.length > 0 && ', '}
            </>
          )}
          {more.join(', ')})
        </>
      )}
    </li>
  );
}

export interface SheetDocumentProps {
  sheet: TakeawaySheet;
  words: SheetWords;
  language: string;
  /** id of the title, for the region that labels itself with it. */
  titleId?: string;
}

export function SheetDocument({ sheet, words, language, titleId }: SheetDocumentProps) {
  const facts: [string, ReactNode][] = [];
  if (sheet.startedAt !== null) facts.push([words.date, words.formatDateTime(sheet.startedAt)]);
  if (sheet.place) facts.push([words.place, sheet.place]);
  if (sheet.caseOwner) facts.push([words.caseOwner, sheet.caseOwner]);
  if (sheet.coaches.length > 0) {
    // Each name isolated: a right-to-left name never turns the next one around.
    const names = sheet.coaches.map((coach, index) => (
      <span key={index}>
        {index > 0 && ', '}
        <bdi>{coach}</bdi>
      </span>
    ));
    facts.push([words.coaches, names]);
  }
  if (sheet.facilitator) facts.push([words.facilitator, sheet.facilitator]);

  return (
    <article className="sheet-document" lang={language}>
      <header className="sheet-header">
        <p className="sheet-kicker">{words.sheetTitle}</p>
        <h2 id={titleId} dir="auto">
          {sheet.caseTitle || words.untitledCase}
        </h2>
        <SheetFacts facts={facts} />
      </header>
      {sheet.question && (
        <section className="sheet-question">
          <h3>{words.question}</h3>
          <p dir="auto">{sheet.question}</p>
        </section>
      )}
      <div className="sheet-columns">
        <ListSection title={words.keyFacts} items={sheet.keyFacts} />
        {sheet.mirrors.length > 0 && (
          <Section title={words.mirrors}>
            <ul>
              {sheet.mirrors.map((mirror, index) => (
                <li key={index}>
                  {mirror.coach && (
                    <>
                      <strong dir="auto">{mirror.coach}</strong>:{' '}
                    </>
                  )}
                  <span dir="auto">{mirror.text}</span>
                </li>
              ))}
            </ul>
          </Section>
        )}
        <ListSection title={words.ideas} items={sheet.ideas} />
        <ListSection title={words.takeaways} items={sheet.takeaways} />
        {sheet.nextSteps.length > 0 && (
          <Section title={words.nextSteps}>
            <ul>
              {sheet.nextSteps.map((step, index) => (
                <StepItem key={index} step={step} words={words} />
              ))}
            </ul>
          </Section>
        )}
        <ListSection title={words.appreciations} items={sheet.appreciations} />
      </div>
      <div className="sheet-footer">
        <section className="sheet-section sheet-check-in">
          <h3>{words.nextCheckIn}</h3>
          <p>{sheet.nextCheckIn ? formatCheckIn(sheet.nextCheckIn, words) : '—'}</p>
        </section>
        <section className="sheet-section sheet-times">
          <h3>{words.timeTable}</h3>
          <TimeTable
            part={words.phase}
            words={words}
            rows={sheet.timings.map(({ phaseId, plannedMs, actualMs }) => ({
              key: phaseId,
              label: words.phaseName(phaseId),
              plannedMs,
              actualMs,
            }))}
            total={{ plannedMs: sheet.plannedTotalMs, actualMs: sheet.actualTotalMs }}
            totalLabel={words.total}
          />
        </section>
      </div>
    </article>
  );
}
