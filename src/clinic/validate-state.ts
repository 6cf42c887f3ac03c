import { PHASE_COUNT, PHASE_IDS, PHASES } from './phases';
import {
  MAX_COACHES,
  MAX_NAME_LENGTH,
  MAX_PHASE_MS,
  TEMPLATE_IDS,
  validatePlan,
  type Plan,
  type PlanError,
  type PlanErrorCode,
} from './templates';
import {
  clinicIdFromStart,
  type ClinicState,
  type ClinicStatus,
  type GivenTurn,
  type PhaseRecord,
  type TurnHandover,
} from './state';
import { isInstant, isSpan } from './instants';

// Data read back from storage or a file is untrusted: every field is checked for type and range
// before it becomes a ClinicState, by the same rules as the setup form (a started clinic's plan
// passed validatePlan when it started) and with every instant where a screen can show it. The
// result says what was wrong instead of throwing.

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A failed parse; `planError` when a started clinic's plan breaks the setup form's rules. */
export type ClinicParseResult =
  { ok: true; value: ClinicState } | { ok: false; problem: string; planError?: PlanError };

const CLINIC_ID = /^[A-Za-z0-9_.:~-]{1,100}$/;

/** A clinic's id as the app makes them: random hex, or a start instant as text. */
export function isClinicId(value: unknown): value is string {
  return typeof value === 'string' && CLINIC_ID.test(value);
}

type Json = Record<string, unknown>;

const STATUSES: readonly ClinicStatus[] = ['setup', 'running', 'paused', 'finished'];

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
function isTime(value: unknown): value is number | null {
  return value === null || isInstant(value);
}
function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

class Problem extends Error {
  constructor(
    message: string,
    readonly planError?: PlanError,
  ) {
    super(message);
  }
}

function need(condition: boolean, problem: string): asserts condition {
  if (!condition) throw new Problem(problem);
}

/**
 * Reads the named fields, each checked: the problem names the first that fails. Only these
 * fields are copied, so nothing else in the data comes along.
 */
