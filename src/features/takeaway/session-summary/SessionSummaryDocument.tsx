import type { SessionSummaryWords } from '../../../takeaway/session/session-markdown';
import type { SessionSummary, SummaryCase } from '../../../takeaway/session/session-summary';

// The session summary as people take it home, on screen and on paper: each case's question,
// take-aways and next steps, then planned against actual for each case, break and the session.
// Typed text is React text and flows in its own direction.

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
          <ul>
            {item.takeaways.map((text, i) => (
              <li key={i} dir="auto">
                {text}
              </li>
            ))}
          </ul>
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

function TimeTable({ summary, words }: { summary: SessionSummary; words: SessionSummaryWords }) {
  const d = words.formatDuration;
  return (
    <section className="summary-times">
      <h3>{words.timeTable}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{words.part}</th>
            <th scope="col">{words.planned}</th>
            <th scope="col">{words.actual}</th>
          </tr>
        </thead>
        <tbody>
          {summary.cases.flatMap((item, index) => {
            const pause = summary.breaks[index];
            const rows = [
              <tr key={`c${item.clinicId}`}>
                <th scope="row">
                  {index + 1}. <bdi>{item.caseOwner || item.caseTitle || words.untitledCase}</bdi>
                </th>
                <td>{d(item.plannedMs)}</td>
                <td>{d(item.actualMs)}</td>
              </tr>,
            ];
            if (pause) {
              rows.push(
                <tr key={`b${index}`}>
                  <th scope="row">{words.breakRow}</th>
                  <td>{d(pause.plannedMs)}</td>
                  <td>{d(pause.actualMs)}</td>
                </tr>,
              );
            }
            return rows;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.session}</th>
            <td>{d(summary.plannedMs)}</td>
            <td>{d(summary.actualMs)}</td>
          </tr>
        </tfoot>
      </table>
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
        <dl className="sheet-facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      {summary.cases.map((item, index) => (
        <CaseSection key={item.clinicId} item={item} index={index} words={words} />
      ))}
      <TimeTable summary={summary} words={words} />
    </article>
  );
}
