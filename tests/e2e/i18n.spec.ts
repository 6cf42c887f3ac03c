import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addItem, addNextStep, createNotes, setCase, setMirror } from '@/takeaway/notes';
import type { ClinicState } from '@/clinic/state';
import type { TranslationResource } from '@/i18n/resources';
import { finishedClinic } from '../helpers/takeaway-fixtures';
import { PHASE_IDS } from '@/clinic/phases';
import { fillPlan } from '../helpers/e2e-session';
import { openWithSavedClinic } from './saved-clinic';

// Issue 6: the app in four languages in a real browser. German (the longest words) is
// photographed at 1280x720 on setup, console and sheet; in every language, no text may run
// out of its box on any of those screens or on the projector.

const SHOTS = join(process.cwd(), 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

// Read as files: Playwright's loader wants import attributes for JSON modules.
const readLocale = (language: string): TranslationResource =>
  JSON.parse(
    readFileSync(join(process.cwd(), 'src', 'i18n', 'locales', `${language}.json`), 'utf8'),
  ) as TranslationResource;
const en = readLocale('en');
const de = readLocale('de');
const fr = readLocale('fr');
const es = readLocale('es');
const LOCALES = { en, de, fr, es } as const;
type Language = keyof typeof LOCALES;
const BROWSER_LOCALE: Record<Language, string> = {
  en: 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
};

/** People and a case with the long names real groups have. */
const PEOPLE = {
  caseOwner: 'Annegret Müller-Lüdenscheidt',
  coaches: ['Maximilian Schwarzenberger', 'Françoise Delacroix-Moreau', 'José Ángel Fernández'],
  caseTitle: 'Zusammenarbeit zwischen Vertriebsabteilung und Produktentwicklungsteam',
};
const HELP_WANTED =
  'Wie bringe ich beide Teams an einen Tisch, ohne dass sich eine Seite übergangen fühlt?';

/**
 * Every piece of text that runs out of its box: cut off by a box that hides overflow, sticking
 * out of its own element, or leaving the window. Names and titles the user typed may end in an
 * ellipsis (that is the design for arbitrary input); the app's own words may not.
 */
async function overflowingText(page: Page): Promise<string[]> {
  const userText = [PEOPLE.caseOwner, ...PEOPLE.coaches, PEOPLE.caseTitle, HELP_WANTED];
  return page.evaluate((userText) => {
    const problems: string[] = [];
    const root = document.documentElement;
    const describe = (element: Element, text: string) => {
      const classes = element.getAttribute('class');
      const name = `${element.tagName.toLowerCase()}${classes ? `.${classes.trim().split(/\s+/).join('.')}` : ''}`;
      return `${name} "${text.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
    };
    const hiddenOnPurpose = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
        // Visually hidden text for screen readers is clipped on purpose.
        if (style.clip !== 'auto' && style.clip !== '') return true;
        if (style.clipPath !== 'none' && style.position === 'absolute') return true;
        if (node.tagName === 'DIALOG' && !(node as HTMLDialogElement).open) return true;
      }
      return false;
    };
    const typedByUser = (text: string) =>
      userText.some((typed) => typed.includes(text.trim()) || text.includes(typed));

    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const element = node.parentElement;
      if (!element || text.trim() === '') continue;
      if (['SCRIPT', 'STYLE', 'OPTION', 'TEXTAREA', 'TITLE'].includes(element.tagName)) continue;
      if (hiddenOnPurpose(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const extent = range.getBoundingClientRect();
      if (extent.width === 0 || extent.height === 0) continue;
      const style = getComputedStyle(element);
      // A font's line box may be taller than a tight line-height; a real overflow is a line.
      const slack = Math.max(1, parseFloat(style.fontSize) * 0.3);
      const box = element.getBoundingClientRect();
      if (extent.right > box.right + 1 || extent.left < box.left - 1) {
        problems.push(`sticks out sideways: ${describe(element, text)}`);
      }
      if (extent.bottom > box.bottom + slack && !/auto|scroll/.test(style.overflowY)) {
        problems.push(`sticks out below: ${describe(element, text)}`);
      }
      // Inside a box that scrolls, text past its edge is reachable: only boxes that hide
      // overflow and do not scroll, up to the nearest scrolling one, can cut text off.
      let scrollsSideways = false;
      let scrollsDown = false;
      for (let ancestor: Element | null = element; ancestor; ancestor = ancestor.parentElement) {
        if (ancestor === document.body || ancestor === root) break;
        const clip = getComputedStyle(ancestor);
        const edge = ancestor.getBoundingClientRect();
        const cutSideways =
          !scrollsSideways &&
          /hidden|clip/.test(clip.overflowX) &&
          (extent.right > edge.right + 1 || extent.left < edge.left - 1);
        const cutBelow =
          !scrollsDown && /hidden|clip/.test(clip.overflowY) && extent.bottom > edge.bottom + slack;
        if ((cutSideways || cutBelow) && !typedByUser(text)) {
          problems.push(
            `cut off ${cutSideways ? 'sideways' : 'below'} by ${describe(ancestor, '')}: ${describe(element, text)}`,
          );
          break;
        }
        if (/auto|scroll/.test(clip.overflowX)) scrollsSideways = true;
        if (/auto|scroll/.test(clip.overflowY)) scrollsDown = true;
      }
      if (!scrollsSideways && extent.right > root.clientWidth + 1) {
        problems.push(`leaves the window: ${describe(element, text)}`);
      }
    }
    return [...new Set(problems)];
  }, userText);
}

async function newPage(browser: Browser, language: Language): Promise<Page> {
  const context = await browser.newContext({
    locale: BROWSER_LOCALE[language],
    viewport: { width: 1280, height: 720 },
  });
  return context.newPage();
}

async function fillAndStart(page: Page, language: Language) {
  const t = LOCALES[language];
  await page.getByRole('combobox', { name: t.setup.template }).selectOption({
    label: t.template.quick,
  });
  await fillPlan(page, PEOPLE, t.setup);
  await page.getByRole('button', { name: t.setup.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.phase.roles.name })).toBeVisible();
}

/** A finished clinic and its notes, put on the device the way the app saves them. */
async function seedFinishedClinic(page: Page, language: Language) {
  const clinic: ClinicState = finishedClinic({
    caseOwner: PEOPLE.caseOwner,
    coaches: PEOPLE.coaches,
    facilitator: 'Eli Brandstätter',
    caseTitle: PEOPLE.caseTitle,
    helpWanted: HELP_WANTED,
  });
  let notes = createNotes(clinic.plan);
  notes = setCase(notes, { helpAsked: clinic.plan.helpWanted });
  notes = addItem(notes, 'keyFacts', 'Zwei Abteilungen mit unterschiedlichen Zielvereinbarungen');
  notes = setMirror(
    notes,
    0,
    'Ich sehe eine Brücke, die von beiden Ufern gleichzeitig gebaut wird.',
  );
  notes = setMirror(notes, 1, 'Je ressens du soulagement derrière l’inquiétude.');
  notes = setMirror(notes, 2, 'Veo a un jardinero injertando dos árboles.');
  notes = addItem(notes, 'ideas', 'Gemeinsame Kundenbesuche im ersten Quartal');
  notes = addItem(notes, 'takeaways', 'Erst zuhören, dann die neue Struktur entscheiden');
  notes = addNextStep(notes, 'Gemeinsames Auftakttreffen planen', PEOPLE.caseOwner);
  notes = addItem(notes, 'appreciations', 'Danke für euer Vertrauen');
  await openWithSavedClinic(page, {
    clinic,
    notes,
    details: {
      place: 'Besprechungsraum Königsallee',
      nextCheckIn: { startsAt: Date.UTC(2026, 11, 6, 14, 30), durationMinutes: 45 },
    },
    settings: { language },
  });
  await expect(
    page.getByRole('button', { name: LOCALES[language].takeaway.export.print }),
  ).toBeVisible();
}

test.describe('German, the longest words', () => {
  test('the browser language is taken on the first visit; setup, console and sheet, photographed', async ({
    browser,
  }) => {
    const page = await newPage(browser, 'de');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: de.setup.heading })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await expect(page.getByRole('combobox', { name: de.language.label })).toHaveValue('de');
    await page.screenshot({ path: join(SHOTS, 'i18n-de-setup.png') });
    await page.screenshot({ path: join(SHOTS, 'i18n-de-setup-full.png'), fullPage: true });
    expect(await overflowingText(page)).toEqual([]);

    await fillAndStart(page, 'de');
    await page.screenshot({ path: join(SHOTS, 'i18n-de-console-roles.png') });
    expect(await overflowingText(page)).toEqual([]);
    for (let phase = 2; phase <= 5; phase += 1) {
      await page.getByRole('button', { name: de.controls.next }).click();
    }
    await expect(
      page.getByRole('heading', { level: 1, name: de.phase.mirroring.name }),
    ).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'i18n-de-console-mirroring.png') });
    expect(await overflowingText(page)).toEqual([]);
    await page.getByRole('button', { name: de.controls.pause }).click();
    await page.screenshot({ path: join(SHOTS, 'i18n-de-console-paused.png') });
    expect(await overflowingText(page)).toEqual([]);
    await page.context().close();
  });

  test('the takeaway sheet in German', async ({ browser }) => {
    const page = await newPage(browser, 'de');
    await seedFinishedClinic(page, 'de');
    await expect(page.getByText(de.takeaway.sheet.timeTable).first()).toBeVisible();
    await page.screenshot({ path: join(SHOTS, 'i18n-de-sheet.png') });
    await page.screenshot({ path: join(SHOTS, 'i18n-de-sheet-full.png'), fullPage: true });
    expect(await overflowingText(page)).toEqual([]);
    await page.context().close();
  });
});

/**
 * Whether the end of the phase's prompt sits under the console's control bar at 1280x720 (it
 * would be there, but only by scrolling: the room would not see it).
 */
async function promptHiddenByControls(
  page: Page,
  t: (typeof LOCALES)[Language],
  phase: keyof (typeof LOCALES)[Language]['phase'],
): Promise<boolean> {
  if (phase === 'stillness') return false; // nothing to read
  const lastLine = t.phase[phase].prompt.split('\n').at(-1)!;
  const prompt = await page.getByText(lastLine, { exact: true }).first().boundingBox();
  const controls = await page.getByRole('group', { name: t.controls.label }).boundingBox();
  return prompt === null || controls === null || prompt.y + prompt.height > controls.y;
}

for (const language of Object.keys(LOCALES) as Language[]) {
  test(`in ${language}, no text leaves its box on setup, console, projector and sheet`, async ({
    browser,
  }) => {
    const t = LOCALES[language];
    const page = await newPage(browser, language);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: t.setup.heading })).toBeVisible();
    // Start once with nobody named: the error messages show too.
    await page.getByRole('button', { name: t.setup.start }).click();
    expect(await overflowingText(page), 'setup').toEqual([]);

    await fillAndStart(page, language);
    const projector = await page.context().newPage();
    await projector.goto('/?view=projector');
    await expect(
      projector.getByRole('heading', { level: 1, name: t.phase.roles.name }),
    ).toBeVisible();
    for (const [index, phase] of PHASE_IDS.entries()) {
      if (index > 0) await page.getByRole('button', { name: t.controls.next }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: t.phase[phase].name }),
      ).toBeVisible();
      await expect(
        projector.getByRole('heading', { level: 1, name: t.phase[phase].name }),
      ).toBeVisible();
      expect(await overflowingText(page), `console, ${phase}`).toEqual([]);
      expect(await overflowingText(projector), `projector, ${phase}`).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `i18n-${language}-console-${phase}.png`) });
      expect(await promptHiddenByControls(page, t, phase), `console, ${phase}`).toBe(false);
    }
    await page.screenshot({ path: join(SHOTS, `i18n-${language}-console-closing.png`) });
    await projector.screenshot({ path: join(SHOTS, `i18n-${language}-projector-closing.png`) });
    await page.context().close();

    const sheetPage = await newPage(browser, language);
    await seedFinishedClinic(sheetPage, language);
    expect(await overflowingText(sheetPage), 'sheet').toEqual([]);
    await sheetPage.screenshot({ path: join(SHOTS, `i18n-${language}-sheet.png`) });
    await sheetPage.context().close();
  });
}

test('the language chosen in the app is kept after a reload and sets <html lang>', async ({
  browser,
}) => {
  const page = await newPage(browser, 'en');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: en.setup.heading })).toBeVisible();
  await page.getByRole('combobox', { name: en.language.label }).selectOption({ label: 'Español' });
  await expect(page.getByRole('heading', { level: 1, name: es.setup.heading })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: es.setup.heading })).toBeVisible();
  await expect(page.getByRole('combobox', { name: es.language.label })).toHaveValue('es');
  await page.context().close();
});

test('the projector window follows a language chosen in the console', async ({ browser }) => {
  const page = await newPage(browser, 'en');
  await page.goto('/');
  const projector = await page.context().newPage();
  await projector.goto('/?view=projector');
  await expect(projector.getByText(en.projector.waiting)).toBeVisible();
  await page.getByRole('combobox', { name: en.language.label }).selectOption({ label: 'Français' });
  await expect(projector.getByText(fr.projector.waiting)).toBeVisible();
  expect(await projector.evaluate(() => document.documentElement.lang)).toBe('fr');
  await page.context().close();
});

test('the overflow check itself sees text that is cut off or sticks out', async ({ browser }) => {
  const page = await newPage(browser, 'de');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: de.setup.heading })).toBeVisible();
  expect(await overflowingText(page)).toEqual([]);
  // Styles set through the CSSOM: the app's Content-Security-Policy refuses style attributes.
  await page.evaluate(() => {
    const add = (text: string, styles: Partial<CSSStyleDeclaration>, parent = document.body) => {
      const element = document.createElement('p');
      element.textContent = text;
      Object.assign(element.style, styles);
      parent.append(element);
      return element;
    };
    add('Verständnisfragenrunde', { width: '5rem', overflow: 'hidden', whiteSpace: 'nowrap' });
    const narrow = add('', { width: '4rem' });
    add('Wertschätzung', { whiteSpace: 'nowrap' }, narrow);
    add('Fallgeber:in und Coaches sprechen nacheinander', { height: '1rem', width: '6rem' });
  });
  const problems = await overflowingText(page);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringContaining('"Verständnisfragenrunde"'),
      expect.stringContaining('"Wertschätzung"'),
      expect.stringMatching(/below: .*"Fallgeber:in und Coaches/),
    ]),
  );
  await page.context().close();
});
