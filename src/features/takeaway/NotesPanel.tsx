import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTIONS_BY_PHASE, setCase, setMirror, type NoteSection } from '../../takeaway/notes';
import { currentPhase } from '../../clinic/state';
import { MAX_TEXT_LENGTH } from '../../clinic/templates';
import { useClinic } from '../../store/store-context';
import { useNotes, useNotesStoreApi } from '../../store/takeaway-context';
import { Notice, NotesBackupNotice } from '../../ui/Notice';
import { NextSteps } from './NextStepList';
import { ItemList } from './NoteLists';
import { LabelledField } from '../../ui/LabelledField';
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
        <LabelledField
          key={index}
          labelDir="auto"
          label={t('takeaway.notes.mirrorOf', {
            name: coach.trim() || t('takeaway.notes.coachNumber', { number: index + 1 }),
          })}
        >
          <textarea
            dir="auto"
            maxLength={MAX_TEXT_LENGTH}
            rows={2}
            value={mirrors[index] ?? ''}
            onChange={(event) => change((notes) => setMirror(notes, index, event.target.value))}
          />
        </LabelledField>
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
      <LabelledField label={t('takeaway.notes.caseTitle')}>
        <input
          type="text"
          dir="auto"
          maxLength={MAX_TEXT_LENGTH}
          value={caseTitle}
          onChange={(event) => change((notes) => setCase(notes, { caseTitle: event.target.value }))}
        />
      </LabelledField>
      <LabelledField label={t('takeaway.notes.helpAsked')}>
        <textarea
          dir="auto"
          maxLength={MAX_TEXT_LENGTH}
          rows={3}
          value={helpAsked}
          onChange={(event) => change((notes) => setCase(notes, { helpAsked: event.target.value }))}
        />
      </LabelledField>
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
  const phaseId = useClinic((s) => currentPhase(s.clinic).id);
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
      {saveProblem && <Notice>{t('takeaway.notes.notSaved')}</Notice>}
      {sections.length === 0 && <p>{t('takeaway.notes.stillness')}</p>}
      {sections.map((section) => (
        <SectionView key={section} section={section} />
      ))}
      <p className="notes-saved">{t('takeaway.notes.saved')}</p>
    </section>
  );
}
