import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addItem, addNextStep, createNotes } from '@/takeaway/notes';
import { finishedClinicWith } from '../helpers/takeaway-fixtures';
import { T0 } from '../helpers/clinic-fixtures';
import { expectNoAxeViolations } from '../helpers/axe';
import { decodeAll } from './qr-decode';
import { openWithSavedClinic } from './saved-clinic';

// Issue 16: take-aways to every phone with no network. The codes are drawn on the device, only
// after the click; each is screenshot and decoded by jsQR, and must hold exactly the expected
// text (a long list split over several numbered codes) and the check-in as a calendar event.

const ARTIFACTS = join(process.cwd(), 'artifacts', 'take-home-codes');
mkdirSync(ARTIFACTS, { recursive: true });

const CHECK_IN = Date.UTC(2026, 11, 6, 14, 30);
const CLINIC_ENDED = T0 + 76 * 60_000; // the sheet's instant: DTSTAMP of the event

const GERMAN_TAKEAWAYS = Array.from(
  { length: 16 },
  (_, i) =>
    `Erkenntnis ${i + 1}: Zuhören, bevor ich über die Größe der Teams entscheide – übermäßig früh`,
);

async function showCodes(page: Page, button: string) {
  await expect(page.locator('svg.qr-code')).toHaveCount(0);
  await page.getByRole('button', { name: button }).click();
  const codes = page.locator('svg.qr-code');
  await expect(codes.first()).toBeVisible();
  return codes;
}

/** The "- " lines of the text codes, in order, and each code's header. */
function read(texts: string[]) {
  return {
    headers: texts.map((text) => text.split('\n')[0]),
    items: texts.flatMap((text) => text.split('\n').filter((line) => line.startsWith('- '))),
  };
}

function expectedEvent(summary: string, location: string) {
  return [
    'BEGIN:VEVENT',
    `UID:check-in-${T0}@case-clinic-timer.invalid`,
    `DTSTAMP:${new Date(CLINIC_ENDED).toISOString().replace(/[-:]|\.\d{3}/g, '')}`,
    'DTSTART:20261206T143000Z',
    'DTEND:20261206T151500Z',
    `SUMMARY:${summary}`,
    `LOCATION:${location}`,
    'END:VEVENT',
  ].join('\r\n');
}

test('a long German list: several numbered codes, each readable alone, and the check-in', async ({
  page,
}) => {
  const clinic = finishedClinicWith({ caseTitle: 'Führung im Wandel', caseOwner: 'Jürgen' });
  let notes = { ...createNotes(clinic.plan), caseTitle: 'Führung im Wandel' };
  for (const text of GERMAN_TAKEAWAYS) notes = addItem(notes, 'takeaways', text);
  notes = addNextStep(notes, 'Raum in Köln buchen', 'Jürgen', { dueDate: '2026-12-06' });
  await openWithSavedClinic(page, {
    clinic,
    notes,
    details: { place: 'Büro Düsseldorf', nextCheckIn: { startsAt: CHECK_IN, durationMinutes: 45 } },
    settings: { language: 'de' },
  });
  const codes = await showCodes(page, 'Codes zum Mitnehmen zeigen');
  await page.screenshot({ path: join(ARTIFACTS, 'german-codes.png'), fullPage: true });
  const decoded = await decodeAll(codes, (i) => join(ARTIFACTS, `german-code-${i + 1}.png`));

  const texts = decoded.slice(0, -1);
  expect(texts.length).toBeGreaterThanOrEqual(3);
  const { headers, items } = read(texts);
  expect(headers).toEqual(texts.map((_, i) => `${i + 1}/${texts.length} · Führung im Wandel`));
  expect(items).toEqual([
    ...GERMAN_TAKEAWAYS.map((text) => `- ${text}`),
    '- Raum in Köln buchen (verantwortlich: Jürgen, fällig: 6. Dezember 2026)',
  ]);
  // Every part after the first says which list it continues, so it reads on its own.
  for (const text of texts.slice(1)) expect(text).toMatch(/\n\n(Erkenntnisse|Nächste Schritte)/);
  // The text beside each code is what the code holds.
  const beside = await page.locator('.take-home-code-payload').allTextContents();
  expect(beside.slice(0, -1)).toEqual(texts);

  expect(decoded.at(-1)).toBe(
    expectedEvent('Check-in zur Fallberatung: Führung im Wandel', 'Büro Düsseldorf'),
  );
  await expectNoAxeViolations(page, 'take-home codes (de)');
});

test('Spanish accents, a short list in one code, and the event a phone offers to add', async ({
  page,
}) => {
  const title = 'Cómo liderar la fusión';
  const clinic = finishedClinicWith({ caseTitle: title, caseOwner: 'Begoña' });
  let notes = { ...createNotes(clinic.plan), caseTitle: title };
  notes = addItem(notes, 'takeaways', 'Escuchar antes de decidir: ¿qué quiere cada equipo?');
  notes = addItem(notes, 'takeaways', 'Celebrar lo que nos enorgullece, también en Logroño');
  notes = addNextStep(notes, 'Reservar la sala para la reunión conjunta', 'Begoña');
  await openWithSavedClinic(page, {
    clinic,
    notes,
    details: {
      place: 'Sala Ñandú, planta 2',
      nextCheckIn: { startsAt: CHECK_IN, durationMinutes: 45 },
    },
    settings: { language: 'es' },
  });
  const codes = await showCodes(page, 'Mostrar códigos para llevar');
  await page.screenshot({ path: join(ARTIFACTS, 'spanish-codes.png'), fullPage: true });
  const decoded = await decodeAll(codes, (i) => join(ARTIFACTS, `spanish-code-${i + 1}.png`));
  expect(decoded).toEqual([
    [
      `1/1 · ${title}`,
      '',
      'Lo que me llevo',
      '- Escuchar antes de decidir: ¿qué quiere cada equipo?',
      '- Celebrar lo que nos enorgullece, también en Logroño',
      '',
      'Próximos pasos',
      '- Reservar la sala para la reunión conjunta (responsable: Begoña)',
    ].join('\n'),
    expectedEvent(`Seguimiento de la clínica de casos: ${title}`, 'Sala Ñandú\\, planta 2'),
  ]);
  await expectNoAxeViolations(page, 'take-home codes (es)');
});
