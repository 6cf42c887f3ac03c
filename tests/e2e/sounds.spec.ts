import { expect, test, type Page } from '@playwright/test';
import { fillPlan, TWO_COACHES } from '../helpers/e2e-session';
import { autoplayRulesScript, soundStarts, spyOnPlayback } from './sound-spy';

// Issue 4's browser proof: every sound is made in the page and decodes, and a chime really
// starts in Chromium's Web Audio at each boundary of a whole clinic, with the clock under the
// test's control. Which sound played is told by its length: the sets share their lengths per name.

const NAMES = ['chime', 'double-chime', 'bowl', 'knock', 'reminder'] as const;
const SECONDS: Record<(typeof NAMES)[number], number> = {
  chime: 2.6,
  'double-chime': 3.2,
  bowl: 6.5,
  knock: 0.7,
  reminder: 1.9,
};

function soundNamed(seconds: number): string {
  const match = NAMES.find((name) => Math.abs(SECONDS[name] - seconds) < 0.2);
  return match ?? `unknown (${seconds.toFixed(2)} s)`;
}

async function playedSounds(page: Page): Promise<string[]> {
  return (await soundStarts(page)).map(soundNamed);
}

/** Waits for exactly one more sound, and says which it was. */
async function nextSound(page: Page, countBefore: number): Promise<string> {
  await expect.poll(async () => (await playedSounds(page)).length).toBe(countBefore + 1);
  return (await playedSounds(page))[countBefore]!;
}

async function startClinic(page: Page) {
  await fillPlan(page, TWO_COACHES);
  await page.getByRole('button', { name: 'Start clinic' }).click();
}

/** The console keeps the sound controls in a "Sound settings" pop-over of its toolbar. */
async function openSoundSettings(page: Page) {
  await page.getByText('Sound settings', { exact: true }).click();
}

/** Milliseconds the console's countdown shows as remaining (m:ss or h:mm:ss). */
async function remainingMs(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').first().innerText()).trim();
  const match = /(?:(\d+):)?(\d+):(\d\d)/.exec(text);
  if (!match) throw new Error(`No countdown in "${text}"`);
  const [, hours, minutes, seconds] = match;
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

declare global {
  interface Window {
    __soundBlobTypes: string[];
    __decodedSeconds: number[];
  }
}

/** Records the type of every blob the page makes and the length of every sound it decodes. */
function madeSoundsScript() {
  window.__soundBlobTypes = [];
  window.__decodedSeconds = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) window.__soundBlobTypes.push(object.type);
    return createObjectURL(object);
  };
  const decode = BaseAudioContext.prototype.decodeAudioData;
  BaseAudioContext.prototype.decodeAudioData = function (data, ...callbacks) {
    const decoded = decode.call(this, data, ...callbacks);
    void decoded.then((buffer) => window.__decodedSeconds.push(buffer.duration)).catch(() => {});
    return decoded;
  };
}

const made = (page: Page) =>
  page.evaluate(() => ({ blobTypes: window.__soundBlobTypes, seconds: window.__decodedSeconds }));

const sortedLengths = (seconds: number[]) =>
  seconds.map((s) => Math.round(s * 10) / 10).sort((a, b) => a - b);

test.describe('sounds made in the page', () => {
  test('the app makes the sounds of the chosen set as WAVs that decode, and fetches none', async ({
    page,
  }) => {
    const soundRequests: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      if (/\.(webm|mp3|ogg|wav)$|\/sounds\//.test(new URL(request.url()).pathname)) {
        soundRequests.push(request.url());
      }
    });
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.addInitScript(madeSoundsScript);
    await page.goto('/');
    await startClinic(page);

    const oneSet = sortedLengths(Object.values(SECONDS));
    await expect.poll(async () => sortedLengths((await made(page)).seconds)).toEqual(oneSet);
    await openSoundSettings(page);
    await page.getByRole('combobox', { name: 'Sound set' }).selectOption({ label: 'Soft tones' });
    await expect
      .poll(async () => sortedLengths((await made(page)).seconds))
      .toEqual(sortedLengths([...oneSet, ...oneSet]));
    expect((await made(page)).blobTypes).toEqual(Array(10).fill('audio/wav'));
    expect(soundRequests).toEqual([]);
    expect(failed).toEqual([]);

    // The test sound of the new set decodes and starts.
    await spyOnPlayback(page);
    await page.reload();
    // The page settles first: the set made and decoded, so howler and its audio have started.
    // (On a busy machine, a click into the page while that start still moved the toolbar once
    // left the settings closed.)
    await expect.poll(async () => (await made(page)).seconds.length).toBe(5);
    await openSoundSettings(page);
    await page.getByRole('button', { name: 'Test sound' }).click();
    await expect.poll(() => playedSounds(page)).toEqual(['chime']);
  });
});

