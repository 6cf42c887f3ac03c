import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PHASE_IDS, type PhaseId } from '@/clinic/phases';
import type { TranslationResource } from '@/i18n/resources';
import {
  fillPlan,
  focusPage,
  installStillClock,
  offTheBoundary,
  type PlanPeople,
} from '../helpers/e2e-session';

// Issue 13: the projector as a stage display. At the sizes of real projectors, in English and
// German, every phase: the countdown's box against the window's height, who speaks by name, the
// help asked, nothing sticking out of the window, also with long names and a long question.

const SHOTS = join(process.cwd(), 'artifacts', 'wall');
mkdirSync(SHOTS, { recursive: true });

const readLocale = (language: string): TranslationResource =>
  JSON.parse(
    readFileSync(join(process.cwd(), 'src', 'i18n', 'locales', `${language}.json`), 'utf8'),
  ) as TranslationResource;
const LOCALES = { en: readLocale('en'), de: readLocale('de') } as const;
type Language = keyof typeof LOCALES;
const BROWSER_LOCALE: Record<Language, string> = { en: 'en-US', de: 'de-DE' };

const SIZES = [
  { width: 1920, height: 1080, least: 0.45 },
  { width: 1280, height: 720, least: 0.45 },
  { width: 1024, height: 768, least: 0.35 },
] as const;

const PEOPLE: PlanPeople = {
  caseTitle: 'Leading a team through a merger',
  helpWanted: 'How do I keep both teams on board while the new structure is still unclear?',
  caseOwner: 'Ada Lovelace',
  coaches: ['Ben', 'Chloé', 'Dev'],
  facilitator: 'Eli',
};

/** Eight coaches with long names, a long title and a question of 500 characters. */
const CROWD: PlanPeople = {
  caseTitle:
    'Zusammenführung zweier Abteilungen mit unterschiedlichen Zielvereinbarungen und Kulturen',
  helpWanted:
    'Wie schaffe ich es, beide Teams mitzunehmen, während die neue Struktur noch unklar ist? '
      .repeat(6)
      .slice(0, 500),
  caseOwner: 'Annegret Müller-Lüdenscheidt von Hohenzollern-Sigmaringen',
  coaches: [
    'Maximilian Schwarzenberger-Wittelsbach',
    'Françoise Delacroix-Moreau de la Tour',
    'José Ángel Fernández de Córdoba',
    'Bartholomäus Oberkirchenrat-Zwiebelhuber',
    'Chiara Benedetta Montefeltro-Sforza',
    'Dervla Ní Mhaoldomhnaigh-Uí Bhriain',
    'Konstantinos Papadopoulos-Alexandrou',
    'Wilhelmina Augusta Vanderbijl-Oosterhuis',
  ],
  facilitator: 'Eleonore Brandstätter-Kleinschmidt',
};

async function openClinic(browser: Browser, size: (typeof SIZES)[number], language: Language) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    locale: BROWSER_LOCALE[language],
  });
  await installStillClock(context);
  const console = await context.newPage();
  const projector = await context.newPage();
  await projector.goto('/?view=projector');
  return { context, console, projector };
}

async function start(console: Page, language: Language, people: PlanPeople) {
  const t = LOCALES[language];
  await console.goto('/');
  await console
    .getByRole('combobox', { name: t.setup.template })
    .selectOption({ label: t.template.quick });
  await fillPlan(console, people, t.setup);
  await console.getByRole('button', { name: t.setup.start }).click();
  await offTheBoundary(console);
}

/** What the wall measures: the countdown's share of the height, the prompt's type, overflow. */
async function measure(projector: Page) {
  return projector.evaluate(() => {
    const timer = document.querySelector('[role="timer"]')!.getBoundingClientRect();
    const prompt = document.querySelector('.phase-prompt');
    const root = document.documentElement;
    return {
      timerShare: timer.height / window.innerHeight,
      timerInside:
        timer.left >= 0 && timer.right <= window.innerWidth && timer.bottom <= window.innerHeight,
      promptShare: prompt ? parseFloat(getComputedStyle(prompt).fontSize) / window.innerHeight : 1,
      overflowX: root.scrollWidth - window.innerWidth,
      overflowY: root.scrollHeight - window.innerHeight,
      // Text boxes whose content is wider than they are (clipped words).
      clipped: [...document.querySelectorAll<HTMLElement>('h1, h2, p, dt, dd, span, .countdown')]
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
        .filter((el) => getComputedStyle(el).display !== 'inline')
        .map((el) => `${el.className}: ${el.textContent?.slice(0, 30)}`),
    };
  });
}

async function expectFits(projector: Page, least: number, where: string) {
  const found = await measure(projector);
  expect(found.timerShare, `${where}: countdown box / window height`).toBeGreaterThanOrEqual(least);
  expect(found.timerInside, `${where}: countdown inside the window`).toBe(true);
  expect(found.promptShare, `${where}: prompt type / window height`).toBeGreaterThanOrEqual(0.03);
  expect([found.overflowX, found.overflowY], `${where}: page overflow`).toEqual([0, 0]);
  expect(found.clipped, `${where}: clipped text`).toEqual([]);
  return found;
}

