import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../ui/ModalDialog';
import { CONSOLE_COMMANDS, PROJECTOR_SHORTCUTS } from './console-commands';
import './shortcuts.css';

/** Every command that has a key, in the order of the command table. */
const SHORTCUTS = CONSOLE_COMMANDS.flatMap((command) =>
  command.shortcut ? [{ id: command.id, ...command.shortcut }] : [],
);

/** The list of keyboard shortcuts, drawn from the command table, in a modal dialog. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog size="narrow" aria-labelledby="shortcuts-title" onClose={onClose}>
      <div className="shortcuts-dialog">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(({ id, keyName, does }) => (
              <tr key={id}>
                <th scope="row">
                  <kbd>{t(`shortcuts.${keyName}`)}</kbd>
                </th>
                <td>{t(`shortcuts.${does}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="dialog-note">{t('shortcuts.note')}</p>
        <h3 id="shortcuts-projector">{t('shortcuts.projectorHeading')}</h3>
        <table className="shortcuts" aria-labelledby="shortcuts-projector">
          <tbody>
            {PROJECTOR_SHORTCUTS.map(({ keyName, does }) => (
              <tr key={keyName}>
                <th scope="row">
                  <kbd>{t(`shortcuts.${keyName}`)}</kbd>
                </th>
                <td>{t(`shortcuts.${does}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="dialog-note">{t('shortcuts.projectorNote')}</p>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
