import { formatDuration } from '@/clinic/clock';
import {
  addItem,
  addNextStep,
  createNotes,
  setCase,
  setMirror,
  type ClinicNotes,
} from '@/takeaway/notes';
import type { PhaseId } from '@/clinic/phases';
import type { ClinicState } from '@/clinic/state';
import type { SheetDetails, SheetWords } from '@/takeaway/sheet';
import type { ClinicExport } from '@/takeaway/clinic-file';
import type { Plan } from '@/clinic/templates';
import { MINUTE, run, setupClinic, T0 } from './clinic-fixtures';

/** A clinic that ran every phase, with a pause, an extension and some overtime. */
export function finishedClinic(patch: Partial<Plan> = {}): ClinicState {
  return run(
    setupClinic('standard', { helpWanted: 'How do I keep both teams on board?', ...patch }),
    [
      [0, { type: 'start' }],
      [5 * MINUTE, { type: 'next' }],
      [19 * MINUTE, { type: 'pause' }],
      [20 * MINUTE, { type: 'resume' }],
      [21 * MINUTE, { type: 'next' }],
      [26 * MINUTE, { type: 'next' }],
      [29 * MINUTE, { type: 'next' }],
      [30 * MINUTE, { type: 'extend', deltaMs: 2 * MINUTE }],
      [43 * MINUTE, { type: 'next' }],
      [65 * MINUTE, { type: 'next' }],
      [76 * MINUTE, { type: 'finish' }],
    ],
  );
}

/**
 * A finished clinic whose plan then gets fields the setup form would refuse (a 10,000-character
 * name): the clinic must start with a valid plan, but exports must cope with anything stored.
 */
export function finishedClinicWith(patch: Partial<Plan>): ClinicState {
  const clinic = finishedClinic();
  return { ...clinic, plan: { ...clinic.plan, ...patch } };
}

export function typicalNotes(clinic: ClinicState): ClinicNotes {
  let notes = createNotes(clinic.plan);
  notes = setCase(notes, { helpAsked: 'How do I keep both teams on board?' });
  notes = addItem(notes, 'keyFacts', 'Two teams of 8, merging in March');
  notes = addItem(notes, 'keyFacts', 'Ada has led one of them for 3 years');
  notes = setMirror(notes, 0, 'I see a bridge built from both banks at once.');
  notes = setMirror(notes, 1, 'I sense relief behind the worry.');
  notes = setMirror(notes, 2, 'A gardener grafting two trees.');
  notes = addItem(notes, 'ideas', 'Pair people across teams for the first month');
  notes = addItem(notes, 'ideas', 'Ask both teams what they want to keep');
  notes = addItem(notes, 'takeaways', 'Listen before deciding the new structure');
  notes = addItem(notes, 'takeaways', 'Name what each team is proud of');
  notes = addNextStep(notes, 'Hold a joint kick-off', 'Ada');
  notes = addNextStep(notes, 'Share the list of pairs', 'Ben');
  notes = addItem(notes, 'appreciations', 'Thank you for trusting us with this');
  return notes;
}

export const CHECK_IN_AT = Date.UTC(2026, 11, 6, 14, 30, 0);

export function typicalDetails(): SheetDetails {
  return {
    place: 'Room 4, Berlin office',
    nextCheckIn: { startsAt: CHECK_IN_AT, durationMinutes: 45 },
  };
}

export function typicalExport(): ClinicExport {
  const clinic = finishedClinic();
  return {
    exportedAt: T0 + 80 * MINUTE,
    language: 'en',
    clinic,
    notes: typicalNotes(clinic),
    details: typicalDetails(),
  };
}

const PHASE_NAMES: Record<PhaseId, string> = {
  roles: 'Roles and case',
  presentation: 'Case presentation',
  clarification: 'Clarifying questions',
  stillness: 'Stillness',
  mirroring: 'Mirroring',
  dialogue: 'Generative dialogue',
  closing: 'Closing and appreciation',
};

/** English words with time-zone-free formatting, so golden files are the same everywhere. */
export const ENGLISH_WORDS: SheetWords = {
  sheetTitle: 'Takeaway sheet',
  untitledCase: 'Untitled case',
  date: 'Date',
  place: 'Place',
  caseOwner: 'Case owner',
  coaches: 'Coaches',
  facilitator: 'Facilitator',
  question: "The case owner's question",
  keyFacts: 'Key facts',
  mirrors: 'Mirror images',
  ideas: 'Ideas from the dialogue',
  takeaways: 'Take-aways',
  nextSteps: 'Next steps',
  owner: 'owner',
  due: 'due',
  stepStatus: (status) => status,
  carriedOver: 'carried over',
  appreciations: 'Appreciations',
  nextCheckIn: 'Next check-in',
  timeTable: 'Planned and actual time',
  phase: 'Phase',
  planned: 'Planned',
  actual: 'Actual',
  total: 'Total',
  checkInSummary: (title) => `Check-in: ${title}`,
  phaseName: (id) => PHASE_NAMES[id],
  formatDateTime: (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  formatDate: (ms) => new Date(ms).toISOString().slice(0, 10),
  formatTime: (ms) => new Date(ms).toISOString().slice(11, 16) + ' UTC',
  formatLocalDate: (date) => date,
  formatDuration,
};

/** The take-home codes' words on top of the sheet's. */
export const ENGLISH_TAKE_HOME_WORDS = {
  ...ENGLISH_WORDS,
  continued: (heading: string) => `${heading} (continued)`,
};

export const HOSTILE_STRINGS = {
  script: '<script>alert("x")</script><img src=x onerror=alert(1)>',
  markdown:
    '# Heading\n- [click](javascript:alert(1)) ![i](http://x/y.png) | a | b |\n---\n```\ncode',
  icalInjection: 'Evil\r\nATTENDEE:mailto:all@example.com\r\nEND:VEVENT\nBEGIN:VEVENT;x,y\\',
  long: 'L'.repeat(10_000),
  emoji: '👩🏽‍💻 Zoë 🎉🇩🇪',
  rtl: 'مرحبا بالعالم \u202Egnp.exe',
} as const;
