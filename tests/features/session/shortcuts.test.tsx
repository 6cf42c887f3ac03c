import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { SoundStatus } from '@/app/SoundProvider';
import { ConsoleApp } from '@/app/App';
import { isTypingTarget } from '@/ui/use-keyboard-shortcuts';
import { renderWithStores } from '../../helpers/render';
import { runningClinicStore, useFakeClock } from '../../helpers/session';

function renderApp() {
  const clinic = runningClinicStore();
  const result = renderWithStores(
    <ConsoleApp
      notes={<textarea aria-label="Notes" />}
      soundControls={null}
      soundState={<SoundStatus />}
    />,
    { clinic },
  );
  return { ...result, clinic, settings: result.stores.settings };
}

const press = (key: string, target: Element = document.body, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key, ...init });
const heading = () => screen.getByRole('heading', { level: 1 });
const timerText = () => screen.getByRole('timer').textContent;

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

describe('keyboard shortcuts in the console', () => {
  it('Space pauses and resumes', () => {
    const { clinic } = renderApp();
    press(' ');
    expect(clinic.getState().clinic.status).toBe('paused');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    press(' ');
    expect(clinic.getState().clinic.status).toBe('running');
  });

  it('ArrowRight and ArrowLeft move between phases', () => {
    renderApp();
    press('ArrowRight');
    expect(heading()).toHaveTextContent('Case presentation');
    press('ArrowRight');
    expect(heading()).toHaveTextContent('Clarifying questions');
    press('ArrowLeft');
    expect(heading()).toHaveTextContent('Case presentation');
  });

  it('+ and - add and remove a minute', () => {
    renderApp();
    press('+');
    expect(timerText()).toBe('3:00');
    press('-');
    press('-');
    expect(timerText()).toBe('1:00');
  });

  it('F toggles fullscreen', () => {
    const request = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = request;
    renderApp();
    press('f');
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('M mutes and unmutes, and says so', () => {
    const { settings } = renderApp();
    expect(settings.getState().soundOn).toBe(true);
    press('m');
    expect(settings.getState().soundOn).toBe(false);
    expect(screen.getByText('Sound off')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sound off.');
    press('M');
    expect(settings.getState().soundOn).toBe(true);
  });

  it('? opens the shortcuts dialog; Escape closes it and gives the focus back', () => {
    renderApp();
    const before = screen.getByRole('button', { name: 'Pause' });
    before.focus();
    press('?', before);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Pause or resume');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    // While the dialog is open the timer shortcuts rest.
    press('ArrowRight', screen.getByRole('button', { name: 'Close' }));
    expect(heading()).toHaveTextContent('Roles and case');
    press('Escape', dialog);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(before).toHaveFocus();
  });

  it('the Keyboard shortcuts button opens the same dialog', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('no shortcut fires while typing', () => {
  it('keys typed into a text field stay there', () => {
    const { clinic, settings } = renderApp();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    notes.focus();
    for (const key of [' ', 'ArrowRight', 'ArrowLeft', '+', '-', 'f', 'm', '?']) press(key, notes);
    const state = clinic.getState().clinic;
    expect(state.status).toBe('running');
    expect(state.phaseIndex).toBe(0);
    expect(state.records[0]?.extensionMs).toBe(0);
    expect(settings.getState().soundOn).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a shortcut with Ctrl, Alt or Meta held belongs to the browser', () => {
    const { clinic } = renderApp();
    press('ArrowRight', document.body, { ctrlKey: true });
    press('ArrowRight', document.body, { altKey: true });
    press('ArrowRight', document.body, { metaKey: true });
    expect(clinic.getState().clinic.phaseIndex).toBe(0);
  });

  it('knows a text field from a button', () => {
    const input = document.createElement('input');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(input, checkbox, editable);
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(editable)).toBe(true);
    input.remove();
    checkbox.remove();
    editable.remove();
  });
});
