import { useEffect } from 'react';
import type { ClinicStore } from '../store/clinic-store';

/**
 * Wakes the store at each second boundary while a clinic runs, so due cues fire and a
 * self-ending stillness moves on. The store computes everything from timestamps; the wake-up
 * only decides when to look, so a late or skipped wake-up cannot put the clock wrong.
 */
export function useClinicTicker(store: ClinicStore): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      store.getState().tick();
      timer = setTimeout(wake, 1000 - (store.clock.now() % 1000) + 5);
    };
    wake();
    const onVisible = () => {
      if (document.visibilityState === 'visible') store.getState().tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [store]);
}
