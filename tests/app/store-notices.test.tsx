import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ConsoleApp } from '@/app/App';
import { createClinicStore } from '@/store/clinic-store';
import { renderWithStores } from '../helpers/render';

describe('the save notices', () => {
  it.each([
    ['full', /storage is full/],
    ['unavailable', /does not let the app save right now/],
  ] as const)('storage %s gets its own words', (saveProblem, words) => {
    const clinic = createClinicStore({ storage: null });
    clinic.setState({ saveProblem });
    renderWithStores(<ConsoleApp soundControls={null} />, { clinic });
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts.filter((text) => words.test(text ?? ''))).toHaveLength(1);
  });
});
