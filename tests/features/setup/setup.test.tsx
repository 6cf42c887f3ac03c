import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SetupScreen } from '@/features/setup/SetupScreen';
import { MINUTE_MS } from '@/clinic/templates';
import { renderWithStores } from '../../helpers/render';

function renderSetup() {
  const result = renderWithStores(<SetupScreen />);
  const plan = () => result.stores.clinic.getState().clinic.plan;
  const status = () => result.stores.clinic.getState().clinic.status;
  return { ...result, plan, status };
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start clinic' }));

function fillPeople() {
  type('Case owner', 'Ada');
  type('Coach 1', 'Ben');
  type('Coach 2', 'Chloé');
}

describe('setup', () => {
  it('offers the three templates and fills the phase durations from the chosen one', () => {
    const { plan } = renderSetup();
    const template = screen.getByRole('combobox', { name: 'Template' });
    expect(
      within(template)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Reverse mentoring (55 min)', 'Standard (70 min)', 'Quick (35 min)']);
    expect(screen.getByText('Total: 55 min')).toBeInTheDocument();
    fireEvent.change(template, { target: { value: 'standard' } });
    expect(screen.getByRole('textbox', { name: 'Case presentation (minutes)' })).toHaveValue('15');
    expect(screen.getByText('Total: 70 min')).toBeInTheDocument();
    expect(plan().durationsMs.presentation).toBe(15 * MINUTE_MS);
  });

  it('does not start without the names, and says what is missing next to each field', () => {
    const { status } = renderSetup();
    start();
    expect(status()).toBe('setup');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '3 fields need attention before the clinic can start.',
    );
    const owner = screen.getByRole('textbox', { name: 'Case owner' });
    expect(owner).toHaveAttribute('aria-invalid', 'true');
    expect(owner).toHaveAccessibleDescription('Name the case owner.');
    expect(screen.getAllByText('Give this coach a name.')).toHaveLength(2);
  });

  it('shows the validator message for a duration inline, at once, and blocks the start', () => {
    const { status, plan } = renderSetup();
    fillPeople();
    const roles = screen.getByRole('textbox', { name: 'Roles and case (minutes)' });
    fireEvent.change(roles, { target: { value: 'ten' } });
    expect(screen.getByText('Enter a number of minutes.')).toBeInTheDocument();
    expect(roles).toHaveAttribute('aria-invalid', 'true');
    expect(plan().durationsMs.roles).toBe(5 * MINUTE_MS); // the last good value is kept

    fireEvent.change(roles, { target: { value: '0.2' } });
    expect(screen.getByText('At least 30 seconds.')).toBeInTheDocument();
    start();
    expect(status()).toBe('setup');

    fireEvent.change(roles, { target: { value: '181' } });
    expect(screen.getByText('At most 180 minutes.')).toBeInTheDocument();

    fireEvent.change(roles, { target: { value: '2,5' } });
    expect(screen.queryByText(/At (least|most)/)).not.toBeInTheDocument();
    expect(plan().durationsMs.roles).toBe(2.5 * MINUTE_MS);
    expect(plan().templateId).toBe('custom');
  });

  it('starts the clinic once everything is valid', () => {
    const { status, plan } = renderSetup();
    type('Case title', 'Leading a team through a merger');
    type('The help the case owner asks for', 'Fresh ways to see it');
    fillPeople();
    type('Facilitator', 'Eli');
    start();
    expect(status()).toBe('running');
    expect(plan()).toMatchObject({
      caseTitle: 'Leading a team through a merger',
      helpWanted: 'Fresh ways to see it',
      caseOwner: 'Ada',
      coaches: ['Ben', 'Chloé'],
      facilitator: 'Eli',
    });
  });

  it('adds coaches up to eight and removes them down to two', () => {
    const { plan } = renderSetup();
    const add = screen.getByRole('button', { name: 'Add a coach' });
    expect(screen.getByRole('button', { name: 'Remove coach 1' })).toBeDisabled();
    for (let i = 0; i < 6; i += 1) fireEvent.click(add);
    expect(plan().coaches).toHaveLength(8);
    expect(screen.getByRole('textbox', { name: 'Coach 8' })).toBeInTheDocument();
    expect(add).toBeDisabled();
    type('Coach 3', 'Dev');
    fireEvent.click(screen.getByRole('button', { name: 'Remove coach 2' }));
    expect(plan().coaches).toHaveLength(7);
    expect(plan().coaches[1]).toBe('Dev');
    expect(add).toBeEnabled();
  });

  it('reorders coaches up and down', () => {
    const { plan } = renderSetup();
    fireEvent.click(screen.getByRole('button', { name: 'Add a coach' }));
    type('Coach 1', 'Ben');
    type('Coach 2', 'Chloé');
    type('Coach 3', 'Dev');
    expect(screen.getByRole('button', { name: 'Move coach 1 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move coach 3 down' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Move coach 3 up' }));
    expect(plan().coaches).toEqual(['Ben', 'Dev', 'Chloé']);
    fireEvent.click(screen.getByRole('button', { name: 'Move coach 1 down' }));
    expect(plan().coaches).toEqual(['Dev', 'Ben', 'Chloé']);
    expect(screen.getByRole('textbox', { name: 'Coach 1' })).toHaveValue('Dev');
  });

  it('has the confidentiality reminder on by default, with editable text', () => {
    const { plan } = renderSetup();
    const toggle = screen.getByRole('checkbox', {
      name: 'Show the confidentiality reminder in the roles phase',
    });
    expect(toggle).toBeChecked();
    const text = screen.getByRole('textbox', { name: 'Confidentiality reminder' });
    expect(text).toHaveValue('What is said here stays here.');
    fireEvent.change(text, { target: { value: 'Nothing leaves this room.' } });
    expect(plan().confidentialityText).toBe('Nothing leaves this room.');
    fireEvent.click(toggle);
    expect(plan().showConfidentiality).toBe(false);
    expect(screen.queryByRole('textbox', { name: 'Confidentiality reminder' })).toBeNull();
  });

  it('sets the wrap-up warning and checks it', () => {
    const { plan } = renderSetup();
    const wrapUp = screen.getByRole('textbox', {
      name: 'Wrap-up warning before each phase ends (minutes, 0 for none)',
    });
    fireEvent.change(wrapUp, { target: { value: '2' } });
    expect(plan().wrapUpMs).toBe(2 * MINUTE_MS);
    fireEvent.change(wrapUp, { target: { value: '12' } });
    expect(screen.getByText('The wrap-up warning must be between 0 and 10 minutes.')).toBeVisible();
  });

  it('chooses the theme', () => {
    const { stores } = renderSetup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), {
      target: { value: 'light' },
    });
    expect(stores.settings.getState().theme).toBe('light');
  });
});

describe('the keyboard in setup', () => {
  it('Enter in a field does not start the clinic; the form says how to start from the keyboard', async () => {
    const { status } = renderSetup();
    fillPeople();
    const owner = screen.getByRole('textbox', { name: 'Case owner' });
    await userEvent.type(owner, '{Enter}');
    await userEvent.type(screen.getByRole('textbox', { name: 'Coach 2' }), '{Enter}');
    expect(status()).toBe('setup');
    expect(screen.getByRole('alert')).toHaveTextContent('');
    expect(screen.getByRole('button', { name: 'Start clinic' })).toHaveAccessibleDescription(
      'Enter in a field does not start the clinic: use Start, or Ctrl+Enter (⌘+Enter on a Mac).',
    );
  });

  it('Ctrl+Enter or Cmd+Enter starts it from any field, the Start button by Enter too', async () => {
    const first = renderSetup();
    fillPeople();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Coach 1' }),
      '{Control>}{Enter}{/Control}',
    );
    expect(first.status()).toBe('running');
    first.unmount();

    const second = renderSetup();
    fillPeople();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Case owner' }),
      '{Meta>}{Enter}{/Meta}',
    );
    expect(second.status()).toBe('running');
    second.unmount();

    const third = renderSetup();
    fillPeople();
    screen.getByRole('button', { name: 'Start clinic' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(third.status()).toBe('running');
  });
});
