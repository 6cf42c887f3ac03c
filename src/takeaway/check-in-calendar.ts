import { stepLine, type SheetWords, type TakeawaySheet } from './sheet';

// Check-ins as an iCalendar file (RFC 5545): one sheet's, or every upcoming one in one file.
// Written by hand rather than with a library: the whole format needed here is four rules (TEXT
// escaping, CRLF, folding at 75 octets, UTC date-times), each tested, and a library would bring
// far more than it gives.

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

/** A check-in to put in a calendar: the sheet it belongs to and its clinic's id. */
export interface CheckInEvent {
  /** The clinic's id in the history; the event's UID is made from it alone. */
  clinicId: string;
  sheet: TakeawaySheet;
}

/**
 * Made from the clinic only, never from the check-in's time: a moved check-in keeps its UID,
 * so a calendar importing the file again updates the event instead of adding a second one.
 */
export function checkInUid(clinicId: string): string {
  return `check-in-${clinicId.replace(/[^A-Za-z0-9-]/g, '-')}@case-clinic-timer.invalid`;
}

function summary(sheet: TakeawaySheet, words: SheetWords): string {
  return escapeText(words.checkInSummary(sheet.caseTitle || words.untitledCase));
}

function description(sheet: TakeawaySheet, words: SheetWords): string {
  return [
    `${words.caseOwner}: ${sheet.caseOwner}`,
    ...(sheet.coaches.length > 0 ? [`${words.coaches}: ${sheet.coaches.join(', ')}`] : []),
    ...(sheet.question ? ['', `${words.question}:`, sheet.question] : []),
    ...(sheet.nextSteps.length > 0
      ? ['', `${words.nextSteps}:`, ...sheet.nextSteps.map((step) => `- ${stepLine(step, words)}`)]
      : []),
  ].join('\n');
}

/** One VEVENT's lines, unfolded; none when the sheet has no check-in. */
function eventLines(
  { clinicId, sheet }: CheckInEvent,
  words: SheetWords,
  now: number,
  withDescription: boolean,
): string[] {
  const checkIn = sheet.nextCheckIn;
  if (!checkIn) return [];
  return [
    'BEGIN:VEVENT',
    `UID:${checkInUid(clinicId)}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART:${formatUtc(checkIn.startsAt)}`,
    `DTEND:${formatUtc(checkIn.endsAt)}`,
    `SUMMARY:${summary(sheet, words)}`,
    ...(sheet.place ? [`LOCATION:${escapeText(sheet.place)}`] : []),
    ...(withDescription ? [`DESCRIPTION:${escapeText(description(sheet, words))}`] : []),
    'END:VEVENT',
  ];
}

function calendar(events: string[][]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The .ics text of one sheet's check-in, or null when the sheet has none. */
export function toICalendar(
  sheet: TakeawaySheet,
  words: SheetWords,
  options: CalendarOptions,
): string | null {
  if (!sheet.nextCheckIn) return null;
  return calendar([eventLines(sheetEvent(sheet), words, options.now, true)]);
}

/** A sheet's check-in: its clinic is kept in the history under its start time. */
export function sheetEvent(sheet: TakeawaySheet): CheckInEvent {
  return { clinicId: String(sheet.startedAt ?? 0), sheet };
}

/** One .ics file with a VEVENT for each check-in given (those without one are left out). */
export function toCheckInCalendar(
  events: CheckInEvent[],
  words: SheetWords,
  options: CalendarOptions,
): string {
  return calendar(events.map((event) => eventLines(event, words, options.now, true)));
}

/**
 * The check-in as a bare VEVENT for a QR code, which phones offer to add to a calendar: no
 * description (the code stays small enough to read) and no folding (readers do not unfold).
 */
export function toEventPayload(event: CheckInEvent, words: SheetWords, now: number): string | null {
  const lines = eventLines(event, words, now, false);
  return lines.length > 0 ? lines.join(CRLF) : null;
}
