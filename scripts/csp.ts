import { createHash } from 'node:crypto';

// The Content Security Policy of both builds. Nothing is fetched from another origin: scripts,
// styles and fonts come from the app itself, and the chimes are made on the device, handed to
// howler as blob: URLs that it reads over XHR (hence `connect-src blob:`: a blob: URL names
// bytes this page made, never a place on the network). The single-file build carries its script
// and styles inline, so it allows exactly those blocks by their SHA-256 hash and nothing else.

export type CspDirectives = Record<string, string[]>;

export interface CspOptions {
  /** Hashes ('sha256-…') of inline <script> blocks the build needs. */
  scriptHashes?: string[];
  /** Hashes ('sha256-…') of inline <style> blocks the build needs. */
  styleHashes?: string[];
  /** The single file has no service worker and no manifest. */
  singleFile?: boolean;
}

export function cspDirectives(options: CspOptions = {}): CspDirectives {
  const scriptHashes = (options.scriptHashes ?? []).map((hash) => `'${hash}'`);
  const styleHashes = (options.styleHashes ?? []).map((hash) => `'${hash}'`);
  const directives: CspDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptHashes],
    'style-src': ["'self'", ...styleHashes],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // No media file comes from the app's origin any more: howler plays the chimes from blob:
    // URLs, and where it falls back to <audio> it empties an element with a tiny data: WAV.
    'media-src': ['data:', 'blob:'],
    'connect-src': ["'self'", 'blob:'],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  if (options.singleFile) {
    // No service worker and no manifest in the one-file copy.
    directives['worker-src'] = ["'none'"];
    directives['manifest-src'] = ["'none'"];
  }
  return directives;
}

/** Directives only an HTTP header can carry (a <meta> policy ignores them). */
export const HEADER_ONLY_DIRECTIVES: CspDirectives = {
  'frame-ancestors': ["'none'"],
};

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

export function sha256Source(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

function inlineBlocks(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)]
    .map((match) => match[1] ?? '')
    .filter((content) => content.length > 0);
}

export const CSP_META_MARKER = 'http-equiv="Content-Security-Policy"';

/**
 * Puts a CSP <meta> at the top of <head>, allowing the inline blocks the page holds by hash.
 * The meta must come before any script or style, or those escape the policy.
 */
export function withCspMeta(html: string, singleFile: boolean): string {
  if (html.includes(CSP_META_MARKER)) {
    throw new Error('The page already has a Content-Security-Policy meta tag.');
  }
  const policy = serializeCsp(
    cspDirectives({
      singleFile,
      scriptHashes: [...new Set(inlineBlocks(html, INLINE_SCRIPT).map(sha256Source))],
      styleHashes: [...new Set(inlineBlocks(html, INLINE_STYLE).map(sha256Source))],
    }),
  );
  const meta = `<meta ${CSP_META_MARKER} content="${policy}" />`;
  // Right after the charset declaration, which must stay first; else right after <head>.
  const anchor = /<meta\s+charset=[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error('The page has no <head> to hold its Content-Security-Policy.');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}
