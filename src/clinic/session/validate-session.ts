import { isPhaseId, PHASE_IDS } from '../phases';
import type { ClinicState } from '../state';
import { TEMPLATE_IDS, type Durations } from '../templates';
import { parseClinicState, type ParseResult } from '../validate-state';
import { MAX_CLINICS, MAX_GROUP } from './plan/session-plan';
import type { GroupMember, SessionClinicPlan, SessionPlan } from './plan/session-plan';
import type { BreakRecord, FitChange, SessionState, SessionStatus } from './state';

// A session read back from storage or a file is untrusted: every field is checked for type and
// range, each clinic by the single clinic's own reader, and the parts must agree with the
// status (a break under way has a break record without an end, and so on). The answer says what
// was wrong instead of throwing.

type Json = Record<string, unknown>;
const STATUSES: readonly SessionStatus[] = ['planning', 'clinic', 'break', 'finished'];
// Far above a real session; keeps a hostile file from making the reader loop for long.
const MAX_LIST = 100;

class Problem extends Error {}
function need(condition: unknown, problem: string): asserts condition {
  if (!condition) throw new Problem(problem);
}
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
const isMs = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTime = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isSafeInteger(value));
const isIdOrNull = (value: unknown): value is number | null => value === null || isId(value);

function list(value: unknown, where: string, max = MAX_LIST): unknown[] {
  need(Array.isArray(value) && value.length <= max, `${where} is not a list`);
  return value;
}

function readDurations(value: unknown, where: string): Durations {
  need(isObject(value), `${where} is not an object`);
  for (const id of PHASE_IDS) need(isMs(value[id]), `${where}.${id} is not a duration`);
  return Object.fromEntries(PHASE_IDS.map((id) => [id, value[id]])) as Durations;
}

function readClinicPlan(value: unknown, where: string): SessionClinicPlan {
  need(isObject(value), `${where} is not an object`);
  need(isId(value.id), `${where}.id is not an id`);
  need(isIdOrNull(value.caseOwnerId), `${where}.caseOwnerId is not an id`);
  need(isIdOrNull(value.facilitatorId), `${where}.facilitatorId is not an id`);
  need(typeof value.caseTitle === 'string', `${where}.caseTitle is not text`);
  need(typeof value.helpWanted === 'string', `${where}.helpWanted is not text`);
  const sittingOutIds = list(value.sittingOutIds, `${where}.sittingOutIds`, MAX_GROUP);
  need(sittingOutIds.every(isId), `${where}.sittingOutIds is not a list of ids`);
  const templateId = value.templateId;
  need(
    templateId === 'custom' || (TEMPLATE_IDS as readonly unknown[]).includes(templateId),
    `${where}.templateId is unknown`,
  );
  return {
    id: value.id,
    caseOwnerId: value.caseOwnerId,
    caseTitle: value.caseTitle,
    helpWanted: value.helpWanted,
    sittingOutIds: sittingOutIds as number[],
    facilitatorId: value.facilitatorId,
    templateId: templateId as SessionClinicPlan['templateId'],
    durationsMs: readDurations(value.durationsMs, `${where}.durationsMs`),
  };
}

function readMember(value: unknown, index: number): GroupMember {
  need(isObject(value) && isId(value.id), `group[${index}] has no id`);
  need(typeof value.name === 'string', `group[${index}].name is not text`);
  return { id: value.id, name: value.name };
}

