import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotes } from '../store/takeaway-context';

/**
 * A notice about the device's storage. An alert by default; `quiet` makes it a status line (for
 * what puts nothing of the clinic at stake, such as damaged settings).
 */
export function Notice({
  children,
  onDismiss,
  quiet = false,
}: {
  children: ReactNode;
  onDismiss?: () => void;
  quiet?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div role={quiet ? 'status' : 'alert'} className={quiet ? 'notice notice-quiet' : 'notice'}>
      <p>{children}</p>
      {onDismiss && (
        <button type="button" className="button button-small" onClick={onDismiss}>
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}

/** Saved notes moved to a backup key: unreadable, or without the clinic they belong to. */
export function NotesBackupNotice() {
  const { t } = useTranslation();
  const backupKey = useNotes((s) => s.backupKey);
  const reason = useNotes((s) => s.backupReason);
  const dismiss = useNotes((s) => s.dismissBackup);
  if (!backupKey) return null;
  const text =
    reason === 'otherClinic' ? 'takeaway.notes.otherClinic' : 'takeaway.notes.unreadable';
  return <Notice onDismiss={dismiss}>{t(text, { key: backupKey })}</Notice>;
}
