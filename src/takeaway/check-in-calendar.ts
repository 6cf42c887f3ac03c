import type { SheetWords, TakeawaySheet } from './sheet';

// The next check-in as an iCalendar file (RFC 5545), one VEVENT. Written by hand rather than
// with a library: the whole format needed here is four rules (TEXT escaping, CRLF, folding at
// 75 octets, UTC date-times), each tested, and a library would bring far more than it gives.

const CRLF = '\r\n';
const MAX_OCTETS = 75;
export const PRODUCT_ID = '-//Case Clinic Timer//Takeaway sheet//EN';

/**
 * RFC 5545 3.3.11 TEXT: backslash, semicolon and comma are escaped, every kind of line break
 * becomes the two characters "\n", and other control characters (which the grammar forbids)
 * are dropped, so typed text can never start a property of its own. Bidirectional overrides
 * are dropped too.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
      // Bidirectional overrides could make one name run backwards over the text after it.
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
  );
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/**
 * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space. The split
 * falls between code points, never inside a UTF-8 sequence (or a surrogate pair).
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const char of line) {
    const size = octets(char);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (currentOctets + size > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += char;
    currentOctets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** UTC date-time form, e.g. 20261201T140000Z. */
export function formatUtc(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export interface CalendarOptions {
  /** When the file is made: DTSTAMP. */
  now: number;
}

/** The .ics text, or null when the sheet has no next check-in. */
export function toICalendar(
  sheet: TakeawaySheet,
  words: SheetWords,
  options: CalendarOptions,
): string | null {
  if (!sheet.nextCheckIn) return null;
  const title = sheet.caseTitle || words.untitledCase;
  const description = [
    `${words.caseOwner}: ${sheet.caseOwner}`,
    ...(sheet.coaches.length > 0 ? [`${words.coaches}: ${sheet.coaches.join(', ')}`] : []),
    ...(sheet.question ? ['', `${words.question}:`, sheet.question] : []),
    ...(sheet.nextSteps.length > 0
      ? [
          '',
          `${words.nextSteps}:`,
          ...sheet.nextSteps.map((step) =>
            step.owner ? `- ${step.text} (${words.owner}: ${step.owner})` : `- ${step.text}`,
          ),
        ]
      : []),
  ].join('\n');
  // Stable across re-exports of the same clinic, so a calendar updates the event instead of
  // adding a second one.
  const uid = `check-in-${sheet.startedAt ?? 0}-${sheet.nextCheckIn.startsAt}@case-clinic-timer.invalid`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${formatUtc(options.now)}`,
    `DTSTART:${formatUtc(sheet.nextCheckIn.startsAt)}`,
    `DTEND:${formatUtc(sheet.nextCheckIn.endsAt)}`,
    `SUMMARY:${escapeText(words.checkInSummary(title))}`,
    ...(sheet.place ? [`LOCATION:${escapeText(sheet.place)}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
