import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { addItem, addNextStep, createNotes, setMirror, type ClinicNotes } from '@/takeaway/notes';
import { buildSheet, type TakeawaySheet } from '@/takeaway/sheet';
import { toICalendar } from '@/takeaway/check-in-calendar';
import { toMarkdown } from '@/takeaway/sheet-markdown';
import { ENGLISH_WORDS, finishedClinicWith, HOSTILE_STRINGS } from '../helpers/takeaway-fixtures';
import { T0 } from '../helpers/clinic-fixtures';

const hostile = Object.values(HOSTILE_STRINGS);

/** A sheet with a hostile string in every field a person can type into. */
function hostileSheet(text: string): TakeawaySheet {
  // The plan is built directly: the setup form's length limits are not what protects exports.
  const clinic = finishedClinicWith({
    caseTitle: text,
    helpWanted: text,
    caseOwner: text,
    coaches: [text, `${text} 2`],
    facilitator: text,
  });
  let notes: ClinicNotes = { ...createNotes(clinic.plan), caseTitle: text, helpAsked: text };
  for (const list of ['keyFacts', 'ideas', 'takeaways', 'appreciations'] as const) {
    notes = addItem(notes, list, text);
  }
  notes = setMirror(setMirror(notes, 0, text), 1, text);
  notes = addNextStep(notes, text, text);
  return buildSheet(
    clinic,
    notes,
    { place: text, nextCheckIn: { startsAt: T0 + 86_400_000, durationMinutes: 60 } },
    T0,
  );
}

describe.each(hostile.map((text) => [text.slice(0, 30), text]))('hostile text %j', (_, text) => {
  it('stays inert in the Markdown: no HTML, links, images, code or extra blocks', () => {
    const markdown = toMarkdown(hostileSheet(text), ENGLISH_WORDS);
    const html = new MarkdownIt({ html: true }).render(markdown);
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/gi)].map((match) => match[1]));
    // Only the elements our own template makes: no script, img, a, pre, code, hr, blockquote.
    expect([...tags].sort()).toEqual([
      'h1',
      'h2',
      'li',
      'p',
      'strong',
      'table',
      'tbody',
      'td',
      'th',
      'thead',
      'tr',
      'ul',
    ]);
    // One title, and one heading per section we wrote: 9 sections with content.
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(9);
    expect(html.match(/<table>/g)).toHaveLength(1);
    // Every list is ours: no list nested inside an item.
    expect(html).not.toMatch(/<li>[^<]*<ul>/);
  });

  it('stays inert in the calendar file: no new property, every line folded within 75 octets', () => {
    const ics = toICalendar(hostileSheet(text), ENGLISH_WORDS, { now: T0 })!;
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical)
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const logical = ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
    expect(logical.map((line) => line.split(/[:;]/)[0])).toEqual([
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'BEGIN',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'LOCATION',
      'DESCRIPTION',
      'END',
      'END',
    ]);
  });
});

it('keeps the hostile text itself readable in the Markdown, only escaped', () => {
  const html = new MarkdownIt({ html: true }).render(
    toMarkdown(hostileSheet(HOSTILE_STRINGS.script), ENGLISH_WORDS),
  );
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  const emoji = toMarkdown(hostileSheet(HOSTILE_STRINGS.emoji), ENGLISH_WORDS);
  expect(emoji).toContain('👩🏽‍💻 Zoë 🎉🇩🇪');
  const rtl = toMarkdown(hostileSheet(HOSTILE_STRINGS.rtl), ENGLISH_WORDS);
  expect(rtl).toContain('مرحبا بالعالم');
});
