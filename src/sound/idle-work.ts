// Work spread over the page's quiet moments, so making the chimes never holds up a click or a
// frame (see chime-library.ts and sound-player.ts).

/**
 * At most this long at a time: even on a phone four times slower than this laptop, no slice
 * comes near the 50 ms that count as a long task.
 */
const SLICE_MS = 5;

/**
 * Runs `task` in the page's next idle moment, telling it whether its slice has time left (where
 * the browser cannot tell idle time, soon).
 */
export function whenIdle(task: (hasTime: () => boolean) => void): { cancel(): void } {
  const slice = (idleLeft: () => number) => {
    const sliceLeft = timeSlice(SLICE_MS);
    task(() => idleLeft() > 1 && sliceLeft());
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => slice(() => deadline.timeRemaining()), {
      timeout: 1000,
    });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(() => slice(() => SLICE_MS), 1);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Whether a slice of work that starts now still has time, `ms` at most. The monotonic clock
 * measures the slice's length: an interval of work, not an instant the app shows or keeps.
 */
export function timeSlice(ms: number): () => boolean {
  const until = performance.now() + ms;
  return () => performance.now() < until;
}

/** Resolves in a task of its own: a message to itself (timers wait a second in background tabs). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
