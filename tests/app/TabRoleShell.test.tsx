import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { TabRoleShell } from '@/app/TabRoleShell';
import type { TabLeadership, TabRole } from '@/app/tab-leadership';
import { renderWithStores } from '../helpers/render';

function fakeLeadership(initial: TabRole) {
  let role = initial;
  const listeners = new Set<(role: TabRole) => void>();
  const leadership: TabLeadership = {
    role: () => role,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    decided: Promise.resolve(initial),
    stop: () => {},
  };
  const become = (next: TabRole) =>
    act(() => {
      role = next;
      for (const listener of listeners) listener(next);
    });
  return { leadership, become };
}

function renderShell(initial: TabRole) {
  const { leadership, become } = fakeLeadership(initial);
  renderWithStores(
    <TabRoleShell leadership={leadership} update={null} viewerView={<p>Read-only view</p>}>
      <button type="button">Next phase</button>
    </TabRoleShell>,
  );
  return become;
}

describe('the offline shell', () => {
  it('in the controlling tab shows the console and no notice', () => {
    renderShell('controller');
    expect(screen.getByRole('button', { name: 'Next phase' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('in a viewer tab says another tab controls, and shows the read-only view instead', () => {
    renderShell('viewer');
    expect(screen.getByRole('status')).toHaveTextContent(/controlled in another tab/);
    expect(screen.getByText('Read-only view')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next phase' })).not.toBeInTheDocument();
  });

  it('mounts nothing that could tick or write until the role is known', () => {
    const become = renderShell('deciding');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText('Read-only view')).not.toBeInTheDocument();
    become('controller');
    expect(screen.getByRole('button', { name: 'Next phase' })).toBeInTheDocument();
  });

  it('with no leadership (the projector window) shows its content', () => {
    renderWithStores(
      <TabRoleShell leadership={null} update={null} viewerView={null}>
        <p>Projector</p>
      </TabRoleShell>,
    );
    expect(screen.getByText('Projector')).toBeInTheDocument();
  });
});
