import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../ui/ModalDialog';
import { CONSOLE_COMMANDS, PROJECTOR_SHORTCUTS, type ShortcutText } from './console-commands';
import './shortcuts.css';

/** Every command that has a key, in the order of the command table. */
const SHORTCUTS = CONSOLE_COMMANDS.flatMap((command) =>
  command.shortcut ? [{ id: command.id, ...command.shortcut }] : [],
);

type Shortcut = { keyName: ShortcutText; does: ShortcutText };

/** One list of keys and what each does. */
function ShortcutTable({
  shortcuts,
  labelledBy,
}: {
  shortcuts: readonly Shortcut[];
  labelledBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <table className="shortcuts" aria-labelledby={labelledBy}>
      <tbody>
        {shortcuts.map(({ keyName, does }) => (
          <tr key={`${keyName}-${does}`}>
            <th scope="row">
              <kbd>{t(`shortcuts.${keyName}`)}</kbd>
            </th>
            <td>{t(`shortcuts.${does}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The list of keyboard shortcuts, drawn from the command table, in a modal dialog. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog size="narrow" aria-labelledby="shortcuts-title" onClose={onClose}>
      <div className="shortcuts-dialog">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <ShortcutTable shortcuts={SHORTCUTS} />
        <p className="dialog-note">{t('shortcuts.note')}</p>
        <h3 id="shortcuts-projector">{t('shortcuts.projectorHeading')}</h3>
        <ShortcutTable shortcuts={PROJECTOR_SHORTCUTS} labelledBy="shortcuts-projector" />
        <p className="dialog-note">{t('shortcuts.projectorNote')}</p>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
