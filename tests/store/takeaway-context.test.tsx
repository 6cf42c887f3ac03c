import { Suspense } from 'react';
import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TakeawayStoresProvider, useHistory, useNotes } from '@/store/takeaway-context';
import { createClinicStore } from '@/store/clinic-store';
import type { TakeawayStoresModule } from '@/store/lazy-takeaway-stores';
import { renderWithStores } from '../helpers/render';
import { validPlan } from '../helpers/clinic-fixtures';

// In the app the notes and history stores arrive after the first paint; here each test decides
// when their module "arrives", and nothing that depends on them may be lost meanwhile.
const arrival = vi.hoisted(() => ({
  module: null as TakeawayStoresModule | null,
  pending: null as Promise<TakeawayStoresModule> | null,
  arrive: async () => {},
}));
vi.mock('@/store/lazy-takeaway-stores', () => ({
  loadedTakeawayStores: () => arrival.module,
  preloadTakeawayStores: () => arrival.pending,
}));

beforeEach(() => {
  arrival.module = null;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  arrival.pending = released
    .then(() => import('@/store/takeaway-stores'))
    .then((module) => (arrival.module = module));
  arrival.arrive = async () => {
    release();
    await arrival.pending;
  };
});

function PlannedCase() {
  const caseTitle = useNotes((state) => state.notes.caseTitle);
  return <p>Case: {caseTitle}</p>;
}

function HistoryCount() {
  const entries = useHistory((state) => state.entries);
  return <p>{entries.length} in the history</p>;
}

function startedClinic() {
  const clinic = createClinicStore({ storage: null });
  clinic.getState().dispatch({ type: 'updatePlan', patch: validPlan() });
  clinic.getState().dispatch({ type: 'start' });
  return clinic;
}

describe('the notes and history stores, loaded after the first paint', () => {
  it('a screen that reads the notes waits for them, then shows the clinic’s case', async () => {
    const clinic = startedClinic();
    renderWithStores(
      <TakeawayStoresProvider language="en">
        <p>Setup is up</p>
        <Suspense fallback={<p>Loading the notes</p>}>
          <PlannedCase />
        </Suspense>
      </TakeawayStoresProvider>,
      { clinic },
    );
    expect(screen.getByText('Setup is up')).toBeInTheDocument();
    expect(screen.getByText('Loading the notes')).toBeInTheDocument();
    await act(() => arrival.arrive());
    expect(await screen.findByText('Case: Leading a team through a merger')).toBeInTheDocument();
  });

  it('archives a clinic that finishes before any screen has read the history', async () => {
    const clinic = startedClinic();
    const { rerender } = renderWithStores(
      <TakeawayStoresProvider language="en">
        <p>Console</p>
      </TakeawayStoresProvider>,
      { clinic },
    );
    await act(() => arrival.arrive());
    await act(async () => {
      clinic.getState().dispatch({ type: 'finish' });
      await Promise.resolve();
    });
    rerender(
      <TakeawayStoresProvider language="en">
        <Suspense fallback={null}>
          <HistoryCount />
        </Suspense>
      </TakeawayStoresProvider>,
    );
    await waitFor(() => expect(screen.getByText('1 in the history')).toBeInTheDocument());
  });
});
