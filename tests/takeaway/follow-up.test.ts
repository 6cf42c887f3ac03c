import { afterEach, describe, expect, it } from 'vitest';
import {
  checkIns,
  dueBucket,
  filterByPerson,
  followUpSummary,
  groupByDue,
  groupByPerson,
  isOverdue,
  openSteps,
  peopleToFilter,
  personKey,
} from '@/takeaway/follow-up';
import { followUpMarkdown, type FollowUpWords } from '@/takeaway/follow-up-markdown';
import { addDays, isLocalDate, localDateOf, mondayOf } from '@/takeaway/local-date';
import { inTimeZone, keptClinic } from './follow-up-fixtures';

const ZONE = process.env.TZ;
afterEach(() => {
  // Each test that moves the device to another zone puts it back; this is a second guard.
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
});

/** A local instant on this device: the way "now" falls on the facilitator's laptop. */
const local = (year: number, month: number, day: number, hour = 12, minute = 0) =>
  new Date(year, month - 1, day, hour, minute).getTime();

describe('local calendar dates', () => {
  it('accept real dates only', () => {
    expect(isLocalDate('2026-12-06')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-12-6', '06.12.2026', '', null, 20261206]) {
      expect(isLocalDate(bad)).toBe(false);
    }
  });

  it('count days and weeks on the calendar, across months and a change to summer time', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday belongs to the week before
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });

  it('take today from the device’s time zone, not from UTC', () => {
    const lateEvening = Date.UTC(2026, 11, 1, 23, 30);
    expect(inTimeZone('UTC', () => localDateOf(lateEvening))).toBe('2026-12-01');
    expect(inTimeZone('Pacific/Auckland', () => localDateOf(lateEvening))).toBe('2026-12-02');
    expect(inTimeZone('America/Los_Angeles', () => localDateOf(lateEvening))).toBe('2026-12-01');
  });
});

describe('the overdue rule', () => {
  const step = { dueDate: '2026-12-01', status: 'open' as const };

  it('a step due today is not overdue; from the next local midnight it is', () => {
    expect(isOverdue(step, localDateOf(local(2026, 12, 1, 23, 59)))).toBe(false);
    expect(isOverdue(step, localDateOf(local(2026, 12, 2, 0, 0)))).toBe(true);
  });

  it('only open steps with a due date can be overdue', () => {
    expect(isOverdue({ ...step, status: 'done' }, '2027-01-01')).toBe(false);
    expect(isOverdue({ ...step, status: 'dropped' }, '2027-01-01')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'open' }, '2027-01-01')).toBe(false);
  });

  it('one instant: overdue in Auckland, due today in Los Angeles and in London', () => {
    const kept = [keptClinic({ day: 0, steps: [{ text: 'Call HR', dueDate: '2026-12-01' }] })];
    const at = Date.UTC(2026, 11, 1, 23, 30);
    const bucketIn = (zone: string) => inTimeZone(zone, () => openSteps(kept, at)[0]?.bucket);
    expect(bucketIn('Pacific/Auckland')).toBe('overdue');
    expect(bucketIn('America/Los_Angeles')).toBe('today');
    expect(bucketIn('Europe/London')).toBe('today');
  });

  it('a due date is never shifted: the same date in every zone, and due on it in each', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'UTC']) {
      inTimeZone(zone, () => {
        const kept = [keptClinic({ day: 0, steps: [{ text: 'x', dueDate: '2026-12-01' }] })];
        const [found] = openSteps(kept, local(2026, 12, 1, 0, 1));
        expect(found?.dueDate, zone).toBe('2026-12-01');
        expect(found?.bucket, zone).toBe('today');
      });
    }
  });

  it('buckets: overdue, today, the rest of this Monday-to-Sunday week, later, no date', () => {
    const today = '2026-11-25'; // a Wednesday
    expect(dueBucket('2026-11-24', today)).toBe('overdue');
    expect(dueBucket('2026-11-25', today)).toBe('today');
    expect(dueBucket('2026-11-29', today)).toBe('thisWeek'); // Sunday
    expect(dueBucket('2026-11-30', today)).toBe('later'); // next Monday
    expect(dueBucket(null, today)).toBe('none');
  });
});

