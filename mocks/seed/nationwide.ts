// A nationwide-scale synthetic data set (~700 district-level units × 10 years), every figure
// illustrative, to benchmark and try the views at the scale of the whole country: `?dataset=nationwide`.
import type { Observation, Unit } from '../../src/api/contract';
import { events } from './events';
import { rankYear, scoresForRanks } from './illustrative';
import { indicators } from './indicators';
import { between, seededRandom, type Random } from './random';
import { sources } from './sources';
import { existedAtEndOf, PROVINCE_CODE, provinceAndDistricts } from './units';
import type { Seed } from './index';

export const NATIONWIDE_YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
/** Roughly the number of district-level units Vietnam had before the level was abolished. */
export const NATIONWIDE_UNIT_COUNT = 700;
/**
 * Investment is generated from 2020 only: `investment_projects_cumulative` counts from Jan 2020 by
 * definition, and district figures before 2020 would not be charted (the views start in 2020).
 */
export const NATIONWIDE_INVESTMENT_YEARS = [2020, 2021, 2022, 2023, 2024] as const;

const DISTRICT_LEVEL_ENDED = '2025-06-30';

const illustrative = (unitCode: string, indicatorId: string, start: string, end: string, value: number, rankedOf: number | null = null): Observation => ({
  unitCode,
  indicatorId,
  period: { start, end },
  value,
  rankedOf,
  provenance: 'illustrative',
  sourceId: null,
  quote: null,
  // No note: the provenance says it, and the same sentence on 21,000 observations was half of the
  // payload (the ranking's answer: 4.1 MB with it, 2.6 MB without).
  note: null,
});

/**
 * Nghệ An's own 21 units keep their codes and names (so links such as `/units/414` and the default
 * unit keep working); the rest are numbered stand-ins on the free three-digit GSO-like codes, typed
 * roughly as the country's units are (about one in ten a city, one in twelve a town). A name is
 * bare, as the seed's are ("Thái Hòa"): the app prefixes the type itself ("Huyện Số 123").
 */
export function nationwideUnits(count: number, random: Random): Unit[] {
  // The data set has no commune-level units, so a change naming them is left out of its lineage.
  const known = new Set(provinceAndDistricts.map((u) => u.code));
  const ngheAnUnits = provinceAndDistricts.map((u) => ({
    ...u,
    lineage: u.lineage.filter((change) => [...change.before, ...change.after].every((code) => known.has(code))),
  }));
  const taken = new Set(ngheAnUnits.map((u) => u.code.padStart(3, '0')));
  const synthetic: Unit[] = [];
  for (let n = 1; synthetic.length < count - (ngheAnUnits.length - 1) && n <= 99_999; n++) {
    const code = String(n).padStart(3, '0');
    if (taken.has(code)) continue;
    const draw = random();
    const type: Unit['type'] = draw < 0.1 ? 'city' : draw < 0.18 ? 'town' : 'district';
    synthetic.push({
      code,
      name: `Số ${code}`,
      type,
      level: 'district',
      parentCode: PROVINCE_CODE,
      validFrom: null,
      validTo: DISTRICT_LEVEL_ENDED,
      successorCode: null,
      lineage: [],
    });
  }
  return [...ngheAnUnits, ...synthetic];
}

/** Each year ranks every unit that existed at its end exactly once (1..N), scores falling with rank. */
function rankings(units: readonly Unit[], random: Random): Observation[] {
  // A standing per unit (cities and towns a little ahead), plus a bounded random walk per year:
  // paths drift by tens of places among hundreds, they do not jump from top to bottom.
  const standing = new Map(units.map((u) => [u.code, between(random, 0, 100) + (u.type === 'city' ? 15 : u.type === 'town' ? 8 : 0)]));
  const drift = new Map(units.map((u) => [u.code, 0]));
  const out: Observation[] = [];
  NATIONWIDE_YEARS.forEach((year, i) => {
    const ranked = units.filter((u) => existedAtEndOf(u, year)).map((u) => u.code);
    for (const code of ranked) drift.set(code, Math.max(-15, Math.min(15, drift.get(code)! + between(random, -6, 6))));
    const ranks = rankYear(ranked, new Map(), [], (code) => standing.get(code)! + drift.get(code)!);
    // Scores rise a little over the decade, as the provincial PAR scores did.
    const top = 86 + i * 0.5 + between(random, 0, 1.5);
    const bottom = 66 + i * 0.8 + between(random, 0, 2);
    const scores = scoresForRanks(ranked.length, Math.round(top * 100) / 100, Math.round(bottom * 100) / 100, random);
    const [start, end] = [`${year}-01`, `${year}-12`];
    for (const code of ranked) {
      const rank = ranks.get(code)!;
      out.push(illustrative(code, 'par_rank', start, end, rank, ranked.length));
      out.push(illustrative(code, 'par_score', start, end, scores[rank - 1]!));
    }
  });
  return out;
}

/** Projects per year and since Jan 2020, for each year a unit existed at the end of. */
function investment(units: readonly Unit[], random: Random): Observation[] {
  return units.flatMap((u) => {
    const [low, high] = u.type === 'city' ? [10, 30] : u.type === 'town' ? [3, 10] : [0, 7];
    let total = 0;
    return NATIONWIDE_INVESTMENT_YEARS.filter((year) => existedAtEndOf(u, year)).flatMap((year) => {
      const value = Math.round(between(random, low, high));
      total += value;
      return [
        illustrative(u.code, 'investment_projects', `${year}-01`, `${year}-12`, value),
        illustrative(u.code, 'investment_projects_cumulative', '2020-01', `${year}-12`, total),
      ];
    });
  });
}

/** The province's own rank among 63 and score, so that the overview's province chart has a field. */
function province(random: Random): Observation[] {
  let rank = 20;
  return NATIONWIDE_YEARS.flatMap((year, i) => {
    rank = Math.max(1, Math.min(63, Math.round(rank + between(random, -6, 6))));
    const score = Math.round((78 + i * 0.9 + between(random, -1.5, 1.5)) * 100) / 100;
    return [
      illustrative(PROVINCE_CODE, 'province_par_rank', `${year}-01`, `${year}-12`, rank, 63),
      illustrative(PROVINCE_CODE, 'province_par_score', `${year}-01`, `${year}-12`, score),
    ];
  });
}

export type NationwideOptions = { unitCount?: number; seed?: number };

/** Builds the data set; the same options give the same data on every run. */
export function buildNationwideSeed({ unitCount = NATIONWIDE_UNIT_COUNT, seed = 700 }: NationwideOptions = {}): Seed {
  const random = seededRandom(seed);
  const units = nationwideUnits(unitCount, random);
  const district = units.filter((u) => u.parentCode === PROVINCE_CODE);
  return {
    units,
    indicators,
    // Sources and events stay as in the seed: the events name Nghệ An's real units, which are kept.
    sources,
    events,
    observations: [...rankings(district, random), ...investment(district, random), ...province(random)],
  };
}

let cached: Seed | null = null;
/** The default nationwide data set, built once on first use (about 21,000 observations). */
export const nationwideSeed = (): Seed => (cached ??= buildNationwideSeed());
