import { fireEvent, screen, within } from '@testing-library/react';
import { SetupScreen } from '@/features/setup/SetupScreen';
import { renderWithStores } from '../../helpers/render';

/** 9:00 on the machine's own clock, so the times read the same in any time zone. */
export const NINE = new Date(2026, 11, 2, 9, 0, 0, 0).getTime();

/** The setup at 9:00, switched to "A session of several cases". */
export function renderPlanner() {
  const result = renderWithStores(<SetupScreen />, { clock: { now: () => NINE } });
  fireEvent.click(screen.getByRole('radio', { name: 'A session of several cases' }));
  return result;
}

export const typeIn = (element: HTMLElement, value: string) =>
  fireEvent.change(element, { target: { value } });

export const person = (number: number) => screen.getByRole('textbox', { name: `Person ${number}` });

/** Names the group's people in order, adding rows as needed. */
export function nameGroup(...names: string[]) {
  names.forEach((name, index) => {
    if (!screen.queryByRole('textbox', { name: `Person ${index + 1}` })) {
      fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    }
    typeIn(person(index + 1), name);
  });
}

export const addCase = () => fireEvent.click(screen.getByRole('button', { name: 'Add a case' }));

/** The fieldset of a case, found by its legend ("Case 2: Ben"). */
export const caseGroup = (name: string | RegExp) => screen.getByRole('group', { name });

export const caseLegends = () =>
  within(screen.getByRole('region', { name: /The cases/ }))
    .getAllByRole('group')
    .map((group) => group.querySelector('legend')?.textContent)
    .filter((text) => text?.startsWith('Case'));

/** The schedule as the planner shows it: one "label | start – end" line per case and break. */
export function scheduleLines(): string[] {
  const list = screen.getByRole('heading', { name: 'The plan' }).nextElementSibling!;
  return within(list as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => [...item.children].map((child) => child.textContent).join(' | '));
}

export const setTime = (label: string, value: string) =>
  typeIn(screen.getByLabelText(label), value);
