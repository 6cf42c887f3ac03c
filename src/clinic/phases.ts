// The seven phases of a case clinic (see shared METHOD.md). Texts live in the locales;
// the domain only knows ids and who may speak.

export const PHASE_IDS = [
  'roles',
  'presentation',
  'clarification',
  'stillness',
  'mirroring',
  'dialogue',
  'closing',
] as const;

export type PhaseId = (typeof PHASE_IDS)[number];

/** Who has the floor in a phase; the UI turns this into "Case owner only" and the like. */
export type Speakers =
  | 'everyone'
  | 'caseOwnerOnly'
  | 'coachesAskOwnerAnswers'
  | 'nobody'
  | 'coachesOneAtATime'
  | 'coachesThenOwner';

export interface PhaseDefinition {
  id: PhaseId;
  speakers: Speakers;
}

export const PHASES: readonly PhaseDefinition[] = [
  { id: 'roles', speakers: 'everyone' },
  { id: 'presentation', speakers: 'caseOwnerOnly' },
  { id: 'clarification', speakers: 'coachesAskOwnerAnswers' },
  { id: 'stillness', speakers: 'nobody' },
  { id: 'mirroring', speakers: 'coachesOneAtATime' },
  { id: 'dialogue', speakers: 'everyone' },
  { id: 'closing', speakers: 'coachesThenOwner' },
];

export const PHASE_COUNT = PHASES.length;

export function phaseAt(index: number): PhaseDefinition {
  const phase = PHASES[index];
  if (!phase) throw new RangeError(`No phase at index ${index}`);
  return phase;
}

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && (PHASE_IDS as readonly string[]).includes(value);
}

/** i18n keys of a phase's texts, so callers never assemble key strings by hand. */
export function phaseTextKeys(id: PhaseId) {
  return {
    name: `phase.${id}.name`,
    prompt: `phase.${id}.prompt`,
    hint: `phase.${id}.hint`,
  } as const;
}
