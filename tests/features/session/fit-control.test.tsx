import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { formatDuration } from '@/clinic/clock';
import { momentAt } from '@/clinic/moment';
import { PHASE_IDS } from '@/clinic/phases';
import { ConsoleScreen } from '@/features/session/ConsoleScreen';
import { SessionBar } from '@/features/session/run/SessionBar';
import { formatTime } from '@/i18n/format';
import { createClinicStore, type ClinicStore } from '@/store/clinic-store';
import { renderWithStores } from '../../helpers/render';
import {
  MINUTE,
  advance,
  goToPhase,
  runningClinicStore,
  useFakeClock,
} from '../../helpers/session';
import { sessionPlan } from '../../clinic/session/fixtures';

// "Fit the rest to the end time" as the facilitator meets it: offered only when the clinic (or
// the session) runs behind its end time, a preview with the numbers, Fit or Cancel, one step of
// undo, the reason when it cannot fit, and all of it by keyboard.

const FIT = 'Fit the rest to the end time';
const at = (epochMs: number) => formatTime(epochMs, 'en');
const fitButton = () => screen.queryByRole('button', { name: FIT });
const liveRegion = () => screen.getByRole('status');

/** The console as the app mounts it: the bar above it, the dialogs' state held by the app. */
function Console() {
  const [fitOpen, setFitOpen] = useState(false);
  return (
    <ConsoleScreen
      sessionBar={(actions) => <SessionBar actions={actions} />}
      onOpenProjector={() => {}}
      onToggleFullscreen={() => {}}
      shortcutsOpen={false}
      onShortcutsOpenChange={() => {}}
      fitOpen={fitOpen}
      onFitOpenChange={setFitOpen}
    />
  );
}

function expectedEnd(store: ClinicStore): number {
  return momentAt(store.getState().clinic, Date.now()).forecast!.expectedEndAt;
}

/** A standard (70-minute) clinic in its clarification phase, ending by `lateBy` before its end. */
function lateClinic(lateByMs: number): ClinicStore {
  const store = runningClinicStore('standard');
  goToPhase(store, 2);
  store.getState().setEndBy(expectedEnd(store) - lateByMs);
  return store;
}

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

describe('the offer', () => {
  it('appears only while the clinic runs behind its End by', () => {
    const store = runningClinicStore('standard');
    goToPhase(store, 2);
    renderWithStores(<Console />, { clinic: store });
    expect(fitButton()).toBeNull();

    // An end time it keeps: the bar says so, and there is nothing to fit.
    const end = expectedEnd(store);
    act(() => store.getState().setEndBy(end + 10 * MINUTE));
    expect(screen.getByText(/Expected end \d/)).toHaveTextContent(
      `Expected end ${at(end)} · 10 minutes ahead of the end time (${at(end + 10 * MINUTE)})`,
    );
    expect(fitButton()).toBeNull();

    // The facilitator lets the clarification run 12 minutes over its 5: now it is late.
    advance(17 * MINUTE);
    expect(fitButton()).toBeInTheDocument();
    expect(fitButton()).toHaveAttribute('aria-keyshortcuts', 'E');
    expect(screen.getByText(/Expected end \d/)).toHaveTextContent('2 minutes behind the end time');
  });
});

describe('the preview', () => {
  it('shows every remaining phase before and after, and the new end; Cancel changes nothing', () => {
    const store = lateClinic(5 * MINUTE);
    const before = store.getState().clinic.plan.durationsMs;
    const endBy = store.getState().endBy!;
    renderWithStores(<Console />, { clinic: store });
    fireEvent.click(fitButton()!);

    const dialog = screen.getByRole('dialog', { name: FIT });
    expect(dialog).toHaveTextContent(
      `As it stands, the rest ends at ${at(endBy + 5 * MINUTE)}: 5 minutes after the end time ${at(endBy)}.`,
    );
    const preview = store.getState().previewFit();
    if (preview?.status !== 'fitted') throw new Error('expected a fit');
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(
      preview.lengths.map((change) => {
        const name = {
          stillness: 'Stillness',
          mirroring: 'Mirroring',
          dialogue: 'Generative dialogue',
          closing: 'Closing and appreciation',
        }[change.key.kind === 'phase' ? (change.key.phaseId as string) : ''];
        return `${name}${formatDuration(change.beforeMs)}${formatDuration(change.afterMs)}`;
      }),
    );
    // Five minutes come out of what has not started; the clarification under way keeps its time.
    const saved = preview.lengths.reduce((sum, c) => sum + c.beforeMs - c.afterMs, 0);
    expect(saved).toBe(5 * MINUTE);
    expect(dialog).toHaveTextContent(`New expected end: ${at(endBy)}.`);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().clinic.plan.durationsMs).toEqual(before);
    expect(store.getState().lastClinicFit).toBeNull();
  });
});

