import { PHASE_COUNT, PHASE_IDS, PHASES } from './phases';
import { TEMPLATE_IDS, type Plan } from './templates';
import type { ClinicState, ClinicStatus, PhaseRecord, TurnHandover } from './state';

// Data read back from storage or a file is untrusted: every field is checked for type and range
// before it becomes a ClinicState. The result says what was wrong instead of throwing.

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: string };

type Json = Record<string, unknown>;

const STATUSES: readonly ClinicStatus[] = ['setup', 'running', 'paused', 'finished'];

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
function isTime(value: unknown): value is number | null {
  return value === null || isFiniteNumber(value);
}
function isCount(value: unknown): value is number {
  return isFiniteNumber(value) && Number.isInteger(value) && value >= 0;
}

class Problem extends Error {}

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
    Array.isArray(value.coaches) && value.coaches.every((name) => typeof name === 'string'),
    'plan.coaches is not a list of names',
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
  for (const key of [
    'activeMs',
    'pausedMs',
    'clockElapsedMs',
    'pauseCount',
    'visits',
    'restarts',
  ]) {
    need(
      isFiniteNumber(value[key]) && (value[key] as number) >= 0,
      `${where}.${key} is not a count`,
    );
  }
  need(isFiniteNumber(value.extensionMs), `${where}.extensionMs is not a number`);
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

function readHandover(value: unknown): TurnHandover | null {
  if (value === null) return null;
  need(isObject(value), 'handover is not an object');
  need(isCount(value.turnIndex) && isFiniteNumber(value.atElapsedMs), 'handover is malformed');
  return { turnIndex: value.turnIndex, atElapsedMs: value.atElapsedMs };
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
  need(
    isFiniteNumber(value.elapsedBeforeMs) && value.elapsedBeforeMs >= 0,
    'elapsedBeforeMs is bad',
  );
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
  return {
    status,
    plan: readPlan(value.plan),
    phaseIndex: value.phaseIndex,
    runningSince: value.runningSince as number | null,
    elapsedBeforeMs: value.elapsedBeforeMs,
    pausedSince: value.pausedSince as number | null,
    records: value.records.map(readRecord),
    clinicStartedAt: value.clinicStartedAt as number | null,
    clinicEndedAt: value.clinicEndedAt as number | null,
    handover: readHandover(value.handover ?? null),
    phaseEntry: value.phaseEntry,
    firedCues: [...(value.firedCues as string[])],
  };
}

export function parseClinicState(value: unknown): ParseResult<ClinicState> {
  try {
    return { ok: true, value: readState(value) };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.message };
    throw error;
  }
}
