import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConsoleApp } from '@/app/App';
import { renderWithStores } from '../../helpers/render';
import { goToPhase, runningClinicStore } from '../../helpers/session';

describe('a clinic finished by mistake', () => {
  it('"Back to the clinic" returns to the phase it ended in, paused', async () => {
    const clinic = runningClinicStore();
    renderWithStores(<ConsoleApp soundControls={null} />, { clinic });
    goToPhase(clinic, 4);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Finish clinic' }));
    expect(clinic.getState().clinic.status).toBe('finished');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Back to the clinic' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mirroring');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(clinic.getState().clinic.status).toBe('paused');
  });
});
