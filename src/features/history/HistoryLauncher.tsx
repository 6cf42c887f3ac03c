import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/ModalDialog';
import type { HistoryScreenProps } from './HistoryScreen';
import { HistoryScreen, prefetchHistoryScreen } from './lazy-history-screen';
import './history.css';

export interface HistoryLauncherProps extends HistoryScreenProps {
  /**
   * Whether the dialog is open, held by the screen around it: the setup and the finished screen
   * each have a launcher, and "Forget everything" on the finished screen turns it into the setup.
   */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/** "History": the finished clinics on this device, over the current screen. */
export function HistoryLauncher({
  renderSheet,
  renderSession,
  open: given,
  onOpenChange,
}: HistoryLauncherProps) {
  const { t } = useTranslation();
  const [own, setOwn] = useState(false);
  const open = given ?? own;
  const setOpen = onOpenChange ?? setOwn;
  useEffect(() => prefetchHistoryScreen(), []);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('history.open')}
      </button>
      {open && (
        <HistoryDialog
          renderSheet={renderSheet}
          renderSession={renderSession}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function HistoryDialog({
  renderSheet,
  renderSession,
  onClose,
}: HistoryScreenProps & { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog size="wide" aria-label={t('history.heading')} onClose={onClose}>
      <button type="button" className="button history-close" onClick={onClose}>
        {t('history.close')}
      </button>
      <Suspense fallback={null}>
        <HistoryScreen renderSheet={renderSheet} renderSession={renderSession} />
      </Suspense>
    </ModalDialog>
  );
}