/** Time passes in steps: one long run would hit the fake clock's limit of timers per run. */
async function pass(context: BrowserContext, ms: number) {
  for (let left = ms; left > 0; left -= 30_000) await context.clock.runFor(Math.min(left, 30_000));
}

async function nextPhase(console: Page, projector: Page, name: string) {
  await focusPage(console);
  await console.keyboard.press('ArrowRight');
  await expect(projector.getByRole('heading', { level: 1, name })).toBeAttached();
}

const NAMED_IN: Partial<Record<PhaseId, (people: PlanPeople) => string[]>> = {
  roles: (p) => [p.caseOwner, ...p.coaches, p.facilitator!],
  presentation: (p) => [p.caseOwner],
  mirroring: (p) => [p.coaches[0]!, p.coaches[1]!],
};

for (const size of SIZES) {
  for (const language of ['en', 'de'] as const) {
    const tag = `${size.width}x${size.height}-${language}`;
    test(`the wall at ${tag}: the countdown is the hero in every phase, with names and the question`, async ({
      browser,
    }) => {
      const t = LOCALES[language];
      const { context, console, projector } = await openClinic(browser, size, language);
      await start(console, language, PEOPLE);
      const shares: Record<string, number> = {};
      for (const [index, phase] of PHASE_IDS.entries()) {
        const name = t.phase[phase].name;
        if (index > 0) await nextPhase(console, projector, name);
        await expect(projector.getByRole('heading', { level: 1, name })).toBeAttached();
        await context.clock.runFor(2_000);
        const least = phase === 'stillness' ? 0 : size.least;
        shares[phase] = (await expectFits(projector, least, `${tag} ${phase}`)).timerShare;
        for (const person of NAMED_IN[phase]?.(PEOPLE) ?? []) {
          await expect(projector.getByText(person).first()).toBeVisible();
        }
        const asked = projector.getByText(PEOPLE.helpWanted!, { exact: true });
        if (['presentation', 'clarification', 'mirroring', 'dialogue'].includes(phase)) {
          await expect(asked).toBeVisible();
        } else {
          await expect(asked).toHaveCount(0);
        }
        await projector.screenshot({ path: join(SHOTS, `wall-${tag}-${phase}.png`) });
      }
      // Closing: into wrap-up, overtime, then paused; each keeps colour, icon and word.
      // Half a minute before the end: wrap-up (it starts a minute before).
      const [minutes, seconds] = (await projector.getByRole('timer').innerText()).split(':');
      await pass(context, (Number(minutes) * 60 + Number(seconds) - 30) * 1000);
      await expect(projector.getByText(t.session.wrapUp, { exact: true })).toBeVisible();
      shares.wrapUp = (await expectFits(projector, size.least, `${tag} wrap-up`)).timerShare;
      await projector.screenshot({ path: join(SHOTS, `wall-${tag}-wrapup.png`) });
      await pass(context, 90_000);
      await expect(projector.getByText(t.session.overtime, { exact: true })).toBeVisible();
      shares.overtime = (await expectFits(projector, size.least, `${tag} overtime`)).timerShare;
      await projector.screenshot({ path: join(SHOTS, `wall-${tag}-overtime.png`) });
      await focusPage(console);
      await console.keyboard.press(' ');
      await expect(projector.getByText(t.session.paused, { exact: true })).toBeVisible();
      shares.paused = (await expectFits(projector, size.least, `${tag} paused`)).timerShare;
      await projector.screenshot({ path: join(SHOTS, `wall-${tag}-paused.png`) });
      writeFileSync(join(SHOTS, `shares-${tag}.json`), JSON.stringify(shares, null, 2));
      await context.close();
    });
  }

  test(`the wall at ${size.width}x${size.height} with eight long names and a 500-character question`, async ({
    browser,
  }) => {
    const tag = `${size.width}x${size.height}-crowd`;
    const t = LOCALES.de;
    const { context, console, projector } = await openClinic(browser, size, 'de');
    await start(console, 'de', CROWD);
    for (const [index, phase] of PHASE_IDS.entries()) {
      if (index > 0) await nextPhase(console, projector, t.phase[phase].name);
      await context.clock.runFor(2_000);
      await expectFits(projector, phase === 'stillness' ? 0 : size.least, `${tag} ${phase}`);
      for (const person of NAMED_IN[phase]?.(CROWD) ?? []) {
        await expect(projector.getByText(person).first()).toBeVisible();
      }
      if (phase === 'presentation' || phase === 'mirroring') {
        await expect(projector.getByText(CROWD.helpWanted!, { exact: true })).toBeVisible();
      }
      if (phase !== 'stillness') {
        await projector.screenshot({ path: join(SHOTS, `wall-${tag}-${phase}.png`) });
      }
    }
    await context.close();
  });
}
