import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './shortcuts.css';

const ROWS = [
  ['keySpace', 'pauseResume'],
  ['keyRight', 'next'],
  ['keyLeft', 'previous'],
  ['keyPlus', 'addMinute'],
  ['keyMinus', 'removeMinute'],
  ['keyF', 'fullscreen'],
  ['keyM', 'mute'],
  ['keyQuestion', 'help'],
] as const;

/**
 * The list of keyboard shortcuts: a modal dialog that takes the focus, keeps Tab inside, closes
 * with Escape or its button, and gives the focus back to where it was.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    return () => previous?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      // One focusable element: Tab stays on it.
      event.preventDefault();
      closeButton.current?.focus();
    }
  };

  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="dialog"
        onKeyDown={onKeyDown}
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {ROWS.map(([key, action]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{t(`shortcuts.${key}`)}</kbd>
                </th>
                <td>{t(`shortcuts.${action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="dialog-note">{t('shortcuts.note')}</p>
        <button ref={closeButton} type="button" className="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </div>
  );
}