function readFields<K extends string, T>(
  value: Json,
  keys: readonly K[],
  check: (field: unknown) => field is T,
  problem: (key: K) => string,
): Record<K, T> {
  const fields = {} as Record<K, T>;
  for (const key of keys) {
    const field = value[key];
    need(check(field), problem(key));
    fields[key] = field;
  }
  return fields;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isSwitch = (value: unknown): value is boolean => typeof value === 'boolean';
const isAmount = (value: unknown): value is number => isFiniteNumber(value) && value >= 0;

const PLAN_TEXTS = [
  'caseTitle',
  'helpWanted',
  'caseOwner',
  'facilitator',
  'confidentialityText',
] as const;
const PLAN_SWITCHES = ['showConfidentiality', 'stillnessEndsAutomatically'] as const;
const PLAN_DURATIONS = ['wrapUpMs', 'overtimeReminderMs'] as const;
const RECORD_SPANS = ['activeMs', 'pausedMs', 'clockElapsedMs'] as const;
const RECORD_COUNTS = ['pauseCount', 'visits', 'restarts'] as const;

function readPlan(value: unknown): Plan {
  need(isObject(value), 'plan is not an object');
  const durations = value.durationsMs;
  need(isObject(durations), 'plan.durationsMs is not an object');
  const durationsMs = readFields(
    durations,
    PHASE_IDS,
    isFiniteNumber,
    (id) => `plan.durationsMs.${id} is not a number`,
  );
  const templateId = value.templateId;
  need(
    templateId === 'custom' || (TEMPLATE_IDS as readonly unknown[]).includes(templateId),
    'plan.templateId is unknown',
  );
  const texts = readFields(value, PLAN_TEXTS, isText, (key) => `plan.${key} is not text`);
  const coaches = value.coaches;
  need(
    Array.isArray(coaches) && coaches.length <= MAX_COACHES && coaches.every(isText),
    'plan.coaches is not a list of up to eight names',
  );
  return {
    templateId: templateId as Plan['templateId'],
    durationsMs,
    ...texts,
    coaches: [...coaches],
    ...readFields(value, PLAN_SWITCHES, isSwitch, (key) => `plan.${key} is not true or false`),
    ...readFields(value, PLAN_DURATIONS, isAmount, (key) => `plan.${key} is not a duration`),
  };
}

function readRecord(value: unknown, index: number): PhaseRecord {
  const where = `records[${index}]`;
  need(isObject(value), `${where} is not an object`);
  need(value.phaseId === PHASES[index]?.id, `${where}.phaseId is not ${PHASES[index]?.id}`);
  need(isTime(value.startedAt) && isTime(value.endedAt), `${where} has a bad start or end`);
  const spans = readFields(
    value,
    RECORD_SPANS,
    isSpan,
    (key) => `${where}.${key} is not a duration`,
  );
  const counts = readFields(
    value,
    RECORD_COUNTS,
    isCount,
    (key) => `${where}.${key} is not a count`,
  );
  need(
    isFiniteNumber(value.extensionMs) && Math.abs(value.extensionMs) <= MAX_PHASE_MS,
    `${where}.extensionMs is not a number of minutes a phase can take`,
  );
  return {
    phaseId: PHASES[index]!.id,
    startedAt: value.startedAt,
    endedAt: value.endedAt,
    ...spans,
    ...counts,
    extensionMs: value.extensionMs,
  };
}

function readHandover(value: unknown, coachCount: number): TurnHandover | null {
  if (value === null) return null;
  need(isObject(value), 'handover is not an object');
  need(
    isCount(value.turnIndex) && value.turnIndex <= coachCount && isSpan(value.atElapsedMs),
    'handover is malformed',
  );
  return { turnIndex: value.turnIndex, atElapsedMs: value.atElapsedMs };
}

function readGivenTurns(value: unknown): GivenTurn[] {
  // Saves from before people could change hold none.
  if (value === undefined) return [];
  need(
    Array.isArray(value) && value.length <= MAX_COACHES * PHASE_COUNT,
    'givenTurns is not a list',
  );
  return value.map((turn: unknown) => {
    need(
      isObject(turn) &&
        typeof turn.name === 'string' &&
        turn.name.length <= MAX_NAME_LENGTH &&
        isCount(turn.phaseEntry) &&
        isSpan(turn.fromMs) &&
        isSpan(turn.toMs) &&
        turn.fromMs <= turn.toMs,
      'a given turn is malformed',
    );
    const { name, phaseEntry, fromMs, toMs } = turn as unknown as GivenTurn;
    return { name, phaseEntry, fromMs, toMs };
  });
}

function readClinicId(value: unknown, clinicStartedAt: number | null): string | null {
  // Saves and files from before clinic ids are named by their start, as they were then.
  if (value === undefined) return clinicIdFromStart(clinicStartedAt);
  need(value === null || isClinicId(value), 'clinicId is bad');
  need((value === null) === (clinicStartedAt === null), 'clinicId does not fit the start');
  return value;
}

/** The setup form's rules on time and on the number of coaches: what the screens compute with. */
const TIME_AND_COUNT_RULES: ReadonlySet<PlanErrorCode> = new Set<PlanErrorCode>([
  'phaseTooShort',
  'phaseTooLong',
  'phaseNotANumber',
  'clinicTooLong',
  'wrapUpInvalid',
  'overtimeReminderInvalid',
  'tooFewCoaches',
  'tooManyCoaches',
]);

/**
 * A started clinic's plan passed the setup form's rules when it started: its times and its
 * number of coaches still must (a text the form would refuse is shown as text, and exported).
 */
function checkStartedPlan(plan: Plan): void {
  const error = validatePlan(plan).find(({ code }) => TIME_AND_COUNT_RULES.has(code));
  if (error) throw new Problem(`plan breaks a rule (${error.field}: ${error.code})`, error);
}

function readState(value: unknown): ClinicState {
  need(isObject(value), 'the clinic is not an object');
  need(STATUSES.includes(value.status as ClinicStatus), 'status is unknown');
  const status = value.status as ClinicStatus;
  need(isCount(value.phaseIndex) && value.phaseIndex < PHASE_COUNT, 'phaseIndex is not a phase');
  need(
    Array.isArray(value.records) && value.records.length === PHASE_COUNT,
    'records are not seven',
  );
  need(isTime(value.runningSince) && isTime(value.pausedSince), 'running or paused time is bad');
  need(isSpan(value.elapsedBeforeMs), 'elapsedBeforeMs is bad');
  need(isTime(value.clinicStartedAt) && isTime(value.clinicEndedAt), 'clinic start or end is bad');
  need(isCount(value.phaseEntry), 'phaseEntry is not a count');
  need(
    Array.isArray(value.firedCues) && value.firedCues.every((id) => typeof id === 'string'),
    'firedCues is not a list of ids',
  );
  // The timing fields must agree with the status, or the clock would be meaningless.
  need(
    (status === 'running') === (value.runningSince !== null),
    'runningSince does not fit status',
  );
  need((status === 'paused') === (value.pausedSince !== null), 'pausedSince does not fit status');
  need(status === 'setup' || value.clinicStartedAt !== null, 'a started clinic has no start time');
  const plan = readPlan(value.plan);
  if (status !== 'setup') checkStartedPlan(plan);
  const clinicStartedAt = value.clinicStartedAt as number | null;
  return {
    status,
    clinicId: readClinicId(value.clinicId, clinicStartedAt),
    plan,
    phaseIndex: value.phaseIndex,
    runningSince: value.runningSince as number | null,
    elapsedBeforeMs: value.elapsedBeforeMs,
    pausedSince: value.pausedSince as number | null,
    records: value.records.map(readRecord),
    clinicStartedAt,
    clinicEndedAt: value.clinicEndedAt as number | null,
    handover: readHandover(value.handover ?? null, plan.coaches.length),
    ...(value.givenTurns !== undefined && { givenTurns: readGivenTurns(value.givenTurns) }),
    phaseEntry: value.phaseEntry,
    firedCues: [...(value.firedCues as string[])],
  };
}

export function parseClinicState(value: unknown): ClinicParseResult {
  try {
    return { ok: true, value: readState(value) };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    const { message: problem, planError } = error;
    return planError ? { ok: false, problem, planError } : { ok: false, problem };
  }
}
