import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { useState } from 'react';
import { createI18n } from '@/i18n/setup';
import { ErrorBoundary, rescueExport, setSavedClinicAside } from '@/app/ErrorBoundary';
import { BACKUP_KEY_PREFIX, CLINIC_KEY } from '@/store/persistence';
import { MemoryStorage } from '../store/memory-storage';
import { deviceOf } from '../helpers/device';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('the countdown fell over');
  return <p>All well again</p>;
}

function renderBoundary(storage: MemoryStorage, restart = vi.fn()) {
  const clinic = { status: 'running', phaseIndex: 3 };
  render(
    <I18nextProvider i18n={createI18n()}>
      <ErrorBoundary
        getClinic={() => clinic}
        storage={deviceOf(storage)}
        restart={restart}
        clock={{ now: () => 1234 }}
      >
        <Fragile />
      </ErrorBoundary>
    </I18nextProvider>,
  );
  return { restart, clinic };
}

function quietly<T>(run: () => T): T {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return run();
  } finally {
    spy.mockRestore();
  }
}

describe('the error boundary', () => {
  it('shows a calm recovery screen instead of a blank page', () => {
    shouldThrow = true;
    quietly(() => renderBoundary(new MemoryStorage()));
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save what exists (JSON)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start a new clinic' })).toBeInTheDocument();
    expect(screen.getByText(/the countdown fell over/)).toBeInTheDocument();
  });

  it('"Try again" renders the app again once the fault is gone', async () => {
    shouldThrow = true;
    quietly(() => renderBoundary(new MemoryStorage()));
    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('All well again')).toBeInTheDocument();
  });

  it('"Start a new clinic" keeps the old save under a backup key, then restarts', async () => {
    shouldThrow = true;
    const storage = new MemoryStorage();
    storage.setItem(CLINIC_KEY, '{"schemaVersion":1,"clinic":"old"}');
    const { restart } = quietly(() => renderBoundary(storage));
    await userEvent.click(screen.getByRole('button', { name: 'Start a new clinic' }));
    expect(storage.getItem(CLINIC_KEY)).toBeNull();
    expect(storage.getItem(`${BACKUP_KEY_PREFIX}1234`)).toBe('{"schemaVersion":1,"clinic":"old"}');
    expect(restart).toHaveBeenCalledOnce();
  });

  it('"Save what exists" downloads a JSON file with the clinic in memory and the saves', async () => {
    shouldThrow = true;
    const storage = new MemoryStorage();
    storage.setItem(CLINIC_KEY, '{"schemaVersion":1}');
    quietly(() => renderBoundary(storage));
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:rescue';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let downloaded = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = this.download;
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save what exists (JSON)' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(downloaded).toMatch(/^\d{4}-\d{2}-\d{2}-case-clinic-rescue\.json$/);
    const exported = JSON.parse(await blobs[0]!.text());
    expect(exported.clinicInMemory).toEqual({ status: 'running', phaseIndex: 3 });
    expect(exported.saved[CLINIC_KEY]).toEqual({ schemaVersion: 1 });
    expect(exported.error).toBe('Error: the countdown fell over');
  });
});

describe('rescueExport and setSavedClinicAside', () => {
  it('keeps text that is not JSON as it is, and only the app’s own keys', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${BACKUP_KEY_PREFIX}1`, 'not json {');
    storage.setItem('someone-else', 'x');
    const rescue = rescueExport('boom', null, deviceOf(storage), new Date(0));
    expect(rescue.saved).toEqual({ [`${BACKUP_KEY_PREFIX}1`]: 'not json {' });
    expect(rescue.exportedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('leaves the save where it is when storage is too full for a backup', () => {
    const storage = new MemoryStorage(60);
    storage.setItem(CLINIC_KEY, 'x'.repeat(20));
    expect(setSavedClinicAside(deviceOf(storage), 5)).toBeNull();
    expect(storage.getItem(CLINIC_KEY)).toBe('x'.repeat(20));
  });

  it('a render failure inside a component that had state recovers cleanly', async () => {
    function Counter() {
      const [count, setCount] = useState(0);
      if (count > 0) throw new Error('counted too far');
      return (
        <button type="button" onClick={() => setCount(1)}>
          Count
        </button>
      );
    }
    render(
      <I18nextProvider i18n={createI18n()}>
        <ErrorBoundary getClinic={() => null} storage={null}>
          <Counter />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: 'Count' }));
    spy.mockRestore();
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
  });
});
