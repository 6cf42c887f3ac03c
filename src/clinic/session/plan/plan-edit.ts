import { PHASE_IDS } from '../../phases';
import { TEMPLATE_IDS, templateDurations, type Durations, type TemplateId } from '../../templates';
import {
  DEFAULT_BREAK_MS,
  MAX_CLINICS,
  MAX_GROUP,
  createClinicPlan,
  createSessionPlan,
  findClinic,
  type ClinicSettings,
  type FacilitatorMode,
  type SessionClinicPlan,
  type SessionPlan,
} from './session-plan';

// Edits of a session plan for the planner. Each returns a new plan, or the very same plan when
// the edit does not apply (an unknown id, a full group), so a caller can tell nothing changed.
// Rules that need a message (too few people, a missing case owner) are validatePlan's job.

/** A plan for a group where the first members each bring a case, in the group's order. */
export function planForGroup(
  names: string[],
  templateId: TemplateId = 'reverseMentoring',
  clinicCount = Math.min(names.length, MAX_CLINICS),
): SessionPlan {
  let plan = createSessionPlan();
  for (const name of names.slice(0, MAX_GROUP)) plan = addMember(plan, name);
  for (const member of plan.group.slice(0, Math.min(clinicCount, MAX_CLINICS))) {
    plan = addClinic(plan, member.id, templateId);
  }
  return plan;
}

export function addMember(plan: SessionPlan, name: string): SessionPlan {
  if (plan.group.length >= MAX_GROUP) return plan;
  return {
    ...plan,
    group: [...plan.group, { id: plan.nextMemberId, name }],
    nextMemberId: plan.nextMemberId + 1,
  };
}

export function renameMember(plan: SessionPlan, memberId: number, name: string): SessionPlan {
  const member = plan.group.find((m) => m.id === memberId);
  if (!member || member.name === name) return plan;
  return { ...plan, group: plan.group.map((m) => (m.id === memberId ? { ...m, name } : m)) };
}

/** Removes a member everywhere: their cases lose their owner, their sitting-out marks go. */
export function removeMember(plan: SessionPlan, memberId: number): SessionPlan {
  if (!plan.group.some((m) => m.id === memberId)) return plan;
  return {
    ...plan,
    group: plan.group.filter((m) => m.id !== memberId),
    clinics: plan.clinics.map((clinic) => ({
      ...clinic,
      caseOwnerId: clinic.caseOwnerId === memberId ? null : clinic.caseOwnerId,
      facilitatorId: clinic.facilitatorId === memberId ? null : clinic.facilitatorId,
      sittingOutIds: clinic.sittingOutIds.filter((id) => id !== memberId),
    })),
  };
}

/**
 * The group's names from a list (a template saved with names): members keep their place and id,
 * so each case keeps its owner; members past the list's end leave, names past the group's join.
 */
export function setGroupNames(plan: SessionPlan, names: string[]): SessionPlan {
  let next = plan;
  names.slice(0, MAX_GROUP).forEach((name, index) => {
    const member = next.group[index];
    next = member ? renameMember(next, member.id, name) : addMember(next, name);
  });
  for (const member of next.group.slice(names.length)) next = removeMember(next, member.id);
  return next;
}

/** Appends a clinic; it takes the timing of the clinic before it unless a template is given. */
export function addClinic(
  plan: SessionPlan,
  caseOwnerId: number | null,
  templateId?: TemplateId,
): SessionPlan {
  if (plan.clinics.length >= MAX_CLINICS) return plan;
  const previous = plan.clinics[plan.clinics.length - 1];
  const fresh = createClinicPlan(plan.nextClinicId, caseOwnerId, templateId);
  const clinic =
    templateId === undefined && previous
      ? { ...fresh, templateId: previous.templateId, durationsMs: { ...previous.durationsMs } }
      : fresh;
  const lastBreak = plan.breaksMs[plan.breaksMs.length - 1] ?? DEFAULT_BREAK_MS;
  return {
    ...plan,
    clinics: [...plan.clinics, clinic],
    breaksMs: plan.clinics.length === 0 ? [] : [...plan.breaksMs, lastBreak],
    nextClinicId: plan.nextClinicId + 1,
  };
}

/**
 * Takes a clinic out of the plan with one break: the one after it, or the one before the last.
 * Breaks belong to positions in the running order, so the breaks that remain keep their places.
 */
export function removeClinic(plan: SessionPlan, clinicId: number): SessionPlan {
  const index = plan.clinics.findIndex((clinic) => clinic.id === clinicId);
  if (index < 0) return plan;
  const gap = Math.min(index, plan.breaksMs.length - 1);
  return {
    ...plan,
    clinics: plan.clinics.filter((clinic) => clinic.id !== clinicId),
    breaksMs: plan.breaksMs.filter((_, i) => i !== gap),
  };
}

