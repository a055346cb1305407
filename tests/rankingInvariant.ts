// The rule every ranking year must keep, shared by the seed's and the nationwide data set's tests:
// each unit that existed at the year's end ranked exactly once, ranks 1..N, "of N" = N.
import { expect } from 'vitest';
import type { Observation } from '../src/api/contract';

export function expectTrueRanking(ranks: readonly Observation[], unitCodesThatExisted: readonly string[]): void {
  const expected = [...unitCodesThatExisted].sort();
  expect(ranks.map((o) => o.unitCode).sort()).toEqual(expected);
  expect(ranks.map((o) => o.value).sort((a, b) => a - b)).toEqual(expected.map((_, i) => i + 1));
  expect(new Set(ranks.map((o) => o.rankedOf))).toEqual(new Set([expected.length]));
}
