// How the schema-1 golden saves were made (once, from main at commit da39da1, before the save
// format changed): build that commit, serve it with `npx vite preview --port 4301`, run
// `node tests/store/golden/capture-schema-1.mjs` from the project root, and write each value of
// /tmp/golden/dump.json to its file. It drives the app as a facilitator would: a quick clinic
// started at 09:00 UTC on the Playwright clock, moved to phase 2, notes typed, the theme and
// the sound changed, and the page left mid-phase.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
const base = 'http://localhost:4301';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.clock.install({ time: new Date('2026-11-22T08:59:55Z') });
await page.clock.pauseAt(new Date('2026-11-22T09:00:00Z'));
await page.goto(base);
await page.getByRole('combobox', { name: 'Template' }).selectOption('quick');
await page.getByLabel('Case title', { exact: true }).fill('Leading a team through a merger');
await page.getByLabel('The help the case owner asks for').fill('Fresh ways to see it');
await page.getByLabel('Case owner', { exact: true }).fill('Ada');
await page.getByLabel('Coach 1', { exact: true }).fill('Ben');
await page.getByLabel('Coach 2', { exact: true }).fill('Chloé');
await page.getByRole('button', { name: 'Add a coach' }).click();
await page.getByLabel('Coach 3', { exact: true }).fill('Dev');
await page.getByLabel('Facilitator', { exact: true }).fill('Eli');
await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
await page.getByRole('button', { name: 'Start clinic' }).click();
await page.getByRole('timer').first().waitFor();
await page.clock.runFor(90_000);
await page.getByRole('button', { name: 'Next phase' }).click();  // presentation, 5 min
await page.clock.runFor(65_500);
const facts = page.getByRole('textbox', { name: 'Add to Key facts' });
await facts.fill('Two teams of 8, merging in March');
await facts.press('Enter');
await facts.fill('Ada has led one of them for 3 years');
await facts.press('Enter');
await page.getByRole('button', { name: 'Show all notes' }).click();
await page.getByRole('textbox', { name: 'Image, metaphor or feeling from Ben' }).fill('A bridge from both banks');
await page.getByRole('textbox', { name: 'Add to Ideas from the dialogue' }).fill('Pair people across teams');
await page.getByRole('textbox', { name: 'Add to Ideas from the dialogue' }).press('Enter');
await page.getByRole('textbox', { name: 'New next step' }).fill('Book the kick-off');
await page.getByRole('combobox', { name: 'Owner' }).fill('Chloé');
await page.getByRole('combobox', { name: 'Owner' }).press('Enter');
await page.getByText('Sound settings').click();
await page.getByRole('combobox', { name: 'Sound set' }).selectOption('softTones');
await page.getByLabel('Volume').fill('40');
await page.clock.runFor(10_000);
const dump = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
const timer = await page.getByRole('timer').first().innerText();
console.log(Object.keys(dump), 'timer:', timer, 'now:', await page.evaluate(() => Date.now()));
mkdirSync('/tmp/golden', { recursive: true });
writeFileSync('/tmp/golden/dump.json', JSON.stringify(dump, null, 2));
await browser.close();
