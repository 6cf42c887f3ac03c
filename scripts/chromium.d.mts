// Types for scripts/chromium.mjs, which playwright.config.ts imports.
export function systemChromium(): string | undefined;
export const CHROMIUM_ARGS: readonly string[];
