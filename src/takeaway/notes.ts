import type { PhaseId } from '../clinic/phases';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type Plan } from '../clinic/templates';

// What the facilitator captures during the clinic. Pure data and pure functions: every change
// returns a new ClinicNotes and leaves the old one as it was.

export const MAX_ITEMS_PER_LIST = 100;

export interface NoteItem {
  id: number;
  text: string;
}

export interface NextStep extends NoteItem {
  owner: string;
}

/** The lists that hold plain items, in the order the sheet shows them. */
export const ITEM_LISTS = ['keyFacts', 'ideas', 'appreciations', 'takeaways'] as const;
export type ItemListName = (typeof ITEM_LISTS)[number];

export interface ClinicNotes {
  /** The case in the case owner's words (roles); starts as the planned case title. */
  caseTitle: string;
  /** The help the case owner asks for (roles); starts as the planned question. */
  helpAsked: string;
  keyFacts: NoteItem[];
  /** One entry per coach, by the coach's place in the plan. */
  mirrors: string[];
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

export function addNextStep(notes: ClinicNotes, text: string, owner: string): ClinicNotes {
  if (text.trim() === '' || notes.nextSteps.length >= MAX_ITEMS_PER_LIST) return notes;
  const step: NextStep = {
    id: notes.nextId,
    text: clip(text.trim(), MAX_TEXT_LENGTH),
    owner: clip(owner.trim(), MAX_NAME_LENGTH),
  };
  return { ...notes, nextSteps: [...notes.nextSteps, step], nextId: notes.nextId + 1 };
}

export function editNextStep(
  notes: ClinicNotes,
  id: number,
  patch: Partial<Pick<NextStep, 'text' | 'owner'>>,
): ClinicNotes {
  if (!notes.nextSteps.some((step) => step.id === id)) return notes;
  return {
    ...notes,
    nextSteps: notes.nextSteps.map((step) =>
      step.id === id
        ? {
            ...step,
            ...(patch.text !== undefined ? { text: clip(patch.text, MAX_TEXT_LENGTH) } : {}),
            ...(patch.owner !== undefined ? { owner: clip(patch.owner, MAX_NAME_LENGTH) } : {}),
          }
        : step,
    ),
  };
}

export function removeNextStep(notes: ClinicNotes, id: number): ClinicNotes {
  if (!notes.nextSteps.some((step) => step.id === id)) return notes;
  return { ...notes, nextSteps: notes.nextSteps.filter((step) => step.id !== id) };
}
