import { lazy } from 'react';

// The history (with import and exports) loads only when first wanted. Its own module, so
// component tests can swap in the eager screen.
const load = () => import('./HistoryScreen');

export const HistoryScreen = lazy(() => load().then((m) => ({ default: m.HistoryScreen })));

/** Fetches the history's chunk ahead of the first click. */
export function prefetchHistoryScreen(): void {
  void load().catch(() => undefined);
}
