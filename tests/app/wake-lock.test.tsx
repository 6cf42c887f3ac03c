import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { useWakeLock } from '@/app/use-wake-lock';

function Probe({ active }: { active: boolean }) {
  useWakeLock(active);
  return null;
}

function fakeWakeLock() {
  const sentinels: Array<{ released: boolean; release: () => Promise<void> }> = [];
  const request = vi.fn(async () => {
    const sentinel = {
      released: false,
      release: vi.fn(async () => {
        sentinel.released = true;
      }),
    };
    sentinels.push(sentinel);
    return sentinel;
  });
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
  return { request, sentinels };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'wakeLock');
});

describe('the screen wake lock', () => {
  it('is held while a clinic runs and released when it stops', async () => {
    const { request, sentinels } = fakeWakeLock();
    const view = render(<Probe active />);
    await act(async () => {});
    expect(request).toHaveBeenCalledWith('screen');
    expect(sentinels[0]?.released).toBe(false);

    view.rerender(<Probe active={false} />);
    await act(async () => {});
    expect(sentinels[0]?.released).toBe(true);
  });

  it('is not asked for while nothing runs', async () => {
    const { request } = fakeWakeLock();
    render(<Probe active={false} />);
    await act(async () => {});
    expect(request).not.toHaveBeenCalled();
  });

  it('is taken again when the page comes back into view', async () => {
    const { request, sentinels } = fakeWakeLock();
    render(<Probe active />);
    await act(async () => {});
    // The browser drops the lock when the page is hidden.
    await act(async () => {
      await sentinels[0]!.release();
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('does nothing where the browser has no wake lock', async () => {
    expect('wakeLock' in navigator).toBe(false);
    render(<Probe active />);
    await act(async () => {});
  });
});
