import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  checkInUid,
  sheetEvent,
  toCheckInCalendar,
  toEventPayload,
  toICalendar,
  type CheckInEvent,
} from '@/takeaway/check-in-calendar';
import { checkIns } from '@/takeaway/follow-up';
import { buildSheet } from '@/takeaway/sheet';
import { ENGLISH_WORDS, HOSTILE_STRINGS, typicalExport } from '../helpers/takeaway-fixtures';
import { keptClinic } from './follow-up-fixtures';

// The calendar files are read back by ical.js, an iCalendar parser from npm, not by the app's
// own writer: what a calendar application would see.

const START = Date.UTC(2026, 11, 1, 9, 0);
const HOUR = 3_600_000;

function events(count: number, shiftMs = 0): CheckInEvent[] {
  const kept = Array.from({ length: count }, (_, index) =>
    keptClinic({
      day: index,
      title:
        index === 1
          ? HOSTILE_STRINGS.icalInjection
          : `Case ${index + 1}, “quoted”; long ${'é'.repeat(40)}`,
      checkIn: { startsAt: START + index * 24 * HOUR + shiftMs, durationMinutes: 45 },
    }),
  );
  return checkIns(kept, 0).upcoming.map((item) => {
    const { data } = kept.find((clinic) => clinic.id === item.clinicId)!;
    return {
      clinicId: item.clinicId,
      sheet: buildSheet(data.clinic, data.notes, data.details, data.exportedAt),
    };
  });
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('one calendar file with every upcoming check-in', () => {
  it.each([1, 3, 12])('%i check-ins parse back as as many events, each with its time', (count) => {
    const text = toCheckInCalendar(events(count), ENGLISH_WORDS, { now: START });
    const parsed = parse(text);
    expect(parsed).toHaveLength(count);
    parsed.forEach((event, index) => {
      expect(event.startDate.toJSDate().getTime()).toBe(START + index * 24 * HOUR);
      expect(event.endDate.toJSDate().getTime()).toBe(START + index * 24 * HOUR + 45 * 60_000);
    });
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(count);
  });

  it('keeps typed text as text: the hostile title is one summary, not a new property', () => {
    const [, hostile] = parse(toCheckInCalendar(events(3), ENGLISH_WORDS, { now: START }));
    expect(hostile!.summary).toBe(
      `Check-in: ${HOSTILE_STRINGS.icalInjection.replace(/\r\n|\n/g, '\n')}`,
    );
    expect(hostile!.attendees).toEqual([]);
  });

  it('UIDs are stable across two exports, even when a check-in moved', () => {
    const first = parse(toCheckInCalendar(events(4), ENGLISH_WORDS, { now: START }));
    const later = parse(
      toCheckInCalendar(events(4, 2 * HOUR), ENGLISH_WORDS, { now: START + 7 * 24 * HOUR }),
    );
    expect(later.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(later[0]!.startDate.toJSDate().getTime()).toBe(START + 2 * HOUR);
  });

  it('the sheet’s own calendar file gives its check-in the same UID as the follow-up file', () => {
    const data = typicalExport();
    const sheet = buildSheet(data.clinic, data.notes, data.details, data.exportedAt);
    const [single] = parse(toICalendar(sheet, ENGLISH_WORDS, { now: data.exportedAt })!);
    const [many] = parse(
      toCheckInCalendar([{ clinicId: String(data.clinic.clinicStartedAt), sheet }], ENGLISH_WORDS, {
        now: data.exportedAt,
      }),
    );
    expect(single!.uid).toBe(many!.uid);
    expect(single!.uid).toBe(checkInUid(String(data.clinic.clinicStartedAt)));
  });

  it('no check-in to come: a valid calendar with no event', () => {
    expect(parse(toCheckInCalendar([], ENGLISH_WORDS, { now: START }))).toEqual([]);
  });
});

describe('the check-in as one event for a QR code', () => {
  it('is a bare VEVENT a parser reads, with the time, place and summary', () => {
    const data = typicalExport();
    const sheet = buildSheet(data.clinic, data.notes, data.details, data.exportedAt);
    const payload = toEventPayload(sheetEvent(sheet), ENGLISH_WORDS, data.exportedAt)!;
    expect(payload.startsWith('BEGIN:VEVENT\r\n')).toBe(true);
    expect(payload.endsWith('END:VEVENT')).toBe(true);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(payload)));
    expect(event.summary).toBe('Check-in: Leading a team through a merger');
    expect(event.location).toBe('Room 4, Berlin office');
    expect(event.startDate.toJSDate().getTime()).toBe(data.details.nextCheckIn!.startsAt);
  });

  it('is null without a check-in', () => {
    const data = typicalExport();
    const sheet = buildSheet(data.clinic, data.notes, { place: '', nextCheckIn: null }, 0);
    expect(toEventPayload(sheetEvent(sheet), ENGLISH_WORDS, 0)).toBeNull();
  });
});