describe('open next steps across clinics', () => {
  const now = local(2026, 12, 3);
  const kept = [
    keptClinic({
      day: 0,
      title: 'First',
      steps: [
        { text: 'No date', owner: 'Ben' },
        { text: 'Late', owner: 'Ada', dueDate: '2026-11-30' },
        { text: 'Finished', owner: 'Ada', dueDate: '2026-11-29', status: 'done' },
        { text: 'Given up', owner: 'Ben', status: 'dropped' },
      ],
    }),
    keptClinic({
      day: 7,
      title: 'Second',
      steps: [
        { text: 'Soon', owner: ' ada ', dueDate: '2026-12-05' },
        { text: 'Very late', owner: 'Chloé', dueDate: '2026-11-20' },
        { text: 'Nobody’s', dueDate: '2026-12-04' },
      ],
    }),
  ];

  it('leaves out done and dropped steps and orders by due date, undated last', () => {
    expect(openSteps(kept, now).map((step) => step.text)).toEqual([
      'Very late',
      'Late',
      'Nobody’s',
      'Soon',
      'No date',
    ]);
  });

  it('groups by person, however the name was typed; steps nobody owns come last', () => {
    const groups = groupByPerson(openSteps(kept, now));
    expect(groups.map((group) => [group.name, group.items.map((step) => step.text)])).toEqual([
      ['Ada', ['Late', 'Soon']],
      ['Ben', ['No date']],
      ['Chloé', ['Very late']],
      ['', ['Nobody’s']],
    ]);
    expect(personKey('  ADA ')).toBe(personKey('ada'));
  });

  it('groups by due date, in the order a facilitator works through them', () => {
    const groups = groupByDue(openSteps(kept, now));
    expect(groups.map((group) => [group.bucket, group.items.map((step) => step.text)])).toEqual([
      ['overdue', ['Very late', 'Late']],
      ['thisWeek', ['Nobody’s', 'Soon']],
      ['none', ['No date']],
    ]);
  });

  it('a step carried over into a later kept clinic is counted once, in the later clinic', () => {
    const first = keptClinic({
      day: 0,
      steps: [{ text: 'Talk to the board', owner: 'Ada', reviewedIn: 'later' }],
    });
    const later = {
      ...keptClinic({ day: 7, steps: [{ text: 'Talk to the board' }] }),
      id: 'later',
    };
    expect(openSteps([first, later], now).map((step) => step.clinicId)).toEqual(['later']);
    // Until the later clinic is kept, the earlier one still holds the open step.
    expect(openSteps([first], now).map((step) => step.text)).toEqual(['Talk to the board']);
  });

  it('filters by person: their steps, and check-ins they take part in', () => {
    const steps = openSteps(kept, now);
    expect(filterByPerson(steps, personKey('ADA')).map((step) => step.text)).toEqual([
      'Late',
      'Soon',
    ]);
    expect(filterByPerson(steps, null)).toHaveLength(5);
    expect(peopleToFilter(steps, []).map((person) => person.name)).toEqual(['Ada', 'Ben', 'Chloé']);
  });

  it('writes the open steps as Markdown, by person, overdue said in words, typed text escaped', () => {
    const words: FollowUpWords = {
      heading: 'Open next steps',
      asOf: 'As of 2026-12-03',
      noOwner: 'No owner',
      due: 'due',
      overdue: 'overdue',
      from: (title, date) => `from “${title}”, ${date}`,
      untitledCase: 'Untitled case',
      formatLocalDate: (date) => date,
      formatDate: (ms) => new Date(ms).toISOString().slice(0, 10),
    };
    const hostile = keptClinic({
      day: 1,
      title: '# Evil',
      steps: [{ text: '[x](y)', owner: 'Dev' }],
    });
    const markdown = followUpMarkdown(openSteps([...kept, hostile], now), words);
    expect(markdown).toContain(
      '## Ada\n\n- Late (due: 2026-11-30, overdue, from “First”, 2026-11-22)',
    );
    expect(markdown).toContain('- \\[x\\](y) (from “\\# Evil”, 2026-11-23)');
    expect(markdown.indexOf('## No owner')).toBeGreaterThan(markdown.indexOf('## Dev'));
  });
});

describe('check-ins', () => {
  const at = (day: number, hour: number) => local(2026, 11, day, hour);
  const kept = [
    keptClinic({ day: 0, title: 'Past one', checkIn: { startsAt: at(20, 10) } }),
    keptClinic({ day: 1, title: 'In progress', checkIn: { startsAt: at(25, 11) } }),
    keptClinic({ day: 2, title: 'This Sunday', checkIn: { startsAt: at(29, 18) } }),
    keptClinic({ day: 3, title: 'Next Monday', checkIn: { startsAt: at(30, 9) } }),
    keptClinic({ day: 4, title: 'Tomorrow', checkIn: { startsAt: at(26, 9) } }),
    keptClinic({ day: 5, title: 'None' }),
  ];
  const now = at(25, 11) + 30 * 60_000; // Wednesday 25 November, 11:30

  it('upcoming soonest first (one under way counts), past latest first', () => {
    const { upcoming, past } = checkIns(kept, now);
    expect(upcoming.map((c) => c.clinicTitle)).toEqual([
      'In progress',
      'Tomorrow',
      'This Sunday',
      'Next Monday',
    ]);
    expect(past.map((c) => c.clinicTitle)).toEqual(['Past one']);
  });

  it('the setup screen’s summary: check-ins still to come this week, steps overdue', () => {
    const withSteps = [
      ...kept,
      keptClinic({ day: 6, steps: [{ text: 'a', dueDate: '2026-11-24' }, { text: 'b' }] }),
    ];
    expect(followUpSummary(withSteps, now)).toEqual({ checkInsThisWeek: 3, overdueSteps: 1 });
    // On Monday the week turns: "Next Monday" is this week's, the rest are past.
    expect(followUpSummary(withSteps, at(30, 8))).toEqual({ checkInsThisWeek: 1, overdueSteps: 1 });
  });
});
