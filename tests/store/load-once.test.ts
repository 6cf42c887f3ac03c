import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '@/store/load-once';

describe('loadOnce', () => {
  it('fetches once however often it is asked, and keeps what came', async () => {
    const fetch = vi.fn(() => Promise.resolve({ name: 'module' }));
    const module = loadOnce(fetch);
    expect(module.loaded()).toBeNull();
    const [first, second] = await Promise.all([module.load(), module.load()]);
    expect(first).toBe(second);
    expect(module.loaded()).toBe(first);
    await module.load();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('after a failed fetch (offline before the first full visit) tries again', async () => {
    const fetch = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('module');
    const module = loadOnce(fetch);
    await expect(module.load()).rejects.toThrow('offline');
    expect(module.loaded()).toBeNull();
    await expect(module.load()).resolves.toBe('module');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
