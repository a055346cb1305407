// The Overview's choices: which figure to headline, and how a change is computed and labelled.
import { describe, expect, it } from 'vitest';
import type { Observation, Provenance } from '../../src/api/contract';
import { combinedProvenance, headlineObservation, rankKpi } from '../../src/domain/observations';

const rank = (year: number, value: number, provenance: Provenance): Observation => ({
  unitCode: '414',
  indicatorId: 'par_rank',
  period: { start: `${year}-01`, end: `${year}-12` },
  value,
  rankedOf: 21,
  provenance,
  sourceId: provenance === 'illustrative' ? null : 'src',
  quote: null,
  note: null,
});

describe('rankKpi', () => {
  const series = [rank(2019, 17, 'reported'), rank(2020, 9, 'reported'), rank(2021, 9, 'reported'), rank(2022, 6, 'illustrative')];

  it('headlines the latest reported rank, not a later illustrative one', () => {
    const kpi = rankKpi(series)!;
    expect(kpi.latest).toMatchObject({ value: 9, period: { start: '2021-01' } });
    expect(kpi.laterIllustrative).toBe(true);
  });

  it('counts places gained since the first year as derived: 17 → 9 is up 8', () => {
    expect(rankKpi(series)!.sinceFirst).toMatchObject({ places: 8, provenance: 'derived' });
  });

  it('falls back to the latest illustrative rank, and calls its change illustrative', () => {
    const kpi = rankKpi([rank(2019, 5, 'illustrative'), rank(2020, 7, 'illustrative')])!;
    expect(kpi.latest.value).toBe(7);
    expect(kpi.sinceFirst).toMatchObject({ places: -2, provenance: 'illustrative' });
  });

  it('has no change for a single year and nothing for no data', () => {
    expect(rankKpi([rank(2019, 5, 'reported')])!.sinceFirst).toBeNull();
    expect(rankKpi([])).toBeNull();
    expect(headlineObservation([])).toBeNull();
  });
});

describe('combinedProvenance', () => {
  it('is illustrative if any input is, derived otherwise', () => {
    expect(combinedProvenance('reported', 'reported')).toBe('derived');
    expect(combinedProvenance('reported', 'illustrative')).toBe('illustrative');
  });
});
