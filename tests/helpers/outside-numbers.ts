import fc from 'fast-check';
import { LATEST_INSTANT } from '@/clinic/instants';

// Numbers as they come from outside the app (a file, the device's storage): random ones and the
// boundaries that broke screens before, for the property tests of the validators.

/** Year 0, the last instant a browser can show (year 275760) and one past it. */
export const YEAR_0 = Date.parse('0000-01-01T00:00:00.000Z');
export const YEAR_275760 = 8_640_000_000_000_000;

export const BOUNDARY_NUMBERS: readonly number[] = [
  YEAR_0,
  YEAR_275760,
  YEAR_275760 + 1,
  LATEST_INSTANT,
  LATEST_INSTANT + 1,
  -1,
  -0.5,
  0,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e20,
  -1e20,
  -60_000,
  2 ** 53,
  Number.MAX_VALUE,
];

/** Any number, boundaries often; JSON turns NaN and the infinities into null, as a file would. */
export const outsideNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...BOUNDARY_NUMBERS) },
    { weight: 1, arbitrary: fc.integer({ min: -(2 ** 53), max: 2 ** 53 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer({ min: -10_000_000, max: 10_000_000 }) },
  );

/** Dates as an export file writes them, far and near, valid or not. */
export const outsideDateText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      '0000-01-01T00:00:00.000Z',
      '+275760-09-13T00:00:00.000Z',
      '-000001-01-01T00:00:00.000Z',
      '+010000-01-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      'not a date',
    ),
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  );

type Json = unknown;

/** Every path in a JSON value that leads to a number. */
export function numberPaths(value: Json, at: Array<string | number> = []): Array<typeof at> {
  if (typeof value === 'number') return [at];
  if (Array.isArray(value))
    return value.flatMap((item, index) => numberPaths(item, [...at, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => numberPaths(item, [...at, key]));
  }
  return [];
}

/** A deep copy of `value` with the number at `path` replaced. */
export function withNumber(value: Json, path: Array<string | number>, number: number): Json {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = number;
  return copy;
}

function numberAt(value: Json, path: Array<string | number>): number {
  return path.reduce<Json>(
    (node, key) => (node as Record<string | number, Json>)[key],
    value,
  ) as number;
}

/**
 * Up to three numbers of `value` replaced: by a number from outside, or by one near the old
 * value (a few units, a minute, up to four months off), which the validator should often accept.
 */
export function mutatedNumbers(value: Json): fc.Arbitrary<Json> {
  const paths = numberPaths(value);
  const delta = fc.oneof(
    fc.integer({ min: -3, max: 3 }),
    fc.integer({ min: -60_000, max: 60_000 }),
    fc.integer({ min: -1e10, max: 1e10 }),
  );
  const near = (path: Array<string | number>) => delta.map((by) => numberAt(value, path) + by);
  const change = fc
    .constantFrom(...paths)
    .chain((path) => fc.tuple(fc.constant(path), fc.oneof(outsideNumber(), near(path))));
  return fc
    .array(change, { minLength: 1, maxLength: 3 })
    .map((changes) =>
      changes.reduce((current, [path, number]) => withNumber(current, path, number), value),
    );
}
