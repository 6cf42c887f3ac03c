// Types for scripts/bench/judge.mjs, which tests/scripts/bench.test.ts imports.
export interface TrueClock {
  runningSince: number;
  elapsedBeforeMs: number;
  plannedMs: number;
}

export interface FrameReading {
  frameAt: number;
  text: string | null;
}

export interface FrameJudgement {
  firstFrameDriftMs: number | null;
  firstFrameAfterMs: number | null;
  rightAtFrame: number | null;
  rightAfterMs: number | null;
  wrongAfterFirstFrameMs: number | null;
  staysRight: boolean;
  rightWithinAFrame: boolean;
  frames: { afterMs: number; shown: string | null; driftMs: number | null }[];
}

export function parseShownSeconds(text: string | null | undefined): number | null;
export function trueRemainingMs(clock: TrueClock, at: number): number;
export function trueBoundaryFor(clock: TrueClock, shownSeconds: number): number;
export function driftMs(clock: TrueClock, text: string | null, at: number): number | null;
export const FRAME_MS: number;
export const NEXT_FRAME_MS: number;
export const LAG_TOLERANCE_MS: number;
export function isRight(drift: number | null): boolean;
export function judgeFrames(
  clock: TrueClock,
  endedAt: number,
  readings: FrameReading[],
): FrameJudgement;
