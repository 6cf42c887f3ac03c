import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { templateContentOf } from '@/clinic/own-templates';
import { createPlan, MINUTE_MS } from '@/clinic/templates';
import { SetupScreen } from '@/features/setup/SetupScreen';
import { preloadTemplateDialogs } from '@/features/setup/templates/lazy-dialogs';
import { GroupFromTemplate, TemplateTools } from '@/features/setup/templates/lazy-tools';
import { loadTemplatesStore } from '@/store/lazy-templates-store';
import { downloadText } from '@/ui/export-actions';
import type * as ExportActions from '@/ui/export-actions';
import { renderWithStores } from '../../helpers/render';
import { caseGroup, person, renderPlanner, typeIn } from './planner-helpers';

vi.mock('@/ui/export-actions', async (original) => ({
  ...(await original<typeof ExportActions>()),
  downloadText: vi.fn(),
}));

const WRAP_UP = /Wrap-up warning/;
// The chunks the app fetches after its first paint, fetched once here: no test waits on them.
beforeAll(() =>
  Promise.all([TemplateTools.preload(), GroupFromTemplate.preload(), preloadTemplateDialogs()]),
);

const minutes = (label: string | RegExp) => screen.getByRole('textbox', { name: label });
const type = (label: string | RegExp, value: string) => typeIn(minutes(label), value);
const templateChoice = () => screen.getByRole('combobox', { name: 'Template' });

async function renderSetup() {
  const result = renderWithStores(<SetupScreen />);
  const templates = await loadTemplatesStore(result.stores.clinic);
  // The tools wait for the store; once it is in, they are enabled.
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Save as template' })).toBeEnabled(),
  );
  const plan = () => result.stores.clinic.getState().clinic.plan;
  return { ...result, templates, plan, user: userEvent.setup() };
}

const jsonFile = (text: string) => new File([text], 'templates.json', { type: 'application/json' });

