import type { SessionSummaryWords } from '../../../takeaway/session/session-markdown';
import type { SessionSummary, SummaryCase } from '../../../takeaway/session/session-summary';
import { SheetFacts, TextList, TimeTable, type TimeRow } from '../sheet-parts';

// The session summary as people take it home, on screen and on paper: each case's question,
// take-aways and next steps, then planned against actual for each case, break and the session.
// Its facts, lists and time table are the takeaway sheet's own parts (sheet-parts.tsx).

function CaseSection({
  item,
  index,
  words,
}: {
  item: SummaryCase;
  index: number;
  words: SessionSummaryWords;
}) {
  const outcome = words.outcome(item.outcome);
  return (
    <section className="summary-case">
      <h3>
        {index + 1}. <bdi>{item.caseTitle || words.untitledCase}</bdi>
        {item.caseOwner && (
          <>
            {' — '}
            <bdi className="summary-owner">{item.caseOwner}</bdi>
          </>
        )}
      </h3>
      {outcome && <p className="summary-outcome">{outcome}</p>}
      {item.question && (
        <p dir="auto">
          <strong>{words.question}:</strong> {item.question}
        </p>
      )}
      {item.takeaways.length > 0 && (
        <>
          <h4>{words.takeaways}</h4>
          <TextList items={item.takeaways} />
        </>
      )}
      {item.nextSteps.length > 0 && (
        <>
          <h4>{words.nextSteps}</h4>
          <ul>
            {item.nextSteps.map((step, i) => (
              <li key={i}>
                <span dir="auto">{step.text}</span>
                {step.owner && (
                  <>
                    {' ('}
                    {words.owner}: <bdi>{step.owner}</bdi>)
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SummaryTimes({ summary, words }: { summary: SessionSummary; words: SessionSummaryWords }) {
  const rows = summary.cases.flatMap((item, index): TimeRow[] => {
    const name = item.caseOwner || item.caseTitle || words.untitledCase;
    const pause = summary.breaks[index];
    return [
      {
        key: `c${item.clinicId}`,
        label: (
          <>
            {index + 1}. <bdi>{name}</bdi>
          </>
        ),
        plannedMs: item.plannedMs,
        actualMs: item.actualMs,
      },
      ...(pause ? [{ key: `b${index}`, label: words.breakRow, ...pause }] : []),
    ];
  });
  return (
    <section className="summary-times">
      <h3>{words.timeTable}</h3>
      <TimeTable
        part={words.part}
        words={words}
        rows={rows}
        total={summary}
        totalLabel={words.session}
      />
    </section>
  );
}

export interface SessionSummaryDocumentProps {
  summary: SessionSummary;
  words: SessionSummaryWords;
  titleId?: string;
}

export function SessionSummaryDocument({ summary, words, titleId }: SessionSummaryDocumentProps) {
  const facts: [string, string][] = [];
  if (summary.startedAt !== null) {
    const end = summary.endedAt === null ? '' : ` – ${words.formatTime(summary.endedAt)}`;
    facts.push([words.date, `${words.formatDateTime(summary.startedAt)}${end}`]);
  }
  if (summary.group.length > 0) facts.push([words.group, summary.group.join(', ')]);
  const facilitator = summary.facilitator || summary.facilitators.join(', ');
  if (facilitator) facts.push([words.facilitator, facilitator]);
  if (summary.endBy !== null) facts.push([words.endBy, words.formatTime(summary.endBy)]);
  return (
    <article className="sheet-document summary-document">
      <header className="sheet-header">
        <h2 id={titleId}>{words.title}</h2>
        <SheetFacts facts={facts} />
      </header>
      {summary.cases.map((item, index) => (
        <CaseSection key={item.clinicId} item={item} index={index} words={words} />
      ))}
      <SummaryTimes summary={summary} words={words} />
    </article>
  );
}
