import type { BrowserContext, Page } from '@playwright/test';

// What Chromium really plays: the length of every buffer Web Audio starts, and of every media
// element played (howler's HTML5 fallback). A chime is told by its length; howler's unlock
// plays a one-sample silent buffer, which is not counted.

declare global {
  interface Window {
    __soundStarts: number[];
  }
}

function spyScript() {
  window.__soundStarts = [];
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
    const seconds = this.buffer?.duration ?? 0;
    if (seconds > 0.1) window.__soundStarts.push(seconds);
    return start.apply(this, args);
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    if (this.duration > 0.1) window.__soundStarts.push(this.duration);
    return play.call(this);
  };
}

/** From the next page load on, records every sound the page (or every page) starts. */
export async function spyOnPlayback(target: Page | BrowserContext) {
  await target.addInitScript(spyScript);
}

/** The lengths, in seconds, of the sounds started so far. */
export function soundStarts(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__soundStarts);
}
