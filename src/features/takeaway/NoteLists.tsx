import {
  useEffect,
  useId,
  useRef,
  useState,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, editItem, removeItem, type ItemListName } from '../../takeaway/notes';
import { MAX_TEXT_LENGTH } from '../../clinic/templates';
import { useNotes } from '../../store/takeaway-context';

// The lists of the notes panel (the next steps have their own file). Enter adds what was typed;
// every field is a real input.

/** Enter (outside an input method's composition) adds what was typed. */
export function onEnter(action: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    action();
  };
}

/**
 * A one-line note field: in the writer's own direction, never past the limit, its name said to
 * screen readers (and shown as a placeholder where the field starts empty).
 */
function NoteField({
  label,
  value,
  onText,
  maxLength = MAX_TEXT_LENGTH,
  ...rest
}: {
  label: string;
  value: string;
  onText: (text: string) => void;
  maxLength?: number;
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'placeholder' | 'list' | 'aria-describedby' | 'onKeyDown'
>) {
  return (
    <input
      type="text"
      dir="auto"
      maxLength={maxLength}
      aria-label={label}
      value={value}
      onChange={(event) => onText(event.target.value)}
      {...rest}
    />
  );
}

/** "×" at the end of an entry's row; its accessible name says which entry goes. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="button button-small" aria-label={label} onClick={onRemove}>
      ×
    </button>
  );
}

/** The row that adds an entry: its fields, "Add", and the hint that Enter adds as well. */
export function AddRow({
  onAdd,
  children,
}: {
  onAdd: () => void;
  /** The fields; the first one points its aria-describedby at the hint. */
  children: (hintId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <>
      <div className="note-row">
        {children(hintId)}
        <button type="button" className="button button-small" onClick={onAdd}>
          {t('takeaway.notes.add')}
        </button>
      </div>
      <p id={hintId} className="visually-hidden">
        {t('takeaway.notes.addHint')}
      </p>
    </>
  );
}

/**
 * A list that scrolls inside a small space (the console's notes column) shows its newest entry
 * when one is added, as a page would that grows at the bottom.
 */
export function useNewestInView(count: number) {
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useRef(count);
  useEffect(() => {
    const list = listRef.current;
    if (list && count > shown.current) list.scrollTop = list.scrollHeight;
    shown.current = count;
  }, [count]);
  return listRef;
}

export function ItemList({ list }: { list: ItemListName }) {
  const { t } = useTranslation();
  const id = useId();
  const items = useNotes((s) => s.notes[list]);
  const change = useNotes((s) => s.change);
  const [draft, setDraft] = useState('');
  const title = t(`takeaway.notes.${list}`);
  const listRef = useNewestInView(items.length);
  const add = () => {
    if (draft.trim() === '') return;
    change((notes) => addItem(notes, list, draft));
    setDraft('');
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {items.length > 0 && (
        <ul ref={listRef}>
          {items.map((item, index) => (
            <li key={item.id} className="note-row">
              <NoteField
                label={t('takeaway.notes.item', { list: title, number: index + 1 })}
                value={item.text}
                onText={(text) => change((notes) => editItem(notes, list, item.id, text))}
              />
              <RemoveButton
                label={t('takeaway.notes.remove', { list: title, number: index + 1 })}
                onRemove={() => change((notes) => removeItem(notes, list, item.id))}
              />
            </li>
          ))}
        </ul>
      )}
      <AddRow onAdd={add}>
        {(hintId) => (
          <NoteField
            label={t('takeaway.notes.addTo', { list: title })}
            placeholder={t('takeaway.notes.addTo', { list: title })}
            aria-describedby={hintId}
            value={draft}
            onText={setDraft}
            onKeyDown={onEnter(add)}
          />
        )}
      </AddRow>
    </section>
  );
}
