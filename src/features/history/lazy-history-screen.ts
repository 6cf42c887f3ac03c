import { englishComplete } from '../../i18n/setup';
import { withTakeawayStores } from '../../store/lazy-takeaway-stores';
import { lazyComponent } from '../../ui/lazy-component';

// The history (with import and exports) loads only when first wanted, its store with it. Its own
// module, so component tests can swap in the eager screen.
export const HistoryScreen = lazyComponent(() =>
  withTakeawayStores(
    Promise.all([import('./HistoryScreen'), englishComplete()]).then(([m]) => m.HistoryScreen),
  ),
);

/** Fetches the history's chunk ahead of the first click. */
export function prefetchHistoryScreen(): void {
  void HistoryScreen.preload().catch(() => undefined);
}
