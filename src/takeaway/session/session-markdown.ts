import type { ClinicOutcome } from '../../clinic/session/record';
import { escapeMarkdown } from '../sheet-markdown';
import type { SessionSummary, SummaryCase } from './session-summary';

// The session summary as Markdown. Every text people typed goes through the sheet's own
// escaping, so a name can never become a heading, a link, a table cell or raw HTML.

/** The words a summary needs, in the session's language; the UI fills them from i18n. */
export interface SessionSummaryWords {
  title: string;
  untitledCase: string;
  date: string;
  group: string;
  facilitator: string;
  question: string;
  takeaways: string;
  nextSteps: string;
  owner: string;
  timeTable: string;
  part: string;
  planned: string;
  actual: string;
  breakRow: string;
  session: string;
  endBy: string;
  /** "Not run", "Dropped: the case owner was absent"; '' for a clinic that ran. */
  outcome: (outcome: ClinicOutcome) => string;
  formatDateTime: (epochMs: number) => string;
  formatTime: (epochMs: number) => string;
  formatDuration: (ms: number) => string;
}

const md = escapeMarkdown;

function caseHeading(item: SummaryCase, index: number, words: SessionSummaryWords): string {
  const title = item.caseTitle || words.untitledCase;
  const owner = item.caseOwner ? ` (${md(item.caseOwner)})` : '';
  return `## ${index + 1}. ${md(title)}${owner}`;
}

function caseSection(item: SummaryCase, index: number, words: SessionSummaryWords): string[] {
  const lines = [caseHeading(item, index, words), ''];
  const outcome = words.outcome(item.outcome);
  if (outcome) lines.push(`*${md(outcome)}*`, '');
  if (item.question) lines.push(`**${md(words.question)}:** ${md(item.question)}`, '');
  if (item.takeaways.length > 0) {
    lines.push(`### ${md(words.takeaways)}`, '', ...item.takeaways.map((t) => `- ${md(t)}`), '');
  }
  if (item.nextSteps.length > 0) {
    lines.push(
      `### ${md(words.nextSteps)}`,
      '',
      ...item.nextSteps.map((step) =>
        step.owner
          ? `- ${md(step.text)} (${md(words.owner)}: ${md(step.owner)})`
          : `- ${md(step.text)}`,
      ),
      '',
    );
  }
  return lines;
}

function timeTable(summary: SessionSummary, words: SessionSummaryWords): string[] {
  const duration = (ms: number) => md(words.formatDuration(ms));
  const row = (label: string, planned: number, actual: number) =>
    `| ${label} | ${duration(planned)} | ${duration(actual)} |`;
  const rows: string[] = [];
  summary.cases.forEach((item, index) => {
    const label = `${index + 1}. ${md(item.caseOwner || item.caseTitle || words.untitledCase)}`;
    rows.push(row(label, item.plannedMs, item.actualMs));
    const pause = summary.breaks[index];
    if (pause) rows.push(row(md(words.breakRow), pause.plannedMs, pause.actualMs));
  });
  return [
    `## ${md(words.timeTable)}`,
    '',
    `| ${md(words.part)} | ${md(words.planned)} | ${md(words.actual)} |`,
    '| --- | ---: | ---: |',
    ...rows,
    `| **${md(words.session)}** | **${duration(summary.plannedMs)}** | **${duration(
      summary.actualMs,
    )}** |`,
    '',
  ];
}

export function sessionToMarkdown(summary: SessionSummary, words: SessionSummaryWords): string {
  const facts: string[] = [];
  const fact = (label: string, value: string) => {
    if (value.trim() !== '') facts.push(`- **${md(label)}:** ${md(value)}`);
  };
  if (summary.startedAt !== null) {
    const end = summary.endedAt === null ? '' : ` – ${words.formatTime(summary.endedAt)}`;
    fact(words.date, `${words.formatDateTime(summary.startedAt)}${end}`);
  }
  fact(words.group, summary.group.join(', '));
  fact(words.facilitator, summary.facilitator || summary.facilitators.join(', '));
  if (summary.endBy !== null) fact(words.endBy, words.formatTime(summary.endBy));
  const lines = [
    `# ${md(words.title)}`,
    '',
    ...(facts.length > 0 ? [...facts, ''] : []),
    ...summary.cases.flatMap((item, index) => caseSection(item, index, words)),
    ...timeTable(summary, words),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
