import { describe, expect, it } from 'vitest';
import { parseSessionState } from '@/clinic/session/validate-session';
import type { SessionState } from '@/clinic/session/state';
import { MINUTE, NEXT, T0, plannedSession, runSession } from './fixtures';

const planning = () => plannedSession('standard', { endBy: T0 + 200 * MINUTE });
const inClinic = () =>
  runSession(planning(), [
    [0, { type: 'start' }],
    [5 * MINUTE, NEXT],
    [6 * MINUTE, { type: 'fitToEnd' }],
  ]);
const inBreak = () => runSession(inClinic(), [[70 * MINUTE, { type: 'finishClinic' }]]);
const finished = () =>
  runSession(inBreak(), [
    [75 * MINUTE, { type: 'skipCase', clinicId: 3, mode: 'drop' }],
    [80 * MINUTE, { type: 'finishSession' }],
  ]);

/** Through JSON, as storage and files carry it. */
const stored = (state: SessionState): unknown => JSON.parse(JSON.stringify(state));

describe('reading a saved session back', () => {
  it.each([
    ['planning', planning],
    ['a clinic', inClinic],
    ['a break', inBreak],
    ['finished', finished],
  ])('gives back exactly the session saved in %s', (_, make) => {
    const state = make();
    expect(parseSessionState(stored(state))).toEqual({ ok: true, value: state });
  });

  it('holds what the fixtures promise: a fit to undo, a dropped case', () => {
    expect(inClinic().lastFit).not.toBeNull();
    expect(finished().dropped).toHaveLength(1);
  });

  const damage: Array<[string, () => unknown, string]> = [
    ['not an object', () => [], 'the session is not an object'],
    ['an unknown status', () => ({ ...inClinic(), status: 'lunch' }), 'status is unknown'],
    [
      'a break still running in a clinic',
      () => ({ ...inBreak(), status: 'clinic' }),
      'the breaks do not fit the clinic',
    ],
    [
      'a break that has ended while it should run',
      () => {
        const state = inBreak();
        return { ...state, breaks: [{ ...state.breaks[0]!, endedAt: T0 + 71 * MINUTE }] };
      },
      'the break has ended',
    ],
    [
      'a break that ends before it starts',
      () => {
        const state = finished();
        return { ...state, breaks: [{ ...state.breaks[0]!, endedAt: T0 }] };
      },
      'breaks[0] ends before it starts',
    ],
    [
      'a clinic that never started',
      () => {
        const state = inClinic();
        return { ...state, runs: [{ ...state.runs[0]!, status: 'setup', runningSince: null }] };
      },
      'runs[0] never started',
    ],
    [
      'a damaged clinic',
      () => {
        const state = inClinic();
        return { ...state, runs: [{ ...state.runs[0]!, records: [] }] };
      },
      'runs[0]: records are not seven',
    ],
    [
      'a group with a repeated id',
      () => {
        const state = planning();
        return {
          ...state,
          plan: { ...state.plan, group: [...state.plan.group, state.plan.group[0]] },
        };
      },
      'plan.group repeats an id',
    ],
    [
      'a duration as text',
      () => {
        const state = planning();
        const clinic = {
          ...state.plan.clinics[0]!,
          durationsMs: { ...state.plan.clinics[0]!.durationsMs, roles: '5' },
        };
        return { ...state, plan: { ...state.plan, clinics: [clinic] } };
      },
      'plan.clinics[0].durationsMs.roles is not a duration',
    ],
    [
      'a fit naming no phase',
      () => {
        const state = inClinic();
        return {
          ...state,
          lastFit: [
            { ...state.lastFit![0]!, key: { kind: 'phase', clinicId: 1, phaseId: 'lunch' } },
          ],
        };
      },
      'lastFit[0] names no phase',
    ],
    [
      'a planning session with a record',
      () => ({ ...planning(), runs: inClinic().runs }),
      'a plan has a record',
    ],
    [
      'a finished session without an end',
      () => ({ ...finished(), endedAt: null }),
      'a finished session has no end',
    ],
  ];

  it.each(damage)('refuses %s, saying what is wrong', (_, make, problem) => {
    expect(parseSessionState(make())).toEqual({ ok: false, problem });
  });

  it('repairs next ids that would repeat an existing one', () => {
    const state = planning();
    const parsed = parseSessionState({
      ...(stored(state) as object),
      plan: { ...state.plan, nextMemberId: 1, nextClinicId: 2 },
    });
    expect(parsed.ok && parsed.value.plan.nextMemberId).toBe(6);
    expect(parsed.ok && parsed.value.plan.nextClinicId).toBe(4);
  });
});
