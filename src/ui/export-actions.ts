import { isCheckInStart } from '../takeaway/sheet';

// Handing a file to the person: a download made on the device (no server involved), or the
// clipboard. Both are small wrappers so components stay readable and tests can watch them.

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "2026-12-06" and "14:30" in the device's time zone, for date and time inputs. */
export function toLocalInputs(epochMs: number): { date: string; time: string } {
  const at = new Date(epochMs);
  const pad = (value: number) => value.toString().padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** The instant a local date and time input pair names, or null when either is incomplete. */
export function fromLocalInputs(date: string, time: string): number | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [, year, month, day] = dateMatch.map(Number) as [number, number, number, number];
  const [, hours, minutes] = timeMatch.map(Number) as [number, number, number];
  const at = new Date(year, month - 1, day, hours, minutes);
  at.setFullYear(year); // years 0 to 99 are not 1900 to 1999
  // The same rule as for a check-in read back from a file or the device's storage.
  return isCheckInStart(at.getTime()) ? at.getTime() : null;
}
