import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { ModalDialog } from '@/ui/ModalDialog';

/** A page with a button that opens a dialog, which can open a second one over it. */
function Page({ onWindowKey }: { onWindowKey: (key: string) => void }) {
  const [open, setOpen] = useState<0 | 1 | 2>(0);
  useEffect(() => {
    const listen = (event: KeyboardEvent) => onWindowKey(event.key);
    window.addEventListener('keydown', listen);
    return () => window.removeEventListener('keydown', listen);
  }, [onWindowKey]);
  return (
    <>
      <button type="button" onClick={() => setOpen(1)}>
        Open
      </button>
      {open >= 1 && (
        <ModalDialog size="wide" aria-label="First" onClose={() => setOpen(0)}>
          <input aria-label="Field" />
          <button type="button" onClick={() => setOpen(2)}>
            Ask
          </button>
          {open === 2 && (
            <ModalDialog
              size="narrow"
              role="alertdialog"
              aria-label="Second"
              onClose={() => setOpen(1)}
            >
              <button type="button" autoFocus>
                Cancel
              </button>
            </ModalDialog>
          )}
        </ModalDialog>
      )}
    </>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ModalDialog', () => {
  it('is a named dialog on the body; Escape closes it and the focus goes back to its opener', () => {
    render(<Page onWindowKey={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'First' });
    expect(dialog.parentElement).toBe(document.body);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('keeps the keys typed in it from the page behind', () => {
    const keys: string[] = [];
    render(<Page onWindowKey={(key) => keys.push(key)} />);
    fireEvent.keyDown(document.body, { key: 'a' });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field' }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Field' }), { key: 'ArrowRight' });
    expect(keys).toEqual(['a']);
  });

  it('Escape in a dialog opened from another closes only that one', () => {
    render(<Page onWindowKey={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const ask = screen.getByRole('button', { name: 'Ask' });
    ask.focus();
    fireEvent.click(ask);
    const second = screen.getByRole('alertdialog', { name: 'Second' });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(second).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'First' })).toBeInTheDocument();
    expect(ask).toHaveFocus();
  });
});
