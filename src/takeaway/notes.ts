import type { PhaseId } from '../clinic/phases';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type Plan } from '../clinic/templates';
import { isLocalDate } from './local-date';

// What the facilitator captures during the clinic. Pure data and pure functions: every change
// returns a new ClinicNotes and leaves the old one as it was.

export const MAX_ITEMS_PER_LIST = 100;

export interface NoteItem {
  id: number;
  text: string;
}

/** Where a next step stands; changed later from the history or the next clinic's review. */
export const STEP_STATUSES = ['open', 'done', 'dropped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** A step of an earlier clinic: that clinic's id in the history and the step's id in it. */
export interface StepOrigin {
  clinicId: string;
  stepId: number;
}

export interface NextStep extends NoteItem {
  owner: string;
  /** A local calendar date, YYYY-MM-DD (see local-date.ts), or none. */
  dueDate: string | null;
  status: StepStatus;
  /**
   * The later clinic whose "how did it go?" decided this step: done or dropped there, or,
   * still open, carried over into it (where it lives on as a step of its own).
   */
  reviewedIn: string | null;
  /** On a step carried over from an earlier clinic: which step it continues. */
  carriedFrom: StepOrigin | null;
}

/** The follow-up fields a step has when nothing says otherwise (and in files of version 1). */
export const NEW_STEP_FIELDS = {
  dueDate: null,
  status: 'open',
  reviewedIn: null,
  carriedFrom: null,
} as const satisfies Partial<NextStep>;

/** The lists that hold plain items, in the order the sheet shows them. */
export const ITEM_LISTS = ['keyFacts', 'ideas', 'appreciations', 'takeaways'] as const;
export type ItemListName = (typeof ITEM_LISTS)[number];

export interface LeftMirror {
  coach: string;
  text: string;
}

export interface ClinicNotes {
  /** The case in the case owner's words (roles); starts as the planned case title. */
  caseTitle: string;
  /** The help the case owner asks for (roles); starts as the planned question. */
  helpAsked: string;
  keyFacts: NoteItem[];
  /** One entry per coach, by the coach's place in the plan. */
  mirrors: string[];
  /** What coaches who left during the clinic mirrored, under their name (people can change). */
  leftMirrors?: LeftMirror[];
  ideas: NoteItem[];
  appreciations: NoteItem[];
  takeaways: NoteItem[];
  nextSteps: NextStep[];
  /** The id the next added item gets; ids are never reused within one clinic. */
  nextId: number;
}

export function createNotes(
  plan?: Pick<Plan, 'caseTitle' | 'helpWanted' | 'coaches'>,
): ClinicNotes {
  return {
    caseTitle: plan?.caseTitle ?? '',
    helpAsked: plan?.helpWanted ?? '',
    keyFacts: [],
    mirrors: plan ? plan.coaches.map(() => '') : [],
    ideas: [],
    appreciations: [],
    takeaways: [],
    nextSteps: [],
    nextId: 1,
  };
}

/** Which parts of the notes belong to each phase; the panel follows the current phase. */
export type NoteSection =
  'case' | 'keyFacts' | 'mirrors' | 'ideas' | 'appreciations' | 'takeaways' | 'nextSteps';

export const SECTIONS_BY_PHASE: Readonly<Record<PhaseId, readonly NoteSection[]>> = {
  roles: ['case'],
  presentation: ['case', 'keyFacts'],
  clarification: ['keyFacts'],
  stillness: [],
  mirroring: ['mirrors'],
  dialogue: ['ideas'],
  closing: ['takeaways', 'nextSteps', 'appreciations'],
};

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

export function setCase(
  notes: ClinicNotes,
  patch: Partial<Pick<ClinicNotes, 'caseTitle' | 'helpAsked'>>,
): ClinicNotes {
  return {
    ...notes,
    ...(patch.caseTitle !== undefined ? { caseTitle: clip(patch.caseTitle, MAX_TEXT_LENGTH) } : {}),
    ...(patch.helpAsked !== undefined ? { helpAsked: clip(patch.helpAsked, MAX_TEXT_LENGTH) } : {}),
  };
}

/** Adds an item; blank text or a full list leaves the notes unchanged (same object). */
export function addItem(notes: ClinicNotes, list: ItemListName, text: string): ClinicNotes {
  if (text.trim() === '' || notes[list].length >= MAX_ITEMS_PER_LIST) return notes;
  const item: NoteItem = { id: notes.nextId, text: clip(text.trim(), MAX_TEXT_LENGTH) };
  return { ...notes, [list]: [...notes[list], item], nextId: notes.nextId + 1 };
}

export function editItem(
  notes: ClinicNotes,
  list: ItemListName,
  id: number,
  text: string,
): ClinicNotes {
  if (!notes[list].some((item) => item.id === id)) return notes;
  return {
    ...notes,
    [list]: notes[list].map((item) =>
      item.id === id ? { ...item, text: clip(text, MAX_TEXT_LENGTH) } : item,
    ),
  };
}

export function removeItem(notes: ClinicNotes, list: ItemListName, id: number): ClinicNotes {
  if (!notes[list].some((item) => item.id === id)) return notes;
  return { ...notes, [list]: notes[list].filter((item) => item.id !== id) };
}

export function setMirror(notes: ClinicNotes, coachIndex: number, text: string): ClinicNotes {
  if (!Number.isInteger(coachIndex) || coachIndex < 0 || coachIndex >= MAX_ITEMS_PER_LIST) {
    return notes;
  }
  const mirrors = [...notes.mirrors];
  while (mirrors.length <= coachIndex) mirrors.push('');
  mirrors[coachIndex] = clip(text, MAX_TEXT_LENGTH);
  return { ...notes, mirrors };
}

export type StepExtras = Partial<Pick<NextStep, 'dueDate' | 'status' | 'carriedFrom'>>;

/** Adds a next step; blank text, a full list or a due date that is no date change nothing. */
export function addNextStep(
  notes: ClinicNotes,
  text: string,
  owner: string,
  extras: StepExtras = {},
): ClinicNotes {
  if (text.trim() === '' || notes.nextSteps.length >= MAX_ITEMS_PER_LIST) return notes;
  if (extras.dueDate != null && !isLocalDate(extras.dueDate)) return notes;
  const step: NextStep = {
    id: notes.nextId,
    text: clip(text.trim(), MAX_TEXT_LENGTH),
    owner: clip(owner.trim(), MAX_NAME_LENGTH),
    ...NEW_STEP_FIELDS,
    ...extras,
  };
  return { ...notes, nextSteps: [...notes.nextSteps, step], nextId: notes.nextId + 1 };
}

export type StepPatch = Partial<Pick<NextStep, 'text' | 'owner' | 'dueDate' | 'status'>> & {
  reviewedIn?: string | null;
};

/** Changes a step; an unknown id, a due date that is no date or an unknown status: no change. */
export function editNextStep(notes: ClinicNotes, id: number, patch: StepPatch): ClinicNotes {
  if (!notes.nextSteps.some((step) => step.id === id)) return notes;
  if (patch.dueDate != null && !isLocalDate(patch.dueDate)) return notes;
  if (patch.status !== undefined && !STEP_STATUSES.includes(patch.status)) return notes;
  const { text, owner, ...rest } = patch;
  // Only the fields the patch names: an absent field is never written as undefined.
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return {
    ...notes,
    nextSteps: notes.nextSteps.map((step) =>
      step.id === id
        ? {
            ...step,
            ...given,
            ...(text !== undefined ? { text: clip(text, MAX_TEXT_LENGTH) } : {}),
            ...(owner !== undefined ? { owner: clip(owner, MAX_NAME_LENGTH) } : {}),
          }
        : step,
    ),
  };
}

export function removeNextStep(notes: ClinicNotes, id: number): ClinicNotes {
  if (!notes.nextSteps.some((step) => step.id === id)) return notes;
  return { ...notes, nextSteps: notes.nextSteps.filter((step) => step.id !== id) };
}

/** A coach joined at the end of the list: a place for their mirror. */
export function addCoachMirror(notes: ClinicNotes, coachCount: number): ClinicNotes {
  const mirrors = [...notes.mirrors];
  while (mirrors.length < coachCount) mirrors.push('');
  return { ...notes, mirrors };
}

/**
 * A coach left: the mirrors after theirs move up with their coaches; what they mirrored stays,
 * under their name, for the sheet.
 */
export function removeCoachMirror(
  notes: ClinicNotes,
  coachIndex: number,
  coach: string,
): ClinicNotes {
  const text = notes.mirrors[coachIndex] ?? '';
  const mirrors = notes.mirrors.filter((_, index) => index !== coachIndex);
  if (text.trim() === '') return { ...notes, mirrors };
  return { ...notes, mirrors, leftMirrors: [...(notes.leftMirrors ?? []), { coach, text }] };
}
