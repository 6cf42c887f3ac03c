import { groupByPerson, type FollowUpStep } from './follow-up';
import { escapeMarkdown as md } from './sheet-markdown';

// The open next steps of every kept clinic as Markdown, by person. Typed text is escaped as on
// the sheet, so no name or step can become a heading, a link or HTML.

export interface FollowUpWords {
  /** "Open next steps". */
  heading: string;
  /** "As of 22 November 2026". */
  asOf: string;
  noOwner: string;
  due: string;
  overdue: string;
  /** "from “Leading a team”, 22 November 2026". */
  from: (clinicTitle: string, clinicDate: string) => string;
  untitledCase: string;
  formatLocalDate: (localDate: string) => string;
  formatDate: (epochMs: number) => string;
}

function stepLine(step: FollowUpStep, words: FollowUpWords): string {
  const details = [
    ...(step.dueDate ? [`${words.due}: ${words.formatLocalDate(step.dueDate)}`] : []),
    ...(step.bucket === 'overdue' ? [words.overdue] : []),
    words.from(step.clinicTitle || words.untitledCase, words.formatDate(step.clinicStartedAt)),
  ];
  return `- ${md(step.text)} (${details.map(md).join(', ')})`;
}

export function followUpMarkdown(steps: readonly FollowUpStep[], words: FollowUpWords): string {
  const lines = [`# ${md(words.heading)}`, '', md(words.asOf), ''];
  for (const group of groupByPerson(steps)) {
    lines.push(`## ${md(group.name || words.noOwner)}`, '');
    lines.push(...group.items.map((step) => stepLine(step, words)), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
