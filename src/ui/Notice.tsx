import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Something the user must know at once (an alert): what happened, and a Dismiss button when it
 * may go. Storage, notes and history problems all say so this way.
 */
export function Notice({
  children,
  onDismiss,
  small = false,
}: {
  children: ReactNode;
  onDismiss?: () => void;
  /** A small button, for a notice inside a panel. */
  small?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice">
      <p>{children}</p>
      {onDismiss && (
        <button
          type="button"
          className={small ? 'button button-small' : 'button'}
          onClick={onDismiss}
        >
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}
