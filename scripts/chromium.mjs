import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// The one place that says which Chromium the tests and scripts use, and how it is started.

/**
 * Playwright's own Chromium where it is installed (undefined: Playwright's default); where it
 * cannot be downloaded, CHROME_PATH, else the system's /usr/bin/chromium.
 */
export function systemChromium() {
  if (existsSync(chromium.executablePath())) return undefined;
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** As root Chromium needs --no-sandbox; the rest keep it from calling out to the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
