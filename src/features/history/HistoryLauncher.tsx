import { Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { HistoryScreenProps } from './HistoryScreen';
import { HistoryScreen, prefetchHistoryScreen } from './lazy-history-screen';
import './history.css';

/** "History": the finished clinics on this device, over the current screen. */
export function HistoryLauncher({ renderSheet }: HistoryScreenProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => prefetchHistoryScreen(), []);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('history.open')}
      </button>
      {open && <HistoryDialog renderSheet={renderSheet} onClose={() => setOpen(false)} />}
    </>
  );
}

function HistoryDialog({ renderSheet, onClose }: HistoryScreenProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    const stop = (event: KeyboardEvent) => event.stopPropagation();
    dialog.addEventListener('keydown', stop);
    return () => dialog.removeEventListener('keydown', stop);
  }, []);
  // On the body, so the styles of the screen that opened it do not reach it.
  return createPortal(
    <dialog
      ref={ref}
      className="history-dialog"
      aria-label={t('history.heading')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <button type="button" className="button history-close" onClick={onClose}>
        {t('history.close')}
      </button>
      <Suspense fallback={null}>
        <HistoryScreen renderSheet={renderSheet} />
      </Suspense>
    </dialog>,
    document.body,
  );
}
