import type { Page } from '@playwright/test';
import type { ClinicNotes } from '@/takeaway/notes';
import type { ClinicState } from '@/clinic/state';
import type { SheetDetails } from '@/takeaway/sheet';
import { NOTES_KEY, NOTES_VERSION } from '@/store/notes-store';
import { CLINIC_KEY, SCHEMA_VERSION } from '@/store/persistence';
import { SETTINGS_KEY } from '@/store/settings-store';

export interface SavedClinic {
  clinic: ClinicState;
  notes: ClinicNotes;
  details: SheetDetails;
  /** Saved settings, such as `{ language: 'de' }`. */
  settings?: Record<string, unknown>;
}

/**
 * Opens the app with a clinic, its notes and settings already on the device, saved the way the
 * app saves them, as if a session had just happened in this browser.
 */
export async function openWithSavedClinic(page: Page, saved: SavedClinic): Promise<void> {
  const entries: Array<[string, string]> = [
    [
      CLINIC_KEY,
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, savedAt: Date.now(), clinic: saved.clinic }),
    ],
    [
      NOTES_KEY,
      JSON.stringify({
        version: NOTES_VERSION,
        clinicStartedAt: saved.clinic.clinicStartedAt,
        notes: saved.notes,
        details: saved.details,
      }),
    ],
  ];
  if (saved.settings) entries.push([SETTINGS_KEY, JSON.stringify(saved.settings)]);
  await page.goto('/');
  await page.evaluate((items) => {
    for (const [key, value] of items) localStorage.setItem(key, value);
  }, entries);
  await page.reload();
}
