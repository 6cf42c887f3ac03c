/**
 * In the single-file build (`npm run build:single`), the files under public/ that the app loads
 * (sounds, fonts) as data: URLs, keyed by their path under public/ ("sounds/bells/chime.webm").
 * null in the installable build, in development and in tests. Defined in vite.config.ts.
 */
declare const __SINGLE_FILE_ASSETS__: Readonly<Record<string, string>> | null;
