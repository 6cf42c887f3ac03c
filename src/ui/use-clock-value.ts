import { useCallback, useRef, useSyncExternalStore } from 'react';
import { momentAt, type ClinicMoment } from '../clinic/moment';
import type { ClinicState } from '../clinic/state';
import { useClock } from '../store/store-context';

/** Reads what a component shows from the clinic's moment. Keep it pure and cheap. */
export type ClockCompute<T> = (moment: ClinicMoment) => T;

const PAUSED_WAKE_MS = 1000;

/**
 * The clinic's moment, shared by every part of the screen that shows time: worked out once per
 * instant however many parts ask, and looked at again by one timer just past its next change (a
 * shown second, a turn, the wrap-up; paused, once a second, since the expected end moves on).
 */
interface MomentSource {
  /** The last moment worked out; null until someone asks. */
  moment: ClinicMoment | null;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

// One source per clinic state and clock; a new state (any event) starts a new one.
const sources = new WeakMap<ClinicState, Map<() => number, MomentSource>>();

function sourceOf(clinic: ClinicState, now: () => number): MomentSource {
  let byClock = sources.get(clinic);
  if (!byClock) sources.set(clinic, (byClock = new Map()));
  let source = byClock.get(now);
  if (!source) {
    source = { moment: null, listeners: new Set(), timer: undefined };
    byClock.set(now, source);
  }
  return source;
}

/** The moment at this instant: worked out again only when the clock has moved on. */
function currentMoment(source: MomentSource, clinic: ClinicState, now: () => number) {
  const at = now();
  if (source.moment?.at !== at) source.moment = momentAt(clinic, at);
  return source.moment;
}

function lookLater(source: MomentSource, clinic: ClinicState, now: () => number): void {
  const { inSession, msUntilNextChange } = currentMoment(source, clinic, now);
  if (!inSession) return;
  const delay = msUntilNextChange === null ? PAUSED_WAKE_MS : msUntilNextChange + 1;
  source.timer = setTimeout(() => {
    for (const listener of [...source.listeners]) listener();
    lookLater(source, clinic, now);
  }, delay);
}

/**
 * A value that depends on time, such as the countdown text or whether the phase is in its
 * wrap-up. It is read from the clinic's moment (`momentAt`: worked out from the timestamps, never
 * counted), which every such value shares; the component re-renders only when its value differs
 * from the last one. A component that asks for the phase's mode therefore re-renders twice per
 * phase (wrap-up, overtime), not every second.
 */
export function useClockValue<T>(
  clinic: ClinicState,
  compute: ClockCompute<T>,
  equals: (a: T, b: T) => boolean = Object.is,
): T {
  // The app's clock: its `now` is one function for the page's life, so the source is shared.
  const { now } = useClock();
  const cache = useRef<{ value: T } | null>(null);

  const subscribe = useCallback(
    (onChange: () => void) => {
      const source = sourceOf(clinic, now);
      source.listeners.add(onChange);
      if (source.listeners.size === 1) lookLater(source, clinic, now);
      return () => {
        source.listeners.delete(onChange);
        if (source.listeners.size === 0) clearTimeout(source.timer);
      };
    },
    [clinic, now],
  );

  const getSnapshot = useCallback(() => {
    const value = compute(currentMoment(sourceOf(clinic, now), clinic, now));
    const cached = cache.current;
    if (cached && equals(cached.value, value)) return cached.value;
    cache.current = { value };
    return value;
  }, [clinic, compute, equals, now]);

  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
