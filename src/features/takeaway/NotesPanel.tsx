import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTIONS_BY_PHASE, setCase, setMirror, type NoteSection } from '../../takeaway/notes';
import { phaseAt } from '../../clinic/phases';
import { MAX_TEXT_LENGTH } from '../../clinic/templates';
import { useClinic } from '../../store/store-context';
import { useNotes, useNotesStoreApi } from '../../store/takeaway-context';
import { NotesBackupNotice } from '../../ui/Notice';
import { ItemList, NextSteps } from './NoteLists';
import { SheetDialogButton } from './SheetDialog';
import './takeaway.css';

// The facilitator's notes, in the console only. It shows what the current phase asks to
// capture; every field is a real input, so typing never triggers a console shortcut.

const ALL_SECTIONS: readonly NoteSection[] = [
  'case',
  'keyFacts',
  'mirrors',
  'ideas',
  'takeaways',
  'nextSteps',
  'appreciations',
];

function Mirrors() {
  const { t } = useTranslation();
  const id = useId();
  const coaches = useClinic((s) => s.clinic.plan.coaches);
  const mirrors = useNotes((s) => s.notes.mirrors);
  const change = useNotes((s) => s.change);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('takeaway.notes.mirrors')}</h3>
      {coaches.map((coach, index) => (
        <label key={index} className="field">
          <span dir="auto">
            {t('takeaway.notes.mirrorOf', {
              name: coach.trim() || t('takeaway.notes.coachNumber', { number: index + 1 }),
            })}
          </span>
          <textarea
            dir="auto"
            maxLength={MAX_TEXT_LENGTH}
            rows={2}
            value={mirrors[index] ?? ''}
            onChange={(event) => change((notes) => setMirror(notes, index, event.target.value))}
          />
        </label>
      ))}
    </section>
  );
}

function CaseFields() {
  const { t } = useTranslation();
  const caseTitle = useNotes((s) => s.notes.caseTitle);
  const helpAsked = useNotes((s) => s.notes.helpAsked);
  const change = useNotes((s) => s.change);
  return (
    <section>
      <label className="field">
        <span>{t('takeaway.notes.caseTitle')}</span>
        <input
          type="text"
          dir="auto"
          maxLength={MAX_TEXT_LENGTH}
          value={caseTitle}
          onChange={(event) => change((notes) => setCase(notes, { caseTitle: event.target.value }))}
        />
      </label>
      <label className="field">
        <span>{t('takeaway.notes.helpAsked')}</span>
        <textarea
          dir="auto"
          maxLength={MAX_TEXT_LENGTH}
          rows={3}
          value={helpAsked}
          onChange={(event) => change((notes) => setCase(notes, { helpAsked: event.target.value }))}
        />
      </label>
    </section>
  );
}

function SectionView({ section }: { section: NoteSection }) {
  switch (section) {
    case 'case':
      return <CaseFields />;
    case 'mirrors':
      return <Mirrors />;
    case 'nextSteps':
      return <NextSteps />;
    default:
      return <ItemList list={section} />;
  }
}

export function NotesPanel() {
  const { t } = useTranslation();
  const id = useId();
  const phaseId = useClinic((s) => phaseAt(s.clinic.phaseIndex).id);
  const [showAll, setShowAll] = useState(false);
  const saveProblem = useNotes((s) => s.saveProblem);
  // Touch the store so a missing provider fails loudly here, not deep in a child.
  useNotesStoreApi();
  const sections = showAll ? ALL_SECTIONS : SECTIONS_BY_PHASE[phaseId];
  return (
    <section className="notes-panel" aria-labelledby={`${id}-heading`}>
      <div className="note-row">
        <h2 id={`${id}-heading`}>{t('takeaway.notes.heading')}</h2>
        <button
          type="button"
          className="button button-small"
          aria-pressed={showAll}
          onClick={() => setShowAll((value) => !value)}
        >
          {t('takeaway.notes.showAll')}
        </button>
        <SheetDialogButton />
      </div>
      <NotesBackupNotice />
      {saveProblem && (
        <p role="alert" className="notice">
          {t('takeaway.notes.notSaved')}
        </p>
      )}
      {sections.length === 0 && <p>{t('takeaway.notes.stillness')}</p>}
      {sections.map((section) => (
        <SectionView key={section} section={section} />
      ))}
      <p className="notes-saved">{t('takeaway.notes.saved')}</p>
    </section>
  );
}
