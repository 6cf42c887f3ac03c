import {
  ITEM_LISTS,
  MAX_ITEMS_PER_LIST,
  type ClinicNotes,
  type ItemListName,
  type NoteItem,
} from './notes';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../clinic/templates';
import { isInstant } from '../clinic/instants';
import {
  MAX_CHECK_IN_MINUTES,
  MIN_CHECK_IN_MINUTES,
  type NextCheckIn,
  type SheetDetails,
} from './sheet';

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
  }));
  if (!Array.isArray(value.mirrors)) throw new NotesError('notesListInvalid', 'notes.mirrors');
  if (value.mirrors.length > MAX_ITEMS_PER_LIST) {
    throw new NotesError('notesTooManyItems', 'notes.mirrors');
  }
  const mirrors = value.mirrors.map((text, index) =>
    readText(text, `notes.mirrors[${index}]`, MAX_TEXT_LENGTH),
  );
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
  };
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

export type DetailsParseResult =
  { ok: true; value: SheetDetails } | { ok: false; problem: 'placeInvalid' | 'checkInInvalid' };

function readCheckIn(value: unknown): NextCheckIn | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isObject(value)) return undefined;
  const { startsAt, durationMinutes } = value;
  // An instant a calendar file can carry (1970 to 9999), and a length the picker offers.
  if (!isInstant(startsAt)) return undefined;
  if (
    typeof durationMinutes !== 'number' ||
    !Number.isInteger(durationMinutes) ||
    durationMinutes < MIN_CHECK_IN_MINUTES ||
    durationMinutes > MAX_CHECK_IN_MINUTES
  ) {
    return undefined;
  }
  return { startsAt, durationMinutes };
}

/** The sheet's own details (place, next check-in), from a file or the device's storage. */
export function parseSheetDetails(value: unknown): DetailsParseResult {
  if (!isObject(value)) return { ok: false, problem: 'placeInvalid' };
  const { place } = value;
  if (typeof place !== 'string' || place.length > MAX_TEXT_LENGTH) {
    return { ok: false, problem: 'placeInvalid' };
  }
  const nextCheckIn = readCheckIn(value.nextCheckIn);
  if (nextCheckIn === undefined) return { ok: false, problem: 'checkInInvalid' };
  return { ok: true, value: { place, nextCheckIn } };
}
