import { englishComplete } from '../../../i18n/setup';
import { loadOnce } from '../../../store/load-once';
import { loadSessionEngine } from '../../../store/session-loader';
import { lazyComponent } from '../../../ui/lazy-component';

// The planner of a session and the end time's check are not in the first download: "One clinic"
// without an end time, the setup most facilitators use, never needs them. They come in (with
// the session's half of the store) when the facilitator picks a session or types an end time.

const planner = loadOnce(() =>
  Promise.all([import('./index'), loadSessionEngine(), englishComplete()]).then(
    ([module]) => module,
  ),
);

export const SessionSetup = lazyComponent(() => planner.load().then((m) => m.SessionSetup));
export const ClinicFitCheck = lazyComponent(() => planner.load().then((m) => m.ClinicFitCheck));

/** The planner's chunk with its two screens ready to draw: none of them suspends after this. */
export const preloadPlanner = () =>
  Promise.all([planner.load(), SessionSetup.preload(), ClinicFitCheck.preload()]).then(
    ([module]) => module,
  );

/** The planner's module, if it is in already (then the switch to a session is immediate). */
export const loadedPlanner = () =>
  SessionSetup.isLoaded() && ClinicFitCheck.isLoaded() ? planner.loaded() : null;
