import { stepLine, type SheetWords, type TakeawaySheet } from './sheet';

// The case owner's take-aways and next steps as plain text for QR codes a phone reads offline.
// Too long for one code, the text is split into numbered parts ("1/3", "2/3"), each readable
// on its own: every part starts with its number and the case, and repeats the heading of the
// list it continues. Splits fall between items; only an item too long for a code of its own is
// cut, between characters, and marked as continued.

/**
 * UTF-8 bytes per code: at most a version 17 code (85 modules, ECC M), still read at ease from a
 * laptop screen; more would mean fewer codes, but denser ones.
 */
export const MAX_CODE_BYTES = 480;
const MAX_TITLE_CHARS = 60;
const CONTINUED = '…';

export type TakeHomeWords = Pick<
  SheetWords,
  | 'untitledCase'
  | 'takeaways'
  | 'nextSteps'
  | 'owner'
  | 'due'
  | 'stepStatus'
  | 'carriedOver'
  | 'formatLocalDate'
> & {
  /** "Take-aways (continued)". */
  continued: (heading: string) => string;
};

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

function clipChars(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}${CONTINUED}` : text;
}

/** Cuts a line into pieces of at most `max` bytes, between code points, marking the cuts. */
function cutLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of line) {
    if (bytes(current + char + CONTINUED) > max) {
      pieces.push(current + CONTINUED);
      current = `  ${CONTINUED}`;
    }
    current += char;
  }
  return [...pieces, current];
}

interface Entry {
  heading: string;
  /** The first line of its list: the heading is said plainly, not as continued. */
  first: boolean;
  line: string;
}

/** A part's text: its header, then each list's heading and lines. */
function render(header: string, entries: Entry[], words: TakeHomeWords): string {
  let text = header;
  entries.forEach((entry, index) => {
    if (index === 0 || entries[index - 1]!.heading !== entry.heading) {
      text += `\n\n${entry.first ? entry.heading : words.continued(entry.heading)}`;
    }
    text += `\n${entry.line}`;
  });
  return text;
}

/** Greedy: each part takes entries while its text stays within `max` bytes. */
function pack(entries: Entry[], header: string, words: TakeHomeWords, max: number): Entry[][] {
  const parts: Entry[][] = [];
  let current: Entry[] = [];
  for (const entry of entries) {
    if (current.length > 0 && bytes(render(header, [...current, entry], words)) > max) {
      parts.push(current);
      current = [];
    }
    current.push(entry);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * The texts of the codes, in order; none when there is nothing to take home. Each part begins
 * "1/3 · <case>" and fits in `maxBytes` of UTF-8.
 */
export function takeHomeTexts(
  sheet: TakeawaySheet,
  words: TakeHomeWords,
  maxBytes: number = MAX_CODE_BYTES,
): string[] {
  const title = clipChars(sheet.caseTitle || words.untitledCase, MAX_TITLE_CHARS);
  const header = (part: string, total: string) => `${part}/${total} · ${title}`;
  const lists = [
    { heading: words.takeaways, lines: sheet.takeaways },
    { heading: words.nextSteps, lines: sheet.nextSteps.map((step) => stepLine(step, words)) },
  ];
  // The widest header decides the room; more parts than 9 need another digit, so try again.
  for (let digits = 1; ; digits += 1) {
    const widest = header('9'.repeat(digits), '9'.repeat(digits));
    const entries = lists.flatMap(({ heading, lines }) => {
      const room = maxBytes - bytes(`${widest}\n\n${words.continued(heading)}\n`);
      return lines
        .flatMap((line) => (bytes(`- ${line}`) > room ? cutLine(`- ${line}`, room) : [`- ${line}`]))
        .map((line, index) => ({ heading, first: index === 0, line }));
    });
    if (entries.length === 0) return [];
    const parts = pack(entries, widest, words, maxBytes);
    if (String(parts.length).length > digits) continue;
    const total = String(parts.length);
    return parts.map((part, index) => render(header(String(index + 1), total), part, words));
  }
}
