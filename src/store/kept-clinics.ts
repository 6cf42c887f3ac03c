import { useEffect, useState } from 'react';
import type { KeptClinic } from '../takeaway/follow-up';
import { useHistory, useHistoryStoreApi } from './takeaway-context';

// Every kept clinic, read from the history and read again whenever the history changes (a
// clinic kept, changed, deleted or imported), for the follow-up view and the review.

export interface KeptClinics {
  status: 'loading' | 'ready' | 'failed';
  clinics: KeptClinic[];
  /** Records that no longer pass the import's validation: left out, and said so. */
  unreadable: number;
}

const LOADING: KeptClinics = { status: 'loading', clinics: [], unreadable: 0 };

export function useKeptClinics(): KeptClinics {
  const history = useHistoryStoreApi();
  const entries = useHistory((s) => s.entries);
  const listed = useHistory((s) => s.status);
  const [kept, setKept] = useState<KeptClinics>(LOADING);
  useEffect(() => {
    if (listed === 'loading') return;
    let live = true;
    history
      .getState()
      .readAll()
      .then(
        ({ clinics, unreadable }) => live && setKept({ status: 'ready', clinics, unreadable }),
        () => live && setKept({ status: 'failed', clinics: [], unreadable: 0 }),
      );
    return () => {
      live = false;
    };
  }, [history, entries, listed]);
  return kept;
}
