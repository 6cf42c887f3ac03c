import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Only the sheet goes to paper: the rest of the page is hidden while it is mounted. */
export function PrintCopy({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.body.classList.add('has-print-sheet');
    return () => {
      if (!document.querySelector('.print-sheet')) {
        document.body.classList.remove('has-print-sheet');
      }
    };
  }, []);
  return createPortal(
    <div className="print-sheet" aria-hidden="true">
      {children}
    </div>,
    document.body,
  );
}
