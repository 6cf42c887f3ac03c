import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// The single-file build (`npm run build:single`) has no server behind it: the page's own links
// to public/ (its icon) are made to work without one. Nothing else comes from public/: the app
// makes its sounds on the device and uses the system's fonts.

/** The page's own links to public/ files, made to work without public/. */
export function singleFileHtml(publicDir: string): Plugin {
  return {
    name: 'case-clinic-single-file-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // The icon travels inline too; the iOS home-screen icon means nothing for a file.
        const icon = readFileSync(join(publicDir, 'favicon.svg')).toString('base64');
        return html
          .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '')
          .replace(
            /<link rel="icon" href="[^"]*"([^>]*)>/,
            `<link rel="icon" href="data:image/svg+xml;base64,${icon}"$1>`,
          );
      },
    },
  };
}

/** Stands in for vite-plugin-pwa's `virtual:pwa-register` where there is no service worker. */
export const SINGLE_FILE_PWA_STUB = `
export function registerSW() {
  return async () => {};
}
`;
