// What publishing does to the observations: a published value takes the place of the one it
// replaces, a new one goes at the end, and nothing else moves.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/api/contract';
import { mergeObservations } from '../../src/domain/publication';

const rank = (unitCode: string, year: number, value: number, provenance: Observation['provenance'] = 'illustrative'): Observation => ({
  unitCode,
  indicatorId: 'par_rank',
  period: { start: `${year}-01`, end: `${year}-12` },
  value,
  rankedOf: 21,
  provenance,
  sourceId: provenance === 'illustrative' ? null : 'qd-1048-2023',
  quote: null,
  note: null,
});

describe('mergeObservations', () => {
  it('replaces the value of the same indicator, unit and period in its place and adds new ones at the end', () => {
    const current = [rank('412', 2022, 1), rank('414', 2022, 8), rank('425', 2022, 2)];
    const merged = mergeObservations(current, [rank('426', 2022, 5, 'reported'), rank('414', 2022, 7, 'reported')]);
    expect(merged).toEqual([rank('412', 2022, 1), rank('414', 2022, 7, 'reported'), rank('425', 2022, 2), rank('426', 2022, 5, 'reported')]);
  });

  it('keeps other years of the same unit', () => {
    expect(mergeObservations([rank('414', 2021, 9)], [rank('414', 2022, 7, 'reported')])).toEqual([rank('414', 2021, 9), rank('414', 2022, 7, 'reported')]);
  });
});
