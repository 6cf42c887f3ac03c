import { Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../ui/ModalDialog';
import { FollowUpSummary, FollowUpView, prefetchFollowUp } from './lazy-followup';
import './followup-launcher.css';

/** "Follow-up" on the setup screen, with its quiet summary; the view opens over the screen. */
export function FollowUpLauncher() {
  const { t } = useTranslation();
  const summaryId = useId();
  const [open, setOpen] = useState(false);
  useEffect(() => prefetchFollowUp(), []);
  return (
    <div className="followup-launcher">
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-describedby={summaryId}
        onClick={() => setOpen(true)}
      >
        {t('followup.open')}
      </button>
      <span id={summaryId}>
        <Suspense fallback={null}>
          <FollowUpSummary />
        </Suspense>
      </span>
      {open && <FollowUpDialog onClose={() => setOpen(false)} />}
    </div>
  );
}

function FollowUpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <ModalDialog size="wide" aria-labelledby={headingId} onClose={onClose}>
      <button type="button" className="button followup-close" onClick={onClose} autoFocus>
        {t('followup.close')}
      </button>
      <Suspense fallback={<p>{t('followup.loading')}</p>}>
        <FollowUpView headingId={headingId} />
      </Suspense>
    </ModalDialog>
  );
}
