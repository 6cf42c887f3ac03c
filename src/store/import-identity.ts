import type { ClinicExport } from '../takeaway/clinic-file';

// When an import is "the same" as what the history holds: the same content, whenever it was
// exported. A different one under the same id is kept beside it, under an id of its own.

/** What makes two exports the same clinic with the same notes (not when they were exported). */
export function clinicContent(data: ClinicExport): string {
  const { language, clinic, notes, details } = data;
  return JSON.stringify([language, { ...clinic, clinicId: null }, notes, details]);
}

/** A short, stable fingerprint (FNV-1a): a kept copy's id, the same for the same file. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The id of a copy kept beside a different record that holds `id`. */
export function copyId(id: string, content: string): string {
  return `${id.slice(0, 80)}~${fingerprint(content)}`;
}
