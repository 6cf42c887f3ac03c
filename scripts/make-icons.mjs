// Draws the app's icon (seven arcs round a still centre: the seven phases of a case clinic) as
// SVG and renders the PNG sizes that the web app manifest and iOS ask for, in headless Chromium.
// Run it again after changing the drawing: `node scripts/make-icons.mjs`. Writes into public/.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

const BACKGROUND = '#101418';
const ACCENT = '#7cc4a4';
const PHASES = 7;

/**
 * @param {{ fullBleed: boolean }} options fullBleed: a square with no corners cut, for maskable
 *   icons whose shape the platform chooses; the drawing stays inside the 80 % safe circle.
 */
function iconSvg({ fullBleed }) {
  const size = 512;
  const centre = size / 2;
  const radius = 150;
  const stroke = 36;
  const circumference = 2 * Math.PI * radius;
  // Round caps reach half the stroke past each end of a dash: the gap makes room for both.
  const gap = 26 + stroke;
  const dash = circumference / PHASES - gap;
  const corner = fullBleed ? 0 : 112;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">
  <rect width="${size}" height="${size}" rx="${corner}" fill="${BACKGROUND}"/>
  <circle cx="${centre}" cy="${centre}" r="${radius}" fill="none" stroke="${ACCENT}" stroke-width="${stroke}"
    stroke-linecap="round" stroke-dasharray="${dash.toFixed(2)} ${gap}"
    transform="rotate(${-90 + (gap / 2 / circumference) * 360} ${centre} ${centre})"/>
  <circle cx="${centre}" cy="${centre}" r="46" fill="${ACCENT}" opacity="0.85"/>
</svg>
`;
}

const PNGS = [
  { file: 'pwa-192x192.png', size: 192, fullBleed: false },
  { file: 'pwa-512x512.png', size: 512, fullBleed: false },
  { file: 'maskable-icon-512x512.png', size: 512, fullBleed: true },
  { file: 'apple-touch-icon-180x180.png', size: 180, fullBleed: true },
];

const anySvg = iconSvg({ fullBleed: false });
await writeFile(join(PUBLIC, 'favicon.svg'), anySvg);

const browser = await chromium.launch({
  executablePath: systemChromium(),
  args: CHROMIUM_ARGS,
});
try {
  for (const { file, size, fullBleed } of PNGS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = iconSvg({ fullBleed }).replace(
      /width="512" height="512"/,
      `width="${size}" height="${size}"`,
    );
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    await writeFile(join(PUBLIC, file), png);
    await page.close();
    console.log(`public/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
console.log('public/favicon.svg');
