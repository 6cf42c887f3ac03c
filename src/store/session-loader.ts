import type * as EngineModule from './session-engine';
import type { DeviceStorage } from './device-storage';
import { loadOnce } from './load-once';
import { SESSION_KEY } from './persistence';

// The session of several cases (its machine, its fit, its save's reader) is a chunk of its own:
// a facilitator running one clinic never downloads it before the first paint. It comes in when
// the planner opens, when an end time is set, or, before the first paint, when the device holds a
// session (main.tsx waits for it so a resumed session never flashes as "One clinic").

export type SessionEngine = typeof EngineModule;

const engine = loadOnce(() => import('./session-engine'));

/** The session's half of the store, if it is in already. */
export const loadedSessionEngine = (): SessionEngine | null => engine.loaded();

export const loadSessionEngine = (): Promise<SessionEngine> => engine.load();

/**
 * Whether the device's save holds anything of a session or of an end time: a save with nothing
 * in it needs no engine; one that cannot be read does (its reader moves it aside, with a notice).
 */
export function savedSessionMatters(storage: DeviceStorage | null): boolean {
  const text = storage?.read(SESSION_KEY) ?? null;
  if (text === null) return false;
  try {
    const saved = JSON.parse(text) as Record<string, unknown> | null;
    return !(saved && saved.session === null && saved.endBy === null && saved.lastFit === null);
  } catch {
    return true;
  }
}
