import { useId, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PeopleEvent, Person } from '../../../clinic/people';
import { MAX_NAME_LENGTH } from '../../../clinic/templates';
import { changePeople, type PeopleProblem } from '../../../store/people-actions';
import { useClinic, useClinicStoreApi } from '../../../store/store-context';
import { useNotesStoreApi } from '../../../store/takeaway-context';

// Who takes part, changed while the clinic runs: a typo fixed, a coach who arrives late, one who
// leaves. A name is saved on Enter or when the field is left; a name the setup form would refuse
// stays in its field with the reason under it, and the clinic keeps the name it had.

type Apply = (event: PeopleEvent) => PeopleProblem | null;

function useApply(): Apply {
  const clinic = useClinicStoreApi();
  const notes = useNotesStoreApi();
  return (event) => changePeople(clinic, notes, event);
}

function problemText(t: TFunction<'translation'>, problem: PeopleProblem | null) {
  return problem === null || problem === 'notInSession' ? null : t(`errors.${problem}`);
}

function NameField({
  label,
  name,
  person,
  apply,
  hintId,
  onSaved,
}: {
  label: string;
  name: string;
  person: Person;
  apply: Apply;
  hintId: string;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<PeopleProblem | null>(null);
  const save = () => {
    if (draft === null || draft === name) return setProblem(null);
    const result = apply({ type: 'renamePerson', person, name: draft });
    setProblem(result);
    if (result === null) {
      setDraft(null);
      onSaved(draft);
    }
  };
  const error = problemText(t, problem);
  return (
    <label className="field">
      <span dir="auto">{label}</span>
      <input
        type="text"
        dir="auto"
        maxLength={MAX_NAME_LENGTH + 1}
        value={draft ?? name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          save();
        }}
      />
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </label>
  );
}

function AddCoach({ apply, onSaved }: { apply: Apply; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const errorId = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<PeopleProblem | null>(null);
  const add = () => {
    const result = apply({ type: 'addCoach', name: name.trim() });
    setProblem(result);
    if (result === null) {
      onSaved(name.trim());
      setName('');
    }
  };
  const error = problemText(t, problem);
  return (
    <div className="people-add">
      <label className="field">
        <span>{t('people.newCoach')}</span>
        <input
          type="text"
          dir="auto"
          maxLength={MAX_NAME_LENGTH + 1}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            event.preventDefault();
            add();
          }}
        />
      </label>
      <button type="button" className="button button-small" onClick={add}>
        {t('people.addCoach')}
      </button>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The people of the running clinic, each name editable, coaches added and removed. */
export function PeoplePanel() {
  const { t } = useTranslation();
  const hintId = useId();
  const plan = useClinic((s) => s.clinic.plan);
  const apply = useApply();
  const [status, setStatus] = useState('');
  const [removeProblem, setRemoveProblem] = useState<PeopleProblem | null>(null);
  const saved = (name: string) => setStatus(t('people.changed', { name }));
  const field = (label: string, name: string, person: Person, key: string) => (
    <NameField
      key={key}
      label={label}
      name={name}
      person={person}
      apply={apply}
      hintId={hintId}
      onSaved={saved}
    />
  );
  const removeError = problemText(t, removeProblem);
  return (
    <section className="people-panel" aria-labelledby={`${hintId}-heading`}>
      <h2 id={`${hintId}-heading`}>{t('people.heading')}</h2>
      <p className="people-intro">{t('people.intro')}</p>
      <p id={hintId} className="visually-hidden">
        {t('people.saveHint')}
      </p>
      {field(t('setup.caseOwner'), plan.caseOwner, { role: 'caseOwner' }, 'owner')}
      <ul className="people-coaches">
        {plan.coaches.map((coach, index) => (
          // By place: a removal re-keys the rows below it, whose drafts then start afresh.
          <li key={`${index}:${plan.coaches.length}`}>
            {field(t('setup.coach', { number: index + 1 }), coach, { role: 'coach', index }, 'n')}
            <button
              type="button"
              className="button button-small"
              aria-label={t('people.removeCoach', { name: coach.trim() || index + 1 })}
              onClick={() => {
                const result = apply({ type: 'removeCoach', coachIndex: index });
                setRemoveProblem(result);
                if (result === null) setStatus(t('people.left', { name: coach }));
              }}
            >
              {t('people.remove')}
            </button>
          </li>
        ))}
      </ul>
      {removeError && <p className="field-error">{removeError}</p>}
      <AddCoach apply={apply} onSaved={saved} />
      {field(t('setup.facilitator'), plan.facilitator, { role: 'facilitator' }, 'facilitator')}
      <p className="people-status" role="status">
        {status}
      </p>
    </section>
  );
}
