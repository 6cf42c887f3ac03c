/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { withCspMeta } from './scripts/csp.ts';
import { englishInTwoParts } from './scripts/english-split.ts';
import { SINGLE_FILE_PWA_STUB, singleFileHtml } from './scripts/single-file.ts';

// Two production builds:
// - `vite build` (dist/): the installable offline app, every asset precached by a service worker.
// - `vite build --mode single` (dist-single/): one self-contained HTML file for file://, its icon
//   as a data: URL and no service worker.
// Neither ships a sound file: the app makes its chimes on the device (src/sound/chime-synth.ts).
// Both carry a Content-Security-Policy <meta>; see scripts/csp.ts and the README for the headers.

const THEME_COLOR = '#101418';

/** The CSP <meta> of the installable build: its HTML holds no inline script or style. */
function cspForApp(): Plugin {
  return {
    name: 'case-clinic-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html, false) },
  };
}

/** The single file's CSP is written last, once its script and styles are inline, by their hash. */
function cspForSingleFile(outDir: string): Plugin {
  return {
    name: 'case-clinic-csp-single',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const file = join(outDir, 'index.html');
      writeFileSync(file, withCspMeta(readFileSync(file, 'utf8'), true));
    },
  };
}

/** The single file has no service worker: the update prompt's import resolves to a no-op. */
function noServiceWorker(): Plugin {
  return {
    name: 'case-clinic-no-service-worker',
    resolveId: (id) => (id === 'virtual:pwa-register' ? `\0${id}` : undefined),
    load: (id) => (id === '\0virtual:pwa-register' ? SINGLE_FILE_PWA_STUB : undefined),
  };
}

function installableApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The glob below already precaches every icon; listing them again would duplicate entries.
    includeAssets: [],
    includeManifestIcons: false,
    manifest: {
      name: 'Case Clinic Timer',
      short_name: 'Clinic Timer',
      description: 'A calm, offline timer for running a case clinic in seven phases.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: THEME_COLOR,
      theme_color: THEME_COLOR,
      icons: [
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'maskable-icon-512x512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // Everything a clinic needs is precached on the first visit (its sounds are made on the
      // device, from code in the script chunks).
      globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json,woff,woff2}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A new version waits until the facilitator chooses to reload: nothing is forced.
      skipWaiting: false,
      clientsClaim: false,
    },
  });
}

export default defineConfig(({ mode }) => {
  const singleFile = mode === 'single';
  const outDir = singleFile ? 'dist-single' : 'dist';
  const publicDir = fileURLToPath(new URL('./public', import.meta.url));
  const english = englishInTwoParts(
    fileURLToPath(new URL('./src/i18n/locales/en.json', import.meta.url)),
  );
  return {
    plugins: singleFile
      ? [
          react(),
          english,
          noServiceWorker(),
          singleFileHtml(publicDir),
          viteSingleFile({ removeViteModuleLoader: true }),
          cspForSingleFile(outDir),
        ]
      : [react(), english, installableApp(), cspForApp()],
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir,
      // The single file needs nothing from public/: its icon is inlined.
      copyPublicDir: !singleFile,
      // What the first paint needs in one file: a dozen small shared chunks, each gzipped on its
      // own, cost more bytes and requests than one. (So the lazy screens import from the entry
      // chunk, and main.tsx must not await them at its top level: that would deadlock.)
      rolldownOptions: singleFile
        ? undefined
        : {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'app', tags: ['$initial'] },
                  // The notes and history stores, as before: the history reads the JSON codec
                  // on demand, from the chunk below.
                  { name: 'takeaway-stores', test: /src[\\/]store[\\/](notes|history)-store/ },
                  // After the first paint: the notes, sheets, history and follow-up in one chunk,
                  // which compresses far better than the dozen small ones they would split into.
                  {
                    name: 'takeaway',
                    test: /src[\\/](takeaway|features[\\/](takeaway|history|followup)|store[\\/](follow-up|kept)|ui[\\/](sheet-words|export-actions|TakeHome))/,
                  },
                ],
              },
            },
          },
    },
    // Tests reach the app's code as `@/store/...` instead of climbing out of tests/.
    resolve: { alias: { '@/': `${fileURLToPath(new URL('./src/', import.meta.url))}` } },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
    test: {
      environment: 'jsdom',
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
    },
  };
});