function readPlan(value: unknown, where: string): SessionPlan {
  need(isObject(value), `${where} is not an object`);
  const group = list(value.group, `${where}.group`, MAX_GROUP).map(readMember);
  const clinics = list(value.clinics, `${where}.clinics`, MAX_CLINICS).map((clinic, index) =>
    readClinicPlan(clinic, `${where}.clinics[${index}]`),
  );
  need(new Set(group.map((m) => m.id)).size === group.length, `${where}.group repeats an id`);
  need(new Set(clinics.map((c) => c.id)).size === clinics.length, `${where} repeats a clinic id`);
  need(
    ['fixed', 'rotating'].includes(value.facilitatorMode as string),
    `${where}.facilitatorMode is unknown`,
  );
  need(typeof value.facilitatorName === 'string', `${where}.facilitatorName is not text`);
  const breaksMs = list(value.breaksMs, `${where}.breaksMs`, MAX_CLINICS);
  need(breaksMs.every(isMs), `${where}.breaksMs is not a list of durations`);
  need(isTime(value.endBy), `${where}.endBy is not an instant`);
  const settings = value.settings;
  need(isObject(settings), `${where}.settings is not an object`);
  need(typeof settings.showConfidentiality === 'boolean', `${where}.settings are malformed`);
  need(typeof settings.stillnessEndsAutomatically === 'boolean', `${where}.settings are malformed`);
  need(typeof settings.confidentialityText === 'string', `${where}.settings are malformed`);
  need(
    isMs(settings.wrapUpMs) && isMs(settings.overtimeReminderMs),
    `${where}.settings are malformed`,
  );
  need(isId(value.nextMemberId) && isId(value.nextClinicId), `${where} has no next ids`);
  return {
    group,
    clinics,
    facilitatorMode: value.facilitatorMode as SessionPlan['facilitatorMode'],
    facilitatorName: value.facilitatorName,
    breaksMs: breaksMs as number[],
    endBy: value.endBy,
    settings: {
      showConfidentiality: settings.showConfidentiality,
      confidentialityText: settings.confidentialityText,
      stillnessEndsAutomatically: settings.stillnessEndsAutomatically,
      wrapUpMs: settings.wrapUpMs,
      overtimeReminderMs: settings.overtimeReminderMs,
    },
    nextMemberId: Math.max(value.nextMemberId, ...group.map((m) => m.id + 1)),
    nextClinicId: Math.max(value.nextClinicId, ...clinics.map((c) => c.id + 1)),
  };
}

function readBreak(value: unknown, index: number): BreakRecord {
  const where = `breaks[${index}]`;
  need(isObject(value), `${where} is not an object`);
  need(isId(value.afterClinicId) && isIdOrNull(value.beforeClinicId), `${where} names no clinic`);
  need(isTime(value.startedAt) && value.startedAt !== null, `${where}.startedAt is not an instant`);
  need(isTime(value.endedAt), `${where}.endedAt is not an instant`);
  need(
    value.endedAt === null || value.endedAt >= value.startedAt,
    `${where} ends before it starts`,
  );
  need(isMs(value.plannedMs) && isMs(value.lengthenedMs), `${where} has a bad length`);
  return {
    afterClinicId: value.afterClinicId,
    beforeClinicId: value.beforeClinicId,
    startedAt: value.startedAt,
    endedAt: value.endedAt,
    plannedMs: value.plannedMs,
    lengthenedMs: value.lengthenedMs,
  };
}

function readChange(value: unknown, index: number, single = false): FitChange {
  const where = `lastFit[${index}]`;
  need(isObject(value) && isObject(value.key), `${where} is not an object`);
  const key = value.key;
  need(
    isMs(value.beforeMs) && isMs(value.afterMs) && isMs(value.floorMs),
    `${where} has a bad length`,
  );
  const lengths = { beforeMs: value.beforeMs, afterMs: value.afterMs, floorMs: value.floorMs };
  if (key.kind === 'break') {
    need(
      typeof key.gapIndex === 'number' && Number.isSafeInteger(key.gapIndex) && key.gapIndex >= 0,
      `${where} names no break`,
    );
    return { key: { kind: 'break', gapIndex: key.gapIndex }, ...lengths };
  }
  need(
    // A single clinic's fit names its clinic 0.
    key.kind === 'phase' &&
      (isId(key.clinicId) || (single && key.clinicId === 0)) &&
      isPhaseId(key.phaseId),
    `${where} names no phase`,
  );
  return { key: { kind: 'phase', clinicId: key.clinicId, phaseId: key.phaseId }, ...lengths };
}

