import {
  fitClinic,
  fitSession,
  setClinicFittedLengths,
  setFittedLengths,
  type SessionFit,
} from '../../../clinic/session/fit/fit-session';
import type { ClinicStoreState } from '../../../store/clinic-store';

// What the console offers about the end time at an instant: whether "Fit the rest to the end
// time" applies and whether the last fit can still be undone, for a session under way or a single
// clinic with an End by. Pure: the store's state and the instant in, plain values out.

export type RunState = Pick<ClinicStoreState, 'clinic' | 'session' | 'endBy' | 'lastClinicFit'>;

/** The fit "now" would make, or null when there is nothing to fit against. */
export function fitAt(state: RunState, now: number): SessionFit | null {
  const { session, clinic, endBy } = state;
  if (session) {
    return session.status === 'clinic' || session.status === 'break'
      ? fitSession(session, now)
      : null;
  }
  if (endBy === null || (clinic.status !== 'running' && clinic.status !== 'paused')) return null;
  return fitClinic(clinic, endBy, now);
}

/** Within half a minute counts as on time (`standingOf` in the forecast line). */
const BEHIND_MS = 30_000;

export interface FitOffer {
  /** Behind the end time: a fit to preview (or the reason it cannot). */
  canFit: boolean;
  /** The last fit still holds somewhere that has not started: one step takes it back. */
  canUndo: boolean;
}

export const NO_FIT_OFFER: FitOffer = { canFit: false, canUndo: false };

export function fitOfferAt(state: RunState, now: number): FitOffer {
  const fit = fitAt(state, now);
  // Behind as the forecast line says it (half a minute or more): a few seconds of overtime after
  // a fit is still "on time", and offering the fit again then would only be noise.
  const canFit =
    fit !== null &&
    (fit.status === 'fitted' || (fit.status === 'refused' && fit.code === 'cannotFit')) &&
    fit.expectedEndAt - fit.endAt >= BEHIND_MS;
  const { session, clinic, lastClinicFit } = state;
  const canUndo = session
    ? session.status !== 'finished' &&
      session.lastFit !== null &&
      setFittedLengths(session, session.lastFit, 'beforeMs') !== session
    : lastClinicFit !== null &&
      (clinic.status === 'running' || clinic.status === 'paused') &&
      setClinicFittedLengths(clinic, lastClinicFit, 'beforeMs') !== clinic;
  return canFit === canUndo && !canFit ? NO_FIT_OFFER : { canFit, canUndo };
}

export function sameOffer(a: FitOffer, b: FitOffer): boolean {
  return a.canFit === b.canFit && a.canUndo === b.canUndo;
}