test('a chime rings at each boundary of a whole clinic, under a controlled clock', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await spyOnPlayback(page);
  await page.clock.install({ time: new Date('2026-11-22T09:00:00Z') });
  await page.goto('/');
  await startClinic(page);
  const heading = page.getByRole('heading', { level: 1 });
  let count = 0;
  const expectNext = async (sound: string) => {
    expect(await nextSound(page, count)).toBe(sound);
    count += 1;
  };

  // Phase 1 starts with the click: the click itself unlocks audio in time for its chime.
  await expectNext('chime');

  // Wrap-up one minute before the end, then the phase-end bowl, then an overtime reminder.
  await page.clock.fastForward((await remainingMs(page)) - 60_000 + 1000);
  await expectNext('double-chime');
  await page.clock.fastForward((await remainingMs(page)) + 1500);
  await expectNext('bowl');
  await page.clock.fastForward(2 * 60_000 + 1000);
  await expectNext('reminder');

  // Phases 2 to 7: a chime (the bowl for the stillness) on entering, the bowl when time is up.
  for (let phase = 2; phase <= 7; phase += 1) {
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.getByText(`Phase ${phase} of 7`).first()).toBeVisible();
    const isStillness = /Stillness/.test(await heading.innerText());
    await expectNext(isStillness ? 'bowl' : 'chime');
    await page.clock.fastForward((await remainingMs(page)) + 1500);
    await expectNext('bowl');
  }

  expect(await playedSounds(page)).toHaveLength(count);
});

async function keepToAutoplayRules(page: Page) {
  await page.addInitScript(autoplayRulesScript);
}

test('after a reload mid-clinic, "Sound is off: click to enable" shows until a click', async ({
  page,
}) => {
  await keepToAutoplayRules(page);
  await spyOnPlayback(page);
  await page.clock.install({ time: new Date('2026-11-22T09:00:00Z') });
  await page.goto('/');
  const enable = page.getByRole('button', { name: 'Sound is off: click to enable' });

  // "Start clinic" is the click that allows sound: its own chime rings, no extra button.
  await startClinic(page);
  expect(await nextSound(page, 0)).toBe('chime');
  await expect(enable).toBeHidden();

  await page.reload();
  await expect(enable).toBeVisible();
  // Time runs out while the browser blocks sound: the bowl cannot ring, the button stays.
  await page.clock.fastForward((await remainingMs(page)) + 1500);
  await expect(page.getByText('Time is up for Roles and case').first()).toBeVisible();
  await page.clock.runFor(2000);
  await expect(enable).toBeVisible();

  await enable.click();
  await expect(enable).toBeHidden();
  await page.getByRole('button', { name: 'Next phase' }).click();
  expect(await nextSound(page, 0)).toBe('chime');
  // The bowl that could not ring earlier did not ring late either.
  expect(await playedSounds(page)).toEqual(['chime']);
});

test('with the sound moved to the projector window, the projector rings and the console is silent', async ({
  context,
}) => {
  await context.addInitScript(autoplayRulesScript);
  await spyOnPlayback(context);
  const consolePage = await context.newPage();
  await consolePage.goto('/');
  await startClinic(consolePage);
  expect(await nextSound(consolePage, 0)).toBe('chime');

  const projector = await context.newPage();
  await projector.goto('/?view=projector');
  await openSoundSettings(consolePage);
  await consolePage.getByRole('checkbox', { name: 'Play sounds in the projector window' }).check();
  // The projector window has had no click of its own yet.
  await projector.getByRole('button', { name: 'Sound is off: click to enable' }).click();
  await expect(
    projector.getByRole('button', { name: 'Sound is off: click to enable' }),
  ).toBeHidden();

  await consolePage.getByRole('button', { name: 'Next phase' }).click();
  expect(await nextSound(projector, 0)).toBe('chime');
  // The console would have rung first (it hands the cue on only after its own store changed).
  await consolePage.waitForTimeout(500);
  expect(await playedSounds(consolePage)).toEqual(['chime']);
});
