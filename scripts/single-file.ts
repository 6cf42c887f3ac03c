import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

// The single-file build (`npm run build:single`) has no server behind it: what the installable
// build fetches from public/ (the sounds, any font) travels inside the HTML as data: URLs. The
// app reads them through the global `__SINGLE_FILE_ASSETS__` (null in every other build), keyed
// by their path under public/, e.g. "sounds/bells/chime.webm".

export const SINGLE_FILE_ASSETS_GLOBAL = '__SINGLE_FILE_ASSETS__';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.webm': 'audio/webm',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The folders of public/ whose files the single file carries inside. */
export const INLINED_PUBLIC_FOLDERS = ['sounds', 'fonts'];

function filesUnder(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** path under public/ (with forward slashes) -> data: URL, for every file the app may need. */
export function publicAssetDataUrls(publicDir: string): Record<string, string> {
  const assets: Record<string, string> = {};
  for (const folder of INLINED_PUBLIC_FOLDERS) {
    for (const file of filesUnder(join(publicDir, folder))) {
      const mime = MIME_TYPES[extname(file).toLowerCase()];
      if (!mime) continue;
      const key = relative(publicDir, file).split(sep).join('/');
      assets[key] = `data:${mime};base64,${readFileSync(file).toString('base64')}`;
    }
  }
  return assets;
}

/** Vite `define`s for the global: the data URLs in the single file, null everywhere else. */
export function singleFileAssetsDefine(singleFile: boolean, publicDir: string) {
  const assets = singleFile ? publicAssetDataUrls(publicDir) : null;
  return { [SINGLE_FILE_ASSETS_GLOBAL]: JSON.stringify(assets) };
}

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
