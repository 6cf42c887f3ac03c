// The arithmetic of "fit the rest to the end time", on plain numbers. Lengths are whole
// milliseconds. Only shrinking: a plan that already ends in time is left as it is.
//
// 1. Breaks go first, each towards its floor, in proportion to what each can give.
// 2. If the breaks at their floors are not enough, every phase shrinks by one common factor;
//    a phase that would fall below its floor stays at its floor and the others shrink further.
// 3. If even every floor does not fit, nothing is changed and the caller is told how much time
//    is missing.
// The results are whole seconds, except that one shrunk length carries the sub-second rest, so
// the lengths add up to the time available to the millisecond.

export interface FitItem {
  kind: 'phase' | 'break';
  lengthMs: number;
  floorMs: number;
  /** Fixed items (what already runs) keep their length and count against the time. */
  adjustable: boolean;
}

export type FitLengths = { ok: true; lengthsMs: number[] } | { ok: false; missingMs: number };

const SECOND_MS = 1000;

function slackOf(item: FitItem): number {
  return item.adjustable ? Math.max(0, item.lengthMs - Math.min(item.floorMs, item.lengthMs)) : 0;
}

/** Ideal (real-valued) shrinks of a group, in proportion to the slack of each: for the breaks. */
function proportionalShrinks(slacks: number[], totalMs: number): number[] {
  const sum = slacks.reduce((a, b) => a + b, 0);
  return slacks.map((slack) => (sum === 0 ? 0 : (totalMs * slack) / sum));
}

/**
 * Ideal shrinks of the phases: one factor k for all, L = max(floor, k * length). Phases whose
 * floor binds are set aside one by one, the most binding first, until k holds for the rest.
 */
function factorShrinks(items: FitItem[], totalMs: number): number[] {
  const target = items.reduce((sum, item) => sum + item.lengthMs, 0) - totalMs;
  const atFloor = new Set<number>();
  let factor = 1;
  for (;;) {
    let floors = 0;
    let free = 0;
    items.forEach((item, index) => {
      if (atFloor.has(index)) floors += Math.min(item.floorMs, item.lengthMs);
      else free += item.lengthMs;
    });
    factor = free === 0 ? 0 : (target - floors) / free;
    let binding = -1;
    let bindingRatio = factor;
    items.forEach((item, index) => {
      if (atFloor.has(index) || item.lengthMs === 0) return;
      const ratio = Math.min(item.floorMs, item.lengthMs) / item.lengthMs;
      if (ratio > bindingRatio) {
        binding = index;
        bindingRatio = ratio;
      }
    });
    if (binding < 0) break;
    atFloor.add(binding);
  }
  return items.map((item, index) =>
    atFloor.has(index)
      ? item.lengthMs - Math.min(item.floorMs, item.lengthMs)
      : item.lengthMs - item.lengthMs * factor,
  );
}

/**
 * Whole-second shrinks that add up to exactly `totalMs`, each within its slack and less than a
 * second from its ideal: all rounded down, then the largest remainders get a second more until
 * the total is reached, and the last of them gives back what that overshoots (under a second).
 */
function roundShrinks(ideal: number[], slacks: number[], totalMs: number): number[] {
  const shrinks = ideal.map((value, index) =>
    Math.min(slacks[index]!, Math.floor(Math.max(0, value) / SECOND_MS) * SECOND_MS),
  );
  let rest = totalMs - shrinks.reduce((a, b) => a + b, 0);
  const byRemainder = ideal
    .map((value, index) => ({ index, remainder: value - shrinks[index]! }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let lastBumped = -1;
  for (const { index } of byRemainder) {
    if (rest <= 0) break;
    const add = Math.min(slacks[index]! - shrinks[index]!, SECOND_MS);
    if (add <= 0) continue;
    shrinks[index]! += add;
    rest -= add;
    lastBumped = index;
  }
  if (rest < 0 && lastBumped >= 0) shrinks[lastBumped]! += rest;
  return shrinks;
}

/** Fits the items into `availableMs`; see the top of this file for the rules. */
export function fitLengths(items: FitItem[], availableMs: number): FitLengths {
  const total = items.reduce((sum, item) => sum + item.lengthMs, 0);
  const excess = total - availableMs;
  if (excess <= 0) return { ok: true, lengthsMs: items.map((item) => item.lengthMs) };
  const slacks = items.map(slackOf);
  const totalSlack = slacks.reduce((a, b) => a + b, 0);
  if (excess > totalSlack) return { ok: false, missingMs: excess - totalSlack };

  const isBreak = (item: FitItem) => item.adjustable && item.kind === 'break';
  const isPhase = (item: FitItem) => item.adjustable && item.kind === 'phase';
  const breakSlack = items.reduce((sum, item, i) => sum + (isBreak(item) ? slacks[i]! : 0), 0);
  const shrinks = items.map(() => 0);
  const group = (test: (item: FitItem) => boolean) =>
    items.flatMap((item, index) => (test(item) ? [index] : []));
  const apply = (indexes: number[], ideal: number[], groupTotal: number) => {
    const rounded = roundShrinks(
      ideal,
      indexes.map((i) => slacks[i]!),
      groupTotal,
    );
    indexes.forEach((itemIndex, k) => (shrinks[itemIndex] = rounded[k]!));
  };

  const breaks = group(isBreak);
  if (excess <= breakSlack) {
    apply(
      breaks,
      proportionalShrinks(
        breaks.map((i) => slacks[i]!),
        excess,
      ),
      excess,
    );
  } else {
    breaks.forEach((i) => (shrinks[i] = slacks[i]!));
    const phases = group(isPhase);
    const phaseExcess = excess - breakSlack;
    apply(
      phases,
      factorShrinks(
        phases.map((i) => items[i]!),
        phaseExcess,
      ),
      phaseExcess,
    );
  }
  return { ok: true, lengthsMs: items.map((item, i) => item.lengthMs - shrinks[i]!) };
}
