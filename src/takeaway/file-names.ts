import { localDateOf } from './local-date';

// File names for exports: the date and the case title, safe on Windows, macOS, Linux, FAT
// and in a ZIP. Letters of any script stay; what a file system or a shell could trip on goes.

const MAX_TITLE_CHARS = 60;
const FALLBACK_TITLE = 'case-clinic';
// Windows refuses these as names, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The title made safe: lower-case words joined by hyphens, nothing a file system rejects. */
export function safeTitle(title: string): string {
  const words = title
    .normalize('NFC')
    // Control characters and line breaks separate words; invisible format characters (such as
    // the right-to-left override that disguises "gnp.exe" as "exe.png") are dropped.
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    // Reserved on some file system, or special to shells and URLs.
    .replace(/[<>:"/\\|?*#%&{}$!'`@+=^~[\];,]/g, ' ')
    .toLowerCase()
    .split(/[\s._-]+/u)
    .filter((word) => word !== '');
  let result = '';
  for (const word of words) {
    const next = result === '' ? word : `${result}-${word}`;
    if ([...next].length > MAX_TITLE_CHARS) {
      if (result === '') result = [...word].slice(0, MAX_TITLE_CHARS).join('');
      break;
    }
    result = next;
  }
  if (result === '' || RESERVED.test(result)) return result === '' ? FALLBACK_TITLE : `${result}-`;
  return result;
}

/** e.g. "2026-11-22-new-team-lead.md". */
export function exportFileName(epochMs: number, title: string, extension: string): string {
  return `${localDateOf(epochMs)}-${safeTitle(title)}.${extension}`;
}
