import { PHASE_COUNT, PHASE_IDS, PHASES } from './phases';
import {
  MAX_COACHES,
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

function readPlan(value: unknown): Plan {
  need(isObject(value), 'plan is not an object');
  const durations = value.durationsMs;
  need(isObject(durations), 'plan.durationsMs is not an object');
  for (const id of PHASE_IDS) {
    need(isFiniteNumber(durations[id]), `plan.durationsMs.${id} is not a number`);
  }
  const templateId = value.templateId;
  need(
    templateId === 'custom' || (TEMPLATE_IDS as readonly unknown[]).includes(templateId),
    'plan.templateId is unknown',
  );
  for (const key of [
    'caseTitle',
    'helpWanted',
    'caseOwner',
    'facilitator',
    'confidentialityText',
  ]) {
    need(typeof value[key] === 'string', `plan.${key} is not text`);
  }
  need(
    Array.isArray(value.coaches) &&
      value.coaches.length <= MAX_COACHES &&
      value.coaches.every((name) => typeof name === 'string'),
    'plan.coaches is not a list of up to eight names',
  );
  for (const key of ['showConfidentiality', 'stillnessEndsAutomatically']) {
    need(typeof value[key] === 'boolean', `plan.${key} is not true or false`);
  }
  for (const key of ['wrapUpMs', 'overtimeReminderMs']) {
    need(
      isFiniteNumber(value[key]) && (value[key] as number) >= 0,
      `plan.${key} is not a duration`,
    );
  }
  return {
    templateId: templateId as Plan['templateId'],
    durationsMs: Object.fromEntries(
      PHASE_IDS.map((id) => [id, durations[id]]),
    ) as Plan['durationsMs'],
    caseTitle: value.caseTitle as string,
    helpWanted: value.helpWanted as string,
    caseOwner: value.caseOwner as string,
    coaches: [...(value.coaches as string[])],
    facilitator: value.facilitator as string,
    showConfidentiality: value.showConfidentiality as boolean,
    confidentialityText: value.confidentialityText as string,
    stillnessEndsAutomatically: value.stillnessEndsAutomatically as boolean,
    wrapUpMs: value.wrapUpMs as number,
    overtimeReminderMs: value.overtimeReminderMs as number,
  };
}

function readRecord(value: unknown, index: number): PhaseRecord {
  const where = `records[${index}]`;
  need(isObject(value), `${where} is not an object`);
  need(value.phaseId === PHASES[index]?.id, `${where}.phaseId is not ${PHASES[index]?.id}`);
  need(isTime(value.startedAt) && isTime(value.endedAt), `${where} has a bad start or end`);
  for (const key of ['activeMs', 'pausedMs', 'clockElapsedMs']) {
    need(isSpan(value[key]), `${where}.${key} is not a duration`);
  }
  for (const key of ['pauseCount', 'visits', 'restarts']) {
    need(isCount(value[key]), `${where}.${key} is not a count`);
  }
  need(
    isFiniteNumber(value.extensionMs) && Math.abs(value.extensionMs) <= MAX_PHASE_MS,
    `${where}.extensionMs is not a number of minutes a phase can take`,
  );
  return {
    phaseId: PHASES[index]!.id,
    startedAt: value.startedAt as number | null,
    endedAt: value.endedAt as number | null,
    activeMs: value.activeMs as number,
    pausedMs: value.pausedMs as number,
    pauseCount: value.pauseCount as number,
    extensionMs: value.extensionMs as number,
    clockElapsedMs: value.clockElapsedMs as number,
    visits: value.visits as number,
    restarts: value.restarts as number,
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
