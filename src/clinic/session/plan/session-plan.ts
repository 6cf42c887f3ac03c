import {
  MINUTE_MS,
  createPlan,
  templateDurations,
  type Durations,
  type Plan,
  type TemplateId,
} from '../../templates';

// A session: one group that runs several clinics in a row, each member taking a turn as case
// owner, with a break between clinics. People are entered once and referred to by a stable id,
// so renaming someone renames them in every clinic at once.

export const MIN_GROUP = 3;
export const MAX_GROUP = 9;
export const MIN_CLINICS = 1;
export const MAX_CLINICS = 6;
export const MAX_BREAK_MS = 60 * MINUTE_MS;
export const DEFAULT_BREAK_MS = 10 * MINUTE_MS;

export interface GroupMember {
  id: number;
  name: string;
}

/** One clinic of the session, in running order. */
export interface SessionClinicPlan {
  /** Stable within the session: reordering, skipping and fitting keep it. */
  id: number;
  caseOwnerId: number | null;
  /** May stay empty until the clinic's own roles phase. */
  caseTitle: string;
  helpWanted: string;
  /** Members who sit this clinic out; every other member but the case owner coaches. */
  sittingOutIds: number[];
  /** The facilitator of this clinic when the facilitator rotates. */
  facilitatorId: number | null;
  templateId: TemplateId | 'custom';
  durationsMs: Durations;
}

/** What every clinic of the session shares with a single clinic's plan. */
export type ClinicSettings = Pick<
  Plan,
  | 'showConfidentiality'
  | 'confidentialityText'
  | 'stillnessEndsAutomatically'
  | 'wrapUpMs'
  | 'overtimeReminderMs'
>;

export type FacilitatorMode = 'fixed' | 'rotating';

export interface SessionPlan {
  group: GroupMember[];
  clinics: SessionClinicPlan[];
  facilitatorMode: FacilitatorMode;
  /** The facilitator's name when fixed; they need not be in the group. */
  facilitatorName: string;
  /** breaksMs[i] is the break after clinics[i]: one fewer than the clinics. */
  breaksMs: number[];
  /** Epoch ms the session must be over by; null for none. */
  endBy: number | null;
  settings: ClinicSettings;
  nextMemberId: number;
  nextClinicId: number;
}

export function defaultSettings(): ClinicSettings {
  const {
    showConfidentiality,
    confidentialityText,
    stillnessEndsAutomatically,
    wrapUpMs,
    overtimeReminderMs,
  } = createPlan();
  return {
    showConfidentiality,
    confidentialityText,
    stillnessEndsAutomatically,
    wrapUpMs,
    overtimeReminderMs,
  };
}

export function createSessionPlan(): SessionPlan {
  return {
    group: [],
    clinics: [],
    facilitatorMode: 'fixed',
    facilitatorName: '',
    breaksMs: [],
    endBy: null,
    settings: defaultSettings(),
    nextMemberId: 1,
    nextClinicId: 1,
  };
}

export function createClinicPlan(
  id: number,
  caseOwnerId: number | null,
  templateId: TemplateId = 'reverseMentoring',
): SessionClinicPlan {
  return {
    id,
    caseOwnerId,
    caseTitle: '',
    helpWanted: '',
    sittingOutIds: [],
    facilitatorId: null,
    templateId,
    durationsMs: templateDurations(templateId),
  };
}

export function memberName(plan: SessionPlan, id: number | null): string {
  return plan.group.find((member) => member.id === id)?.name ?? '';
}

export function findClinic(plan: SessionPlan, clinicId: number): SessionClinicPlan | undefined {
  return plan.clinics.find((clinic) => clinic.id === clinicId);
}

/** The coaches of a clinic: the group in its order, less the case owner and who sits out. */
export function coachesOf(plan: SessionPlan, clinic: SessionClinicPlan): string[] {
  return plan.group
    .filter(
      (member) => member.id !== clinic.caseOwnerId && !clinic.sittingOutIds.includes(member.id),
    )
    .map((member) => member.name);
}

export function facilitatorOf(plan: SessionPlan, clinic: SessionClinicPlan): string {
  return plan.facilitatorMode === 'fixed'
    ? plan.facilitatorName
    : memberName(plan, clinic.facilitatorId);
}

/** The single clinic's plan for one clinic of the session: what its own machine runs. */
export function clinicPlanOf(plan: SessionPlan, clinic: SessionClinicPlan): Plan {
  return {
    ...plan.settings,
    templateId: clinic.templateId,
    durationsMs: { ...clinic.durationsMs },
    caseTitle: clinic.caseTitle,
    helpWanted: clinic.helpWanted,
    caseOwner: memberName(plan, clinic.caseOwnerId),
    coaches: coachesOf(plan, clinic),
    facilitator: facilitatorOf(plan, clinic),
  };
}
