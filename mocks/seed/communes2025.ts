// The communes' and wards' figures since 1 Jul 2025, all illustrative: no source gives a
// commune-level PAR Index for 2025 or commune investment counts, so they are generated here,
// deterministically, and marked so. Nothing here stands in for a reported figure.
import type { Observation, Unit } from '../../src/api/contract';
import { ILLUSTRATIVE_NOTE, scoresForRanks, standing } from './illustrative';
import { between, seededRandom } from './random';

export const COMMUNE_PAR_YEAR = 2025;
/** 2026 counts run to October: the last full month before the data set was made (Nov 2026). */
export const COMMUNE_INVESTMENT_PERIODS = [
  { start: '2025-07', end: '2025-12' },
  { start: '2026-01', end: '2026-10' },
] as const;

const illustrative = (
  unitCode: string,
  indicatorId: string,
  period: { start: string; end: string },
  value: number,
  rankedOf: number | null = null,
): Observation => ({
  unitCode,
  indicatorId,
  period,
  value,
  rankedOf,
  provenance: 'illustrative',
  sourceId: null,
  quote: null,
  note: ILLUSTRATIVE_NOTE,
});

export type CommuneInputs = {
  communes: readonly Unit[];
  formerDistrictOf: ReadonlyMap<string, string>;
  seed?: number;
};

/**
 * 2025's ranking of the communes and wards: a permutation of 1..N, wards and the units on the
 * former city's and coastal districts' land a little ahead, as the district ranks were.
 */
export function communeRankings({ communes, formerDistrictOf, seed = 2025 }: CommuneInputs): Observation[] {
  const random = seededRandom(seed);
  const strength = new Map(
    communes.map((u) => [u.code, (standing[formerDistrictOf.get(u.code) ?? ''] ?? 5) + (u.type === 'ward' ? 1.5 : 0) + between(random, -2.5, 2.5)]),
  );
  const order = [...communes].sort((a, b) => strength.get(b.code)! - strength.get(a.code)! || a.code.localeCompare(b.code));
  const scores = scoresForRanks(order.length, 91.2, 72.4, random);
  const period = { start: `${COMMUNE_PAR_YEAR}-01`, end: `${COMMUNE_PAR_YEAR}-12` };
  return order.flatMap((u, i) => [illustrative(u.code, 'par_rank', period, i + 1, order.length), illustrative(u.code, 'par_score', period, scores[i]!)]);
}

/** New investment projects per commune or ward in each period since the reform: a few a year, more in wards. */
export function communeInvestment({ communes, seed = 2026 }: Omit<CommuneInputs, 'formerDistrictOf'>): Observation[] {
  const random = seededRandom(seed);
  return communes.flatMap((u) =>
    COMMUNE_INVESTMENT_PERIODS.map((period) => {
      const months = (Number(period.end.slice(0, 4)) - Number(period.start.slice(0, 4))) * 12 + Number(period.end.slice(5)) - Number(period.start.slice(5)) + 1;
      const [low, high] = u.type === 'ward' ? [3, 9] : [0, 3];
      return illustrative(u.code, 'investment_projects', period, Math.round((between(random, low, high) * months) / 12));
    }),
  );
}