/** Moves a clinic to another place in the running order; the breaks stay where they are. */
export function moveClinic(plan: SessionPlan, clinicId: number, toIndex: number): SessionPlan {
  const from = plan.clinics.findIndex((clinic) => clinic.id === clinicId);
  const to = Math.max(0, Math.min(plan.clinics.length - 1, Math.trunc(toIndex)));
  if (from < 0 || from === to || !Number.isFinite(toIndex)) return plan;
  const clinics = plan.clinics.filter((clinic) => clinic.id !== clinicId);
  clinics.splice(to, 0, plan.clinics[from]!);
  return { ...plan, clinics };
}

/** A patch without its undefined keys, so `{ caseTitle: undefined }` changes nothing. */
function definedOnly<T extends object>(patch: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

export type ClinicPatch = Partial<
  Pick<SessionClinicPlan, 'caseOwnerId' | 'caseTitle' | 'helpWanted' | 'facilitatorId'>
>;

function withClinic(
  plan: SessionPlan,
  clinicId: number,
  update: (clinic: SessionClinicPlan) => SessionClinicPlan,
): SessionPlan {
  const clinic = findClinic(plan, clinicId);
  if (!clinic) return plan;
  const updated = update(clinic);
  if (updated === clinic) return plan;
  return { ...plan, clinics: plan.clinics.map((c) => (c.id === clinicId ? updated : c)) };
}

export function updateClinic(plan: SessionPlan, clinicId: number, patch: ClinicPatch): SessionPlan {
  return withClinic(plan, clinicId, (clinic) => {
    const keys = Object.keys(patch) as Array<keyof ClinicPatch>;
    if (keys.every((key) => patch[key] === undefined || patch[key] === clinic[key])) return clinic;
    const next = { ...clinic, ...definedOnly(patch) };
    // The case owner never coaches their own case, so they cannot be marked as sitting out.
    return { ...next, sittingOutIds: next.sittingOutIds.filter((id) => id !== next.caseOwnerId) };
  });
}

/** Marks a member as sitting one clinic out, or back in; the case owner is never a coach. */
export function setSittingOut(
  plan: SessionPlan,
  clinicId: number,
  memberId: number,
  sittingOut: boolean,
): SessionPlan {
  if (!plan.group.some((m) => m.id === memberId)) return plan;
  return withClinic(plan, clinicId, (clinic) => {
    const isOut = clinic.sittingOutIds.includes(memberId);
    if (isOut === sittingOut || memberId === clinic.caseOwnerId) return clinic;
    const sittingOutIds = sittingOut
      ? [...clinic.sittingOutIds, memberId]
      : clinic.sittingOutIds.filter((id) => id !== memberId);
    return { ...clinic, sittingOutIds };
  });
}

/** The built-in template whose lengths these are, or 'custom'. */
export function templateIdOf(durationsMs: Durations): TemplateId | 'custom' {
  const match = TEMPLATE_IDS.find((id) => {
    const template = templateDurations(id);
    return PHASE_IDS.every((phaseId) => template[phaseId] === durationsMs[phaseId]);
  });
  return match ?? 'custom';
}

/** Gives a clinic a built-in template's lengths, or the user's own (named 'custom'). */
export function setClinicTiming(
  plan: SessionPlan,
  clinicId: number,
  timing: TemplateId | Durations,
): SessionPlan {
  const durationsMs = typeof timing === 'string' ? templateDurations(timing) : { ...timing };
  return withClinic(plan, clinicId, (clinic) => ({
    ...clinic,
    durationsMs,
    templateId: typeof timing === 'string' ? timing : templateIdOf(durationsMs),
  }));
}

/** The same break between every two clinics. */
export function setAllBreaks(plan: SessionPlan, ms: number): SessionPlan {
  if (plan.breaksMs.every((breakMs) => breakMs === ms)) return plan;
  return { ...plan, breaksMs: plan.breaksMs.map(() => ms) };
}

export function setBreak(plan: SessionPlan, gapIndex: number, ms: number): SessionPlan {
  if (plan.breaksMs[gapIndex] === undefined || plan.breaksMs[gapIndex] === ms) return plan;
  return { ...plan, breaksMs: plan.breaksMs.map((breakMs, i) => (i === gapIndex ? ms : breakMs)) };
}

/** The break every gap has, or null when they differ (after a fit) or there is no gap. */
export function commonBreakMs(plan: SessionPlan): number | null {
  const first = plan.breaksMs[0];
  return first !== undefined && plan.breaksMs.every((ms) => ms === first) ? first : null;
}

export function setFacilitator(
  plan: SessionPlan,
  mode: FacilitatorMode,
  name = plan.facilitatorName,
): SessionPlan {
  if (plan.facilitatorMode === mode && plan.facilitatorName === name) return plan;
  return { ...plan, facilitatorMode: mode, facilitatorName: name };
}

export function setEndBy(plan: SessionPlan, endBy: number | null): SessionPlan {
  return plan.endBy === endBy ? plan : { ...plan, endBy };
}

export function updateSettings(plan: SessionPlan, patch: Partial<ClinicSettings>): SessionPlan {
  const keys = Object.keys(patch) as Array<keyof ClinicSettings>;
  if (keys.every((key) => patch[key] === undefined || patch[key] === plan.settings[key])) {
    return plan;
  }
  return { ...plan, settings: { ...plan.settings, ...definedOnly(patch) } };
}
