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

/**
 * Chromium here (headless) may let any page make sound, so these tests play the part of a browser
 * that keeps to the autoplay rules: an AudioContext stays suspended until the page has had a
 * click or key press.
 */
export function autoplayRulesScript() {
  // This document's own clicks and key presses (a reload starts with none).
  let clicked = false;
  for (const type of ['pointerdown', 'keydown', 'click']) {
    window.addEventListener(type, () => (clicked = true), { capture: true });
  }
  const Native = window.AudioContext;
  window.AudioContext = class extends Native {
    constructor(...args: ConstructorParameters<typeof AudioContext>) {
      super(...args);
      if (!clicked) void Native.prototype.suspend.call(this);
    }
    override resume(): Promise<void> {
      if (!clicked) return new Promise<void>(() => {});
      return super.resume();
    }
  };
}