describe('own templates in "One clinic"', { timeout: 20_000 }, () => {
  it('saves the plan under a name, then chooses it again after another template', async () => {
    const { plan, user } = await renderSetup();
    type('Generative dialogue (minutes)', '25');
    type(WRAP_UP, '2');
    fireEvent.click(screen.getByRole('button', { name: 'Save as template' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save as template' });
    typeIn(within(dialog).getByRole('textbox', { name: 'Name of the template' }), 'Long talk');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Saved as the template “Long talk”.')).toBeInTheDocument();

    fireEvent.change(templateChoice(), { target: { value: 'quick' } });
    type(WRAP_UP, '1');
    const own = within(templateChoice()).getByRole('option', { name: 'Long talk' });
    expect(own.closest('optgroup')).toHaveAttribute('label', 'Your templates');
    await user.selectOptions(templateChoice(), own);
    expect(plan().durationsMs.dialogue).toBe(25 * MINUTE_MS);
    expect(plan().wrapUpMs).toBe(2 * MINUTE_MS);
    expect(minutes('Generative dialogue (minutes)')).toHaveValue('25');
    expect(minutes(WRAP_UP)).toHaveValue('2');
    expect(templateChoice()).toHaveDisplayValue('Long talk');
  });

  it('says why a name is refused, and saves over a taken one only when asked', async () => {
    const { templates } = await renderSetup();
    templates.getState().save('Mondays', templateContentOf(createPlan('quick')));
    fireEvent.click(screen.getByRole('button', { name: 'Save as template' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save as template' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the template a name.');
    typeIn(within(dialog).getByRole('textbox', { name: 'Name of the template' }), 'mondays');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/exists already/);
    expect(templates.getState().templates).toHaveLength(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save over “Mondays”' }));
    expect(templates.getState().templates).toMatchObject([
      { name: 'Mondays', durationsMs: createPlan('reverseMentoring').durationsMs },
    ]);
  });

  it('keeps the group names only when asked, and asks before replacing typed names', async () => {
    const { templates, plan, user } = await renderSetup();
    typeIn(screen.getByRole('textbox', { name: 'Case owner' }), 'Ada');
    typeIn(screen.getByRole('textbox', { name: 'Coach 1' }), 'Ben');
    typeIn(screen.getByRole('textbox', { name: 'Coach 2' }), 'Chloé');
    fireEvent.click(screen.getByRole('button', { name: 'Save as template' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save as template' });
    typeIn(within(dialog).getByRole('textbox', { name: 'Name of the template' }), 'Trio');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /With the group’s names/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(templates.getState().templates[0]!.group).toEqual(['Ada', 'Ben', 'Chloé']);

    typeIn(screen.getByRole('textbox', { name: 'Case owner' }), 'Zoe');
    await user.selectOptions(templateChoice(), 'Trio');
    const question = screen.getByRole('group', {
      name: /holds the group’s names \(Ada, Ben, Chloé\)/,
    });
    fireEvent.click(within(question).getByRole('button', { name: 'No, keep these names' }));
    expect(plan().caseOwner).toBe('Zoe');
    await user.selectOptions(templateChoice(), 'Reverse mentoring (55 min)');
    await user.selectOptions(templateChoice(), 'Trio');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, use its names' }));
    expect([plan().caseOwner, ...plan().coaches]).toEqual(['Ada', 'Ben', 'Chloé']);
  });
});

describe('the Manage templates dialog', { timeout: 20_000 }, () => {
  async function openManage() {
    const setup = await renderSetup();
    setup.templates.getState().save('Quick round', templateContentOf(createPlan('quick')));
    setup.templates.getState().save('Long round', templateContentOf(createPlan('standard')));
    fireEvent.click(screen.getByRole('button', { name: 'Manage templates' }));
    const dialog = await screen.findByRole('dialog', { name: 'Your templates' });
    return { ...setup, dialog };
  }
  const names = (dialog: HTMLElement) =>
    within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('strong')?.textContent);

  it('renames a template, and refuses a name another one has', async () => {
    const { dialog, user } = await openManage();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename Quick round' }));
    const field = within(dialog).getByRole('textbox', { name: 'New name for “Quick round”' });
    typeIn(field, 'long ROUND');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the name' }));
    expect(within(dialog).getByText(/exists already/)).toBeInTheDocument();
    typeIn(field, 'Sprint');
    field.focus();
    await user.keyboard('{Enter}');
    expect(names(dialog)).toEqual(['Sprint', 'Long round']);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Renamed to “Sprint”.');
    expect(within(templateChoice()).getByRole('option', { name: 'Sprint' })).toBeInTheDocument();
  });

  it('deletes a template only after asking', async () => {
    const { dialog, templates } = await openManage();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete Quick round' }));
    const ask = within(dialog).getByRole('group', { name: /Delete the template “Quick round”/ });
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(names(dialog)).toEqual(['Quick round', 'Long round']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete Quick round' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, delete “Quick round”' }));
    expect(names(dialog)).toEqual(['Long round']);
    expect(templates.getState().templates.map((t) => t.name)).toEqual(['Long round']);
  });

  it('exports every template to a JSON file and imports it back, taken names numbered', async () => {
    const { dialog, templates, user } = await openManage();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export all to a file' }));
    const [text, fileName, mime] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(fileName).toMatch(/^\d{4}-\d{2}-\d{2}-templates\.json$/);
    expect(mime).toBe('application/json');
    expect(JSON.parse(text).templates.map((t: { name: string }) => t.name)).toEqual([
      'Quick round',
      'Long round',
    ]);
    await user.upload(within(dialog).getByLabelText('Import a file'), jsonFile(text));
    expect(
      await within(dialog).findByText(/2 templates imported: Quick round \(2\), Long round \(2\)/),
    ).toBeInTheDocument();
    expect(templates.getState().templates).toHaveLength(4);
  });

  it.each([
    ['malformed JSON', '{"format": "case-clinic-timer/templates", "version": 1', /ends too early/],
    [
      'another format',
      '{"format": "case-clinic-timer/clinic", "version": 1}',
      /not a Case Clinic Timer templates file/,
    ],
  ])('refuses %s with its message, and loses nothing', async (_, text, message) => {
    const { dialog, templates, user } = await openManage();
    await user.upload(within(dialog).getByLabelText('Import a file'), jsonFile(text));
    const alert = await within(dialog).findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(message));
    expect(alert).toHaveTextContent(/Nothing was changed/);
    expect(templates.getState().templates).toHaveLength(2);
  });
});

describe('own templates in the session planner', { timeout: 20_000 }, () => {
  it('a case card offers them, and the group can take a template’s names', async () => {
    const result = renderPlanner();
    const templates = await loadTemplatesStore(result.stores.clinic);
    const long = {
      ...createPlan('standard'),
      durationsMs: { ...createPlan('standard').durationsMs, dialogue: 30 * MINUTE_MS },
    };
    templates.getState().save('Long talk', templateContentOf(long, ['Ada', 'Ben', 'Chloé', 'Dev']));
    const user = userEvent.setup();
    const names = await screen.findByRole('combobox', { name: 'Names from a template' });
    await user.selectOptions(names, 'Long talk');
    expect([1, 2, 3, 4].map((n) => (person(n) as HTMLInputElement).value)).toEqual([
      'Ada',
      'Ben',
      'Chloé',
      'Dev',
    ]);

    const card = caseGroup(/Case 1: Ada/);
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Template' }), 'Long talk');
    const plan = result.stores.clinic.getState().session!.plan;
    expect(plan.clinics[0]!.durationsMs.dialogue).toBe(30 * MINUTE_MS);
    expect(within(card).getByRole('combobox', { name: 'Template' })).toHaveDisplayValue(
      'Long talk',
    );
  });
});
