import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ConsoleApp } from '@/app/App';
import { createClinicStore } from '@/store/clinic-store';
import { TEMPLATES_KEY } from '@/store/templates-key';
import { MemoryStorage } from '../store/memory-storage';
import { deviceOf } from '../helpers/device';
import { renderWithStores } from '../helpers/render';

describe('damaged saved templates', { timeout: 20_000 }, () => {
  it('are told in a quiet notice with the backup key, once the setup has read them', async () => {
    const storage = new MemoryStorage();
    storage.setItem(TEMPLATES_KEY, '{"schemaVersion": 1, "templates": "oops"}');
    const clinic = createClinicStore({ storage: deviceOf(storage), clock: { now: () => 42 } });
    renderWithStores(<ConsoleApp soundControls={null} />, { clinic });
    const notice = await screen.findByText(
      /saved templates could not be read/,
      {},
      { timeout: 5000 },
    );
    expect(notice).toHaveTextContent('case-clinic-timer:templates-backup:42');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(storage.getItem('case-clinic-timer:templates-backup:42')).toContain('oops');
  });
});
