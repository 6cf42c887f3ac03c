import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addNextStep,
  editNextStep,
  removeNextStep,
  STEP_STATUSES,
  type StepStatus,
} from '../../takeaway/notes';
import { isLocalDate } from '../../takeaway/local-date';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../clinic/templates';
import { useClinic } from '../../store/store-context';
import { useNotes } from '../../store/takeaway-context';
import { AddRow, onEnter, RemoveButton, useNewestInView } from './NoteLists';
import './next-steps.css';

// The next steps, on the notes panel and on the current sheet: what, who, by when (a local
// calendar date, as the date field gives it) and where it stands. Each field is a real input.

/** The status of one step as a select; the options say the status in words. */
export function StatusSelect({
  label,
  status,
  onChange,
}: {
  label: string;
  status: StepStatus;
  onChange: (status: StepStatus) => void;
}) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={label}
      value={status}
      onChange={(event) => {
        const next = STEP_STATUSES.find((known) => known === event.target.value);
        if (next) onChange(next);
      }}
    >
      {STEP_STATUSES.map((value) => (
        <option key={value} value={value}>
          {t(`takeaway.notes.statusOption.${value}`)}
        </option>
      ))}
    </select>
  );
}

/** The next steps; `titled` false where the screen around them already names them. */
export function NextSteps({ titled = true }: { titled?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const steps = useNotes((s) => s.notes.nextSteps);
  const listRef = useNewestInView(steps.length);
  const change = useNotes((s) => s.change);
  const plan = useClinic((s) => s.clinic.plan);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const people = [plan.caseOwner, ...plan.coaches, plan.facilitator].filter(
    (name, index, all) => name.trim() !== '' && all.indexOf(name) === index,
  );
  const title = t('takeaway.notes.nextSteps');
  const add = () => {
    if (text.trim() === '') return;
    const due = isLocalDate(dueDate) ? dueDate : null;
    change((notes) => addNextStep(notes, text, owner, { dueDate: due }));
    setText('');
    setOwner('');
    setDueDate('');
  };
  return (
    <section
      aria-labelledby={titled ? `${id}-title` : undefined}
      aria-label={titled ? undefined : title}
    >
      {titled && <h3 id={`${id}-title`}>{title}</h3>}
      <datalist id={`${id}-people`}>
        {people.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {steps.length > 0 && (
        <ul className="step-list" ref={listRef}>
          {steps.map((step, index) => (
            <li key={step.id} className="step-row">
              <input
                type="text"
                dir="auto"
                className="step-text"
                maxLength={MAX_TEXT_LENGTH}
                aria-label={t('takeaway.notes.item', { list: title, number: index + 1 })}
                value={step.text}
                onChange={(event) =>
                  change((notes) => editNextStep(notes, step.id, { text: event.target.value }))
                }
              />
              <input
                type="text"
                dir="auto"
                list={`${id}-people`}
                maxLength={MAX_NAME_LENGTH}
                aria-label={t('takeaway.notes.stepOwner', { number: index + 1 })}
                value={step.owner}
                onChange={(event) =>
                  change((notes) => editNextStep(notes, step.id, { owner: event.target.value }))
                }
              />
              <input
                type="date"
                aria-label={t('takeaway.notes.stepDue', { number: index + 1 })}
                value={step.dueDate ?? ''}
                onChange={(event) => {
                  const value = event.target.value;
                  // A half-typed date is not a date yet: the step keeps the one it had.
                  if (value === '' || isLocalDate(value)) {
                    change((notes) => editNextStep(notes, step.id, { dueDate: value || null }));
                  }
                }}
              />
              <StatusSelect
                label={t('takeaway.notes.stepStatus', { number: index + 1 })}
                status={step.status}
                onChange={(status) => change((notes) => editNextStep(notes, step.id, { status }))}
              />
              <RemoveButton
                label={t('takeaway.notes.remove', { list: title, number: index + 1 })}
                onRemove={() => change((notes) => removeNextStep(notes, step.id))}
              />
              {step.carriedFrom && <p className="step-carried">{t('takeaway.notes.carried')}</p>}
            </li>
          ))}
        </ul>
      )}
      <AddRow onAdd={add}>
        {(hintId) => (
          <>
            <input
              type="text"
              dir="auto"
              maxLength={MAX_TEXT_LENGTH}
              aria-label={t('takeaway.notes.nextStep')}
              placeholder={t('takeaway.notes.nextStep')}
              aria-describedby={hintId}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onEnter(add)}
            />
            <input
              type="text"
              dir="auto"
              list={`${id}-people`}
              maxLength={MAX_NAME_LENGTH}
              aria-label={t('takeaway.notes.owner')}
              placeholder={t('takeaway.notes.owner')}
              value={owner}
              onChange={(event) => setOwner(event.target.value)}
              onKeyDown={onEnter(add)}
            />
            <input
              type="date"
              aria-label={t('takeaway.notes.dueDate')}
              title={t('takeaway.notes.dueDate')}
              value={dueDate}
              onChange={(event) => setDueDate(event.target.value)}
              onKeyDown={onEnter(add)}
            />
          </>
        )}
      </AddRow>
    </section>
  );
}
