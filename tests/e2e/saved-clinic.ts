import type { Page } from '@playwright/test';
import type { ClinicNotes } from '@/takeaway/notes';
import type { ClinicState } from '@/clinic/state';
import type { SheetDetails } from '@/takeaway/sheet';
import { NOTES_KEY, NOTES_SAVE } from '@/store/notes-store';
import { CLINIC_KEY, CLINIC_SAVE } from '@/store/persistence';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_SAVE } from '@/store/settings-store';
import { envelopeOf } from '@/store/versioned-save';

export interface SavedClinic {
  clinic: ClinicState;
  notes: ClinicNotes;
  details: SheetDetails;
  /** Saved settings, such as `{ language: 'de' }`. */
  settings?: Record<string, unknown>;
}

/**
 * Puts raw values into the origin's storage, then opens the app, as if it had left them there.
 * They are written from a page of the origin that is not the app (its robots.txt): an app page
 * that is already running would see a save appear under it, which no real session does.
 */
export async function openWithStorage(page: Page, entries: Array<[string, string]>) {
  await page.goto('/robots.txt');
  await page.evaluate((items) => {
    for (const [key, value] of items) localStorage.setItem(key, value);
  }, entries);
  await page.goto('/');
}

/**
 * Opens the app with a clinic, its notes and settings already on the device, saved the way the
 * app saves them, as if a session had just happened in this browser.
 */
export async function openWithSavedClinic(page: Page, saved: SavedClinic): Promise<void> {
  const savedAt = Date.now();
  const { clinic, notes, details } = saved;
  const entries: Array<[string, string]> = [
    [CLINIC_KEY, envelopeOf(CLINIC_SAVE, clinic, savedAt)],
    [NOTES_KEY, envelopeOf(NOTES_SAVE, { clinicId: clinic.clinicId, notes, details }, savedAt)],
  ];
  if (saved.settings) {
    const settings = { ...DEFAULT_SETTINGS, ...saved.settings } as typeof DEFAULT_SETTINGS;
    entries.push([SETTINGS_KEY, envelopeOf(SETTINGS_SAVE, settings, savedAt)]);
  }
  await openWithStorage(page, entries);
}