describe('apply and undo', () => {
  it('Fit shortens the phases to come, says so, and offers one step back', () => {
    const store = lateClinic(5 * MINUTE);
    const before = store.getState().clinic.plan.durationsMs;
    const endBy = store.getState().endBy!;
    renderWithStores(<Console />, { clinic: store });
    fireEvent.click(fitButton()!);
    fireEvent.click(screen.getByRole('button', { name: 'Fit' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    const after = store.getState().clinic.plan.durationsMs;
    expect(after.clarification).toBe(before.clarification);
    const total = (d: typeof after) => PHASE_IDS.reduce((sum, id) => sum + d[id], 0);
    expect(total(before) - total(after)).toBe(5 * MINUTE);
    expect(expectedEnd(store)).toBe(endBy);
    expect(liveRegion()).toHaveTextContent(
      `Fitted to the end time: the rest now ends at ${at(endBy)}.`,
    );
    expect(fitButton()).toBeNull();
    expect(screen.getByText(/Expected end \d/)).toHaveTextContent('on time for');

    fireEvent.click(screen.getByRole('button', { name: 'Undo fit' }));
    expect(store.getState().clinic.plan.durationsMs).toEqual(before);
    expect(liveRegion()).toHaveTextContent('Fit undone: the lengths are back as they were.');
    expect(screen.queryByRole('button', { name: 'Undo fit' })).toBeNull();
    expect(fitButton()).toBeInTheDocument();
  });

  it('no longer offers the undo once every fitted phase has started', () => {
    const store = lateClinic(5 * MINUTE);
    renderWithStores(<Console />, { clinic: store });
    act(() => store.getState().fitToEnd());
    expect(screen.getByRole('button', { name: 'Undo fit' })).toBeInTheDocument();
    goToPhase(store, 6);
    expect(screen.queryByRole('button', { name: 'Undo fit' })).toBeNull();
  });
});

describe('when it cannot fit', () => {
  it('says why, with the numbers, and what is left to do', () => {
    // The quick template's lengths are every phase's floor: it cannot shrink.
    const store = runningClinicStore('quick');
    store.getState().setEndBy(expectedEnd(store) - 3 * MINUTE);
    const endBy = store.getState().endBy!;
    renderWithStores(<Console />, { clinic: store });
    fireEvent.click(fitButton()!);
    const dialog = screen.getByRole('dialog', { name: FIT });
    expect(dialog).toHaveTextContent(
      `It cannot end by ${at(endBy)}: even with every phase and break at its shortest, the rest ends at ${at(endBy + 3 * MINUTE)}, 3 minutes too late.`,
    );
    expect(dialog).toHaveTextContent('Move the end time, or shorten the phases by hand.');
    expect(within(dialog).queryByRole('button', { name: 'Fit' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(store.getState().lastClinicFit).toBeNull();
  });
});

describe('by keyboard', () => {
  it('E opens the preview with the focus on Fit, Escape closes it', () => {
    const store = lateClinic(5 * MINUTE);
    renderWithStores(<Console />, { clinic: store });
    fireEvent.keyDown(document.body, { key: 'e' });
    const dialog = screen.getByRole('dialog', { name: FIT });
    expect(within(dialog).getByRole('button', { name: 'Fit' })).toHaveFocus();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    // Not offered (on time): the key does nothing.
    act(() => store.getState().setEndBy(null));
    fireEvent.keyDown(document.body, { key: 'E' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('in a session', () => {
  it("lists this clinic's phases, each later clinic's total and each break", () => {
    const store = createClinicStore({ storage: null });
    store.getState().planSession(sessionPlan('standard', { endBy: Date.now() + 200 * MINUTE }));
    store.getState().dispatchSession({ type: 'start' });
    renderWithStores(<Console />, { clinic: store });
    // Three 70-minute clinics and two 10-minute breaks: 230 minutes, 30 too many.
    expect(screen.getByText(/Clinic 1 of 3/)).toBeInTheDocument();
    fireEvent.click(fitButton()!);
    const dialog = screen.getByRole('dialog', { name: FIT });
    const parts = within(dialog)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(parts).toEqual([
      'Case presentation',
      'Clarifying questions',
      'Stillness',
      'Mirroring',
      'Generative dialogue',
      'Closing and appreciation',
      'Break after Ada’s case',
      'Ben’s case (all phases)',
      'Break after Ben’s case',
      'Chloé’s case (all phases)',
    ]);
    // Breaks give first, down to 5 minutes each.
    const breakRow = within(dialog).getByRole('row', { name: /Break after Ada/ });
    expect(breakRow).toHaveTextContent('10:005:00');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fit' }));
    expect(store.getState().session?.lastFit).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Undo fit' })).toBeInTheDocument();
  });
});
