import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/ModalDialog';
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
  return (
    <ModalDialog size="wide" aria-label={t('history.heading')} onClose={onClose}>
      <button type="button" className="button history-close" onClick={onClose}>
        {t('history.close')}
      </button>
      <Suspense fallback={null}>
        <HistoryScreen renderSheet={renderSheet} />
      </Suspense>
    </ModalDialog>
  );
}