function readRun(value: unknown, index: number): ClinicState {
  const result = parseClinicState(value);
  need(result.ok, `runs[${index}]: ${result.ok ? '' : result.problem}`);
  need(result.value.status !== 'setup', `runs[${index}] never started`);
  return result.value;
}

/** The parts must agree with the status, or the session could not go on from here. */
function checkShape(state: SessionState): void {
  const { status, runs, breaks, plan } = state;
  const finishedRuns = runs.slice(0, -1).every((run) => run.status === 'finished');
  const last = runs[runs.length - 1];
  need(runs.length <= plan.clinics.length, 'more clinics ran than the plan holds');
  need(
    breaks.slice(0, -1).every((b) => b.endedAt !== null),
    'an earlier break never ended',
  );
  if (status === 'planning') {
    need(
      runs.length === 0 && breaks.length === 0 && state.startedAt === null,
      'a plan has a record',
    );
    return;
  }
  need(
    state.startedAt !== null && state.startPlan !== null && last,
    'a started session has no start',
  );
  need(finishedRuns, 'an earlier clinic never finished');
  if (status === 'clinic') {
    need(
      breaks.length === runs.length - 1 && state.endedAt === null,
      'the breaks do not fit the clinic',
    );
    need(
      breaks.every((b) => b.endedAt !== null),
      'a break is still running in a clinic',
    );
  } else if (status === 'break') {
    need(
      last.status === 'finished' && breaks.length === runs.length,
      'the break follows no clinic',
    );
    need(
      breaks[breaks.length - 1]!.endedAt === null && state.endedAt === null,
      'the break has ended',
    );
    need(runs.length < plan.clinics.length, 'the break leads to no clinic');
  } else {
    need(state.endedAt !== null && last.status === 'finished', 'a finished session has no end');
    need(
      breaks.length >= runs.length - 1 && breaks.length <= runs.length,
      'the breaks do not fit the clinics',
    );
    need(
      breaks.every((b) => b.endedAt !== null),
      'a break of a finished session never ended',
    );
  }
}

function readSession(value: unknown): SessionState {
  need(isObject(value), 'the session is not an object');
  need(STATUSES.includes(value.status as SessionStatus), 'status is unknown');
  need(isTime(value.startedAt) && isTime(value.endedAt), 'session start or end is bad');
  const fired = list(value.breakFiredCues, 'breakFiredCues');
  need(
    fired.every((id) => typeof id === 'string'),
    'breakFiredCues is not a list of ids',
  );
  const state: SessionState = {
    status: value.status as SessionStatus,
    plan: readPlan(value.plan, 'plan'),
    startPlan: value.startPlan === null ? null : readPlan(value.startPlan, 'startPlan'),
    runs: list(value.runs, 'runs', MAX_CLINICS).map(readRun),
    breaks: list(value.breaks, 'breaks', MAX_CLINICS).map(readBreak),
    dropped: list(value.dropped, 'dropped', MAX_CLINICS).map((c, i) =>
      readClinicPlan(c, `dropped[${i}]`),
    ),
    startedAt: value.startedAt,
    endedAt: value.endedAt,
    lastFit:
      value.lastFit === null
        ? null
        : list(value.lastFit, 'lastFit', 7 * MAX_CLINICS + MAX_CLINICS).map((c, i) =>
            readChange(c, i),
          ),
    breakFiredCues: fired as string[],
  };
  checkShape(state);
  return state;
}

export function parseSessionState(value: unknown): ParseResult<SessionState> {
  try {
    return { ok: true, value: readSession(value) };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.message };
    throw error;
  }
}

/** A fit's changes on their own (a single clinic's fit, kept so it can be undone). */
export function parseFitChanges(value: unknown): ParseResult<FitChange[]> {
  try {
    return { ok: true, value: list(value, 'lastFit', 7).map((c, i) => readChange(c, i, true)) };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.message };
    throw error;
  }
}
