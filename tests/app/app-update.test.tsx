import { describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { createAppUpdate } from '@/app/app-update';
import { OFFLINE_NOTE_MS, OfflineReadyNote, UpdatePrompt } from '@/app/UpdatePrompt';
import { createClinicStore } from '@/store/clinic-store';
import { renderWithStores } from '../helpers/render';
import { T0, validPlan } from '../helpers/clinic-fixtures';

/** Stands in for vite-plugin-pwa's registerSW: the test plays the service worker's part. */
function fakeServiceWorker() {
  let options: RegisterSWOptions = {};
  const activateWaiting = vi.fn(async () => {});
  const register = (given?: RegisterSWOptions) => {
    options = given ?? {};
    return activateWaiting;
  };
  return {
    register,
    activateWaiting,
    newVersionWaiting: () => act(() => options.onNeedRefresh?.()),
    offlineReady: () => act(() => options.onOfflineReady?.()),
    /** Another tab activated the new version: workbox says the page would normally reload. */
    controllerChanged: () => act(() => options.onNeedReload?.()),
  };
}

function clinicStore(status: 'setup' | 'running' | 'paused' | 'finished') {
  const store = createClinicStore({ storage: null, clock: { now: () => T0 } });
  store.getState().dispatch({ type: 'updatePlan', patch: validPlan('quick') });
  if (status !== 'setup') store.getState().dispatch({ type: 'start' });
  if (status === 'paused') store.getState().dispatch({ type: 'pause' });
  if (status === 'finished') store.getState().dispatch({ type: 'finish' });
  return store;
}

describe('a new version', () => {
  it('is offered on the setup screen, and only a click on Reload applies it', async () => {
    const sw = fakeServiceWorker();
    const reload = vi.fn();
    const update = createAppUpdate(sw.register, reload, () => true);
    renderWithStores(<UpdatePrompt update={update} />, { clinic: clinicStore('setup') });
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
    sw.newVersionWaiting();
    expect(screen.getByText('A new version is ready.')).toBeInTheDocument();
    expect(sw.activateWaiting).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(sw.activateWaiting).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
    sw.controllerChanged();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('on a page the old version never controlled, Reload reloads at once', async () => {
    const sw = fakeServiceWorker();
    const reload = vi.fn();
    const update = createAppUpdate(sw.register, reload, () => false);
    renderWithStores(<UpdatePrompt update={update} />, { clinic: clinicStore('setup') });
    sw.newVersionWaiting();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(sw.activateWaiting).toHaveBeenCalledOnce();
    expect(reload).toHaveBeenCalledOnce();
  });

  it.each(['running', 'paused'] as const)('is not offered while a clinic is %s', (status) => {
    const sw = fakeServiceWorker();
    const update = createAppUpdate(sw.register, vi.fn());
    renderWithStores(<UpdatePrompt update={update} />, { clinic: clinicStore(status) });
    sw.newVersionWaiting();
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  });

  it('is offered again once the clinic has finished', () => {
    const sw = fakeServiceWorker();
    const update = createAppUpdate(sw.register, vi.fn());
    renderWithStores(<UpdatePrompt update={update} />, { clinic: clinicStore('finished') });
    sw.newVersionWaiting();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('activated by another tab does not reload this one mid-clinic', () => {
    const sw = fakeServiceWorker();
    const reload = vi.fn();
    const update = createAppUpdate(sw.register, reload, () => true);
    renderWithStores(<UpdatePrompt update={update} />, { clinic: clinicStore('running') });
    sw.newVersionWaiting();
    sw.controllerChanged();
    expect(reload).not.toHaveBeenCalled();
    expect(update.state().updateReady).toBe(true);
  });

  it('"Later" puts the offer away', async () => {
    const sw = fakeServiceWorker();
    const update = createAppUpdate(sw.register, vi.fn());
    renderWithStores(<UpdatePrompt update={update} />, { clinic: clinicStore('setup') });
    sw.newVersionWaiting();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
    expect(sw.activateWaiting).not.toHaveBeenCalled();
  });

  it('the first install says the app now works offline, and the note leaves by itself', () => {
    vi.useFakeTimers();
    try {
      const sw = fakeServiceWorker();
      const update = createAppUpdate(sw.register, vi.fn());
      renderWithStores(<OfflineReadyNote update={update} />, { clinic: clinicStore('setup') });
      sw.offlineReady();
      expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline.');
      act(() => vi.advanceTimersByTime(OFFLINE_NOTE_MS - 100));
      expect(screen.getByRole('status')).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(200));
      expect(screen.queryByRole('status')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('the offline note is never a floating layer over the page', () => {
    const sw = fakeServiceWorker();
    const update = createAppUpdate(sw.register, vi.fn());
    renderWithStores(<OfflineReadyNote update={update} />, { clinic: clinicStore('setup') });
    sw.offlineReady();
    const note = screen.getByRole('complementary');
    expect(note).not.toHaveClass('offline-toast');
  });

  it('putting the offline note away does not hide a new version found later', async () => {
    const sw = fakeServiceWorker();
    const update = createAppUpdate(sw.register, vi.fn(), () => true);
    renderWithStores(
      <>
        <UpdatePrompt update={update} />
        <OfflineReadyNote update={update} />
      </>,
      { clinic: clinicStore('setup') },
    );
    sw.offlineReady();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    sw.newVersionWaiting();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
