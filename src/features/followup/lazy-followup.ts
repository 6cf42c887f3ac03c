import { lazy } from 'react';
import { englishComplete } from '../../i18n/setup';
import { preloadTakeawayStores } from '../../store/lazy-takeaway-stores';

// The follow-up reads the history: its screens, the history's store and the strings they read
// load only when first wanted, never with the setup screen. Its own module, so component tests
// can swap in the eager screens.
const withStores = <T>(load: Promise<T>) =>
  Promise.all([load, preloadTakeawayStores(), englishComplete()]).then(([module]) => module);

const loadView = () => withStores(import('./FollowUpView'));
const loadSummary = () => withStores(import('./FollowUpSummary'));

export const FollowUpView = lazy(() => loadView().then((m) => ({ default: m.FollowUpView })));
export const FollowUpSummary = lazy(() =>
  loadSummary().then((m) => ({ default: m.FollowUpSummary })),
);
export const ReviewPanel = lazy(() =>
  withStores(import('./ReviewPanel')).then((m) => ({ default: m.ReviewPanel })),
);

/** The review of last time as the room sees it (the projector has no takeaway stores). */
export const WallReview = lazy(() =>
  Promise.all([import('./ReviewList'), englishComplete()]).then(([m]) => ({
    default: m.ReviewList,
  })),
);

/** Fetches the view's chunk ahead of the first click. */
export function prefetchFollowUp(): void {
  void loadView().catch(() => undefined);
}
