import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { ProjectorScreen } from '@/features/session/ProjectorScreen';
import { createClinicStore } from '@/store/clinic-store';
import { renderWithStores } from '../../helpers/render';
import {
  SECOND,
  advance,
  goToPhase,
  runningClinicStore,
  useFakeClock,
} from '../../helpers/session';

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

describe('the projector view', () => {
  it('shows the phase, who speaks, the countdown and the prompt, and nothing to press', () => {
    renderWithStores(<ProjectorScreen />, { clinic: runningClinicStore() });
    expect(screen.getByRole('heading', { level: 1, name: 'Roles and case' })).toBeInTheDocument();
    expect(screen.getByText('Phase 1 of 7')).toBeInTheDocument();
    expect(screen.getByText('Everyone')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
    expect(
      screen.getByText('Case owner: name your case and the help you want.'),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('never shows the facilitator hint', () => {
    renderWithStores(<ProjectorScreen />, { clinic: runningClinicStore() });
    expect(screen.queryByText('For you, the facilitator')).not.toBeInTheDocument();
    expect(screen.queryByText(/Agree on the timekeeper/)).not.toBeInTheDocument();
  });

  it('keeps its own clock from the timestamps', () => {
    renderWithStores(<ProjectorScreen />, { clinic: runningClinicStore() });
    advance(75 * SECOND);
    expect(screen.getByRole('timer')).toHaveTextContent('0:45');
    expect(screen.getByText('Wrap-up')).toBeInTheDocument();
  });

  it('shows the mirroring turn without the hand-over button', () => {
    const store = runningClinicStore();
    renderWithStores(<ProjectorScreen />, { clinic: store });
    goToPhase(store, 4);
    expect(screen.getByText('Ben')).toBeInTheDocument();
    expect(screen.getByText('Next: Chloé')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next speaker' })).not.toBeInTheDocument();
  });

  it('in stillness shows only the breathing circle and a small countdown', () => {
    const store = runningClinicStore();
    const { container } = renderWithStores(<ProjectorScreen />, { clinic: store });
    goToPhase(store, 3);
    expect(container.querySelector('.breathing-circle')).not.toBeNull();
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');
    expect(screen.queryByText(/Silence\./)).not.toBeInTheDocument();
  });

  it('before the start, says the clinic has not started yet', () => {
    const store = createClinicStore({ storage: null });
    renderWithStores(<ProjectorScreen />, { clinic: store });
    expect(
      screen.getByRole('heading', { name: 'The clinic has not started yet.' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });
});
