import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MINUTE_MS } from '@/clinic/templates';
import {
  NINE,
  addCase,
  caseGroup,
  caseLegends,
  nameGroup,
  person,
  renderPlanner,
  scheduleLines,
  setTime,
  typeIn,
} from './planner-helpers';
import { renderWithStores } from '../../helpers/render';
import { SetupScreen } from '@/features/setup/SetupScreen';

const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start the session' }));

// Each test renders the whole setup; on a busy shared machine that can take seconds.
describe('setup: one clinic or a session', { timeout: 20_000 }, () => {
  it('keeps "One clinic" as the default and switches to the planner and back', () => {
    renderWithStores(<SetupScreen />);
    expect(screen.getByRole('radio', { name: 'One clinic' })).toBeChecked();
    expect(screen.getByRole('heading', { name: 'Set up the clinic' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'A session of several cases' }));
    expect(screen.getByRole('heading', { name: 'Plan the session' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Coach 1' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'One clinic' }));
    expect(screen.getByRole('textbox', { name: 'Coach 1' })).toBeInTheDocument();
  });
});

describe('session planner', { timeout: 20_000 }, () => {
  it('takes the group once, adds cases for the next people and lays out the times', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo', 'Dan');
    expect(person(4)).toHaveValue('Dan');
    addCase();
    expect(caseLegends()).toEqual(['Case 1: Ada', 'Case 2: Ben']);
    // Everyone but the case owner coaches by default.
    const coaches = within(caseGroup('Case 2: Ben')).getByRole('group', { name: /Coaches/ });
    expect(
      within(coaches)
        .getAllByRole<HTMLInputElement>('checkbox')
        .map((box) => [box.labels?.[0]?.textContent, box.checked]),
    ).toEqual([
      ['Ada', true],
      ['Cleo', true],
      ['Dan', true],
    ]);
    expect(scheduleLines()).toEqual([
      'Case 1: Ada | 9:00 AM – 9:55 AM',
      'Break | 9:55 AM – 10:05 AM',
      'Case 2: Ben | 10:05 AM – 11:00 AM',
    ]);
    expect(screen.getByText('The session ends at 11:00 AM.')).toBeInTheDocument();
  });

  it('updates the times as the plan is edited: a template, the break, a start time', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    addCase();
    typeIn(within(caseGroup('Case 2: Ben')).getByRole('combobox', { name: 'Template' }), 'quick');
    typeIn(screen.getByRole('textbox', { name: 'Break between cases (minutes)' }), '15');
    setTime('Starts at', '13:30');
    expect(scheduleLines()).toEqual([
      'Case 1: Ada | 1:30 PM – 2:25 PM',
      'Break | 2:25 PM – 2:40 PM',
      'Case 2: Ben | 2:40 PM – 3:15 PM',
    ]);
    typeIn(screen.getByRole('textbox', { name: 'Break between cases (minutes)' }), 'ten');
    expect(screen.getByText('Enter a number of minutes from 0 to 60.')).toBeInTheDocument();
    expect(screen.getByText('The session ends at 3:15 PM.')).toBeInTheDocument();
  });

  it('renames a person everywhere and removes one, leaving their case without an owner', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo', 'Dan');
    addCase();
    typeIn(person(2), 'Benedikt');
    expect(caseLegends()).toEqual(['Case 1: Ada', 'Case 2: Benedikt']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove person 2' }));
    expect(caseLegends()).toEqual(['Case 1: Ada', 'Case 2']);
    expect(
      within(caseGroup('Case 2')).getByRole('combobox', { name: 'Case owner' }),
    ).toHaveDisplayValue('Choose from the group');
  });

  it('reorders the cases by buttons and keeps the focus on the button that moved one', async () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    addCase();
    addCase();
    expect(caseLegends()).toEqual(['Case 1: Ada', 'Case 2: Ben', 'Case 3: Cleo']);
    expect(screen.getByRole('button', { name: 'Move case 1 up' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Move case 1 down' }));
    expect(caseLegends()).toEqual(['Case 1: Ben', 'Case 2: Ada', 'Case 3: Cleo']);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move case 2 down' })).toHaveFocus(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move case 2 down' }));
    expect(caseLegends()).toEqual(['Case 1: Ben', 'Case 2: Cleo', 'Case 3: Ada']);
    // At the bottom its down button is disabled: the focus goes to its up button.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move case 3 up' })).toHaveFocus(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove case 2' }));
    expect(caseLegends()).toEqual(['Case 1: Ben', 'Case 2: Ada']);
    expect(scheduleLines()[2]).toBe('Case 2: Ada | 10:05 AM – 11:00 AM');
  });

  it('lets someone sit a case out, and says when too few coaches are left', () => {
    renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    const case1 = caseGroup('Case 1: Ada');
    fireEvent.click(within(case1).getByRole('checkbox', { name: 'Cleo' }));
    expect(within(case1).getByRole('checkbox', { name: 'Cleo' })).not.toBeChecked();
    start();
    expect(within(case1).getByText('A clinic needs at least 2 coaches.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Case 1: A clinic needs at least 2 coaches.',
    );
    fireEvent.click(within(case1).getByRole('checkbox', { name: 'Cleo' }));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('shows nothing wrong before a first try, then each problem inline and in the summary', async () => {
    renderPlanner();
    expect(screen.queryByText('Give this person a name.')).not.toBeInTheDocument();
    start();
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('3 problems need attention before the session can start.');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Person 1: Give this person a name.',
      'Person 2: Give this person a name.',
      'Person 3: Give this person a name.',
    ]);
    expect(person(1)).toHaveAccessibleDescription('Give this person a name.');
    await waitFor(() => expect(person(1)).toHaveFocus());
    nameGroup('Ada', 'Ben', 'ada');
    expect(person(3)).toHaveAccessibleDescription(
      'Someone else in the group has this name: add an initial so the room can tell them apart.',
    );
    fireEvent.click(screen.getByRole('radio', { name: /Rotating/ }));
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Person 3: Someone else in the group has this name: add an initial so the room can tell them apart.',
      'Case 1: Choose who facilitates this clinic from the group.',
    ]);
  });

  it('starts the session with the plan and its end time once the plan is valid', () => {
    const { stores } = renderPlanner();
    nameGroup('Ada', 'Ben', 'Cleo');
    addCase();
    typeIn(screen.getByRole('textbox', { name: "Facilitator's name" }), 'Fran');
    setTime('End by', '12:00');
    start();
    const { session, clinic } = stores.clinic.getState();
    expect(session?.status).toBe('clinic');
    expect(session?.plan.endBy).toBe(NINE + 3 * 60 * MINUTE_MS);
    expect(clinic.status).toBe('running');
    expect(clinic.plan.caseOwner).toBe('Ada');
    expect(clinic.plan.coaches).toEqual(['Ben', 'Cleo']);
    expect(clinic.plan.facilitator).toBe('Fran');
  });

  it('keeps the group between 3 and 9 people and the cases between 1 and 6', () => {
    renderPlanner();
    expect(screen.getByRole('button', { name: 'Remove person 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove case 1' })).toBeDisabled();
    for (let i = 0; i < 6; i += 1)
      fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    expect(screen.getByRole('button', { name: 'Add a person' })).toBeDisabled();
    for (let i = 0; i < 5; i += 1) addCase();
    expect(screen.getByRole('button', { name: 'Add a case' })).toBeDisabled();
    expect(caseLegends()).toHaveLength(6);
  });
});
