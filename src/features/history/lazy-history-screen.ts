import { lazy } from 'react';
import { preloadTakeawayStores } from '../../store/lazy-takeaway-stores';

// The history (with import and exports) loads only when first wanted. Its own module, so
// component tests can swap in the eager screen. The history's store comes with it.
const load = () =>
  Promise.all([import('./HistoryScreen'), preloadTakeawayStores()]).then(([screen]) => screen);

export const HistoryScreen = lazy(() => load().then((m) => ({ default: m.HistoryScreen })));

/** Fetches the history's chunk ahead of the first click. */
export function prefetchHistoryScreen(): void {
  void load().catch(() => undefined);
}
