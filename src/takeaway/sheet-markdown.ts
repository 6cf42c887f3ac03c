import { formatCheckIn, stepDetails, type SheetWords, type TakeawaySheet } from './sheet';

// The sheet as Markdown. Everything people typed is untrusted: it is flattened to one line and
// every character that Markdown (CommonMark / GFM) could read as syntax is backslash-escaped,
// so a name can never become a heading, a link, an image, a table cell or raw HTML.

// Control characters, line and paragraph separators: they could start a new block.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
// Bidirectional embeddings, overrides and isolates: invisible, and able to make one name run
// backwards over the text after it ("Trojan source"). Plain text has no need of them.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// Characters that are syntax wherever they stand: escapes, code, emphasis, links and images,
// raw HTML and entities, table cells, strikethrough, heading closers and GitHub's math.
const INLINE_SYNTAX = /[\\`*_[\]<>|~&#$]/g;
// Characters that are syntax only at the start of a line: lists, quotes, setext underlines,
// thematic breaks and ordered lists ("1." or "1)").
const LINE_START_SYNTAX = /^([-+=>]|\d{1,9}[.)])/;

export function escapeMarkdown(text: string): string {
  const flat = text
    .replace(BIDI_CONTROLS, '')
    .replace(LINE_BREAKS, ' ')
    .trim()
    .replace(INLINE_SYNTAX, (char) => `\\${char}`);
  return flat.replace(LINE_START_SYNTAX, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

function list(items: string[]): string[] {
  return items.map((item) => `- ${escapeMarkdown(item)}`);
}

function section(heading: string, body: string[]): string[] {
  return body.length === 0 ? [] : [`## ${escapeMarkdown(heading)}`, '', ...body, ''];
}

export function toMarkdown(sheet: TakeawaySheet, words: SheetWords): string {
  const md = escapeMarkdown;
  const title = sheet.caseTitle || words.untitledCase;
  const facts: string[] = [];
  const fact = (label: string, value: string) => {
    if (value.trim() !== '') facts.push(`- **${md(label)}:** ${md(value)}`);
  };
  if (sheet.startedAt !== null) fact(words.date, words.formatDateTime(sheet.startedAt));
  fact(words.place, sheet.place);
  fact(words.caseOwner, sheet.caseOwner);
  fact(words.coaches, sheet.coaches.join(', '));
  fact(words.facilitator, sheet.facilitator);

  const checkIn = sheet.nextCheckIn ? [md(formatCheckIn(sheet.nextCheckIn, words))] : [];

  const table = [
    `| ${md(words.phase)} | ${md(words.planned)} | ${md(words.actual)} |`,
    '| --- | ---: | ---: |',
    ...sheet.timings.map(
      (timing) =>
        `| ${md(words.phaseName(timing.phaseId))} | ${md(
          words.formatDuration(timing.plannedMs),
        )} | ${md(words.formatDuration(timing.actualMs))} |`,
    ),
    `| **${md(words.total)}** | **${md(words.formatDuration(sheet.plannedTotalMs))}** | **${md(
      words.formatDuration(sheet.actualTotalMs),
    )}** |`,
  ];

  const lines = [
    `# ${md(words.sheetTitle)}: ${md(title)}`,
    '',
    ...(facts.length > 0 ? [...facts, ''] : []),
    ...section(words.question, sheet.question ? [md(sheet.question)] : []),
    ...section(words.keyFacts, list(sheet.keyFacts)),
    ...section(
      words.mirrors,
      sheet.mirrors.map((mirror) =>
        mirror.coach ? `- **${md(mirror.coach)}:** ${md(mirror.text)}` : `- ${md(mirror.text)}`,
      ),
    ),
    ...section(words.ideas, list(sheet.ideas)),
    ...section(words.takeaways, list(sheet.takeaways)),
    ...section(
      words.nextSteps,
      sheet.nextSteps.map((step) => {
        const details = stepDetails(step, words).map(md);
        return details.length > 0
          ? `- ${md(step.text)} (${details.join(', ')})`
          : `- ${md(step.text)}`;
      }),
    ),
    ...section(words.appreciations, list(sheet.appreciations)),
    ...section(words.nextCheckIn, checkIn),
    ...section(words.timeTable, table),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
