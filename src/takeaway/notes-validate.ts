import {
  ITEM_LISTS,
  MAX_ITEMS_PER_LIST,
  NEW_STEP_FIELDS,
  STEP_STATUSES,
  type ClinicNotes,
  type ItemListName,
  type LeftMirror,
  type NextStep,
  type NoteItem,
  type StepOrigin,
} from './notes';
import { isLocalDate } from './local-date';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../clinic/templates';

// Notes read back from storage or a file are untrusted: every field is checked for type and
// length before they become ClinicNotes, and the answer says what was wrong and where.

export type NotesProblem =
  | 'notesNotObject'
  | 'notesTextInvalid'
  | 'notesListInvalid'
  | 'notesItemInvalid'
  | 'notesTooManyItems'
  | 'notesTextTooLong'
  | 'notesDuplicateId';

export type NotesParseResult =
  { ok: true; value: ClinicNotes } | { ok: false; problem: NotesProblem; field: string };

class NotesError extends Error {
  constructor(
    readonly problem: NotesProblem,
    readonly field: string,
  ) {
    super(`${problem} at ${field}`);
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw new NotesError('notesTextInvalid', field);
  if (value.length > max) throw new NotesError('notesTextTooLong', field);
  return value;
}

function readId(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new NotesError('notesItemInvalid', field);
  }
  return value;
}

function readList<T>(value: unknown, field: string, readOne: (item: Json, at: string) => T): T[] {
  if (!Array.isArray(value)) throw new NotesError('notesListInvalid', field);
  if (value.length > MAX_ITEMS_PER_LIST) throw new NotesError('notesTooManyItems', field);
  return value.map((item, index) => {
    const at = `${field}[${index}]`;
    if (!isObject(item)) throw new NotesError('notesItemInvalid', at);
    return readOne(item, at);
  });
}

const MAX_CLINIC_ID_LENGTH = 100;

function readClinicId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_CLINIC_ID_LENGTH) {
    throw new NotesError('notesItemInvalid', field);
  }
  return value;
}

/**
 * A step's follow-up fields. Absent ones (notes saved, or files written, before steps had them)
 * take their defaults; present ones must be right.
 */
function readFollowUp(item: Json, at: string): Omit<NextStep, keyof NoteItem | 'owner'> {
  const fields = { ...NEW_STEP_FIELDS } as Omit<NextStep, keyof NoteItem | 'owner'>;
  if (item.dueDate != null) {
    if (!isLocalDate(item.dueDate)) throw new NotesError('notesItemInvalid', `${at}.dueDate`);
    fields.dueDate = item.dueDate;
  }
  if (item.status !== undefined) {
    const status = STEP_STATUSES.find((known) => known === item.status);
    if (!status) throw new NotesError('notesItemInvalid', `${at}.status`);
    fields.status = status;
  }
  if (item.reviewedIn != null)
    fields.reviewedIn = readClinicId(item.reviewedIn, `${at}.reviewedIn`);
  if (item.carriedFrom != null) {
    const origin = item.carriedFrom;
    if (!isObject(origin)) throw new NotesError('notesItemInvalid', `${at}.carriedFrom`);
    const carriedFrom: StepOrigin = {
      clinicId: readClinicId(origin.clinicId, `${at}.carriedFrom.clinicId`),
      stepId: readId(origin.stepId, `${at}.carriedFrom.stepId`),
    };
    fields.carriedFrom = carriedFrom;
  }
  return fields;
}

function readNotes(value: unknown): ClinicNotes {
  if (!isObject(value)) throw new NotesError('notesNotObject', 'notes');
  const readItem = (item: Json, at: string): NoteItem => ({
    id: readId(item.id, `${at}.id`),
    text: readText(item.text, `${at}.text`, MAX_TEXT_LENGTH),
  });
  const lists = Object.fromEntries(
    ITEM_LISTS.map((name) => [name, readList(value[name], `notes.${name}`, readItem)]),
  ) as Record<ItemListName, NoteItem[]>;
  const nextSteps = readList(value.nextSteps, 'notes.nextSteps', (item, at) => ({
    ...readItem(item, at),
    owner: readText(item.owner, `${at}.owner`, MAX_NAME_LENGTH),
    ...readFollowUp(item, at),
  }));
  if (!Array.isArray(value.mirrors)) throw new NotesError('notesListInvalid', 'notes.mirrors');
  if (value.mirrors.length > MAX_ITEMS_PER_LIST) {
    throw new NotesError('notesTooManyItems', 'notes.mirrors');
  }
  const mirrors = value.mirrors.map((text, index) =>
    readText(text, `notes.mirrors[${index}]`, MAX_TEXT_LENGTH),
  );
  const leftMirrors = readLeftMirrors(value.leftMirrors);
  const ids = [...ITEM_LISTS.flatMap((name) => lists[name]), ...nextSteps].map((item) => item.id);
  if (new Set(ids).size !== ids.length) throw new NotesError('notesDuplicateId', 'notes');
  const highest = ids.reduce((max, id) => Math.max(max, id), 0);
  const nextId =
    typeof value.nextId === 'number' && Number.isSafeInteger(value.nextId) && value.nextId > highest
      ? value.nextId
      : highest + 1;
  return {
    caseTitle: readText(value.caseTitle, 'notes.caseTitle', MAX_TEXT_LENGTH),
    helpAsked: readText(value.helpAsked, 'notes.helpAsked', MAX_TEXT_LENGTH),
    keyFacts: lists.keyFacts,
    mirrors,
    ideas: lists.ideas,
    appreciations: lists.appreciations,
    takeaways: lists.takeaways,
    nextSteps,
    nextId,
    ...(leftMirrors && { leftMirrors }),
  };
}

/** Mirrors of coaches who left; notes from before people could change have none. */
function readLeftMirrors(value: unknown): LeftMirror[] | undefined {
  if (value === undefined) return undefined;
  return readList(value, 'notes.leftMirrors', (item, at) => ({
    coach: readText(item.coach, `${at}.coach`, MAX_NAME_LENGTH),
    text: readText(item.text, `${at}.text`, MAX_TEXT_LENGTH),
  }));
}

export function parseNotes(value: unknown): NotesParseResult {
  try {
    return { ok: true, value: readNotes(value) };
  } catch (error) {
    if (error instanceof NotesError)
      return { ok: false, problem: error.problem, field: error.field };
    throw error;
  }
}
