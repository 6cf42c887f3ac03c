import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotes } from '../store/takeaway-context';

/**
 * Something the user must know at once (an alert): what happened, and a Dismiss button when it
 * may go. Storage, notes and history problems all say so this way. `quiet` makes it a status
 * line, for what puts nothing of the clinic at stake (such as damaged settings).
 */
export function Notice({
  children,
  onDismiss,
  small = false,
  quiet = false,
}: {
  children: ReactNode;
  onDismiss?: () => void;
  /** A small button, for a notice inside a panel. */
  small?: boolean;
  quiet?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div role={quiet ? 'status' : 'alert'} className={quiet ? 'notice notice-quiet' : 'notice'}>
      <p>{children}</p>
      {onDismiss && (
        <button
          type="button"
          className={small || quiet ? 'button button-small' : 'button'}
          onClick={onDismiss}
        >
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
