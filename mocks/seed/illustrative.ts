// Generates every value no source gives, marked "illustrative": deterministic, and consistent with
// what is reported (known ranks stay in place, scores follow ranks, sums stay under known totals).
import type { Observation, Unit } from '../../src/api/contract';
import { between, seededRandom, type Random } from './random';

export const PAR_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

/** A set of units known to hold a set of ranks, in an order the source does not give. */
export type RankGroup = { unitCodes: readonly string[]; ranks: readonly number[] };

export const ILLUSTRATIVE_NOTE = {
  vi: 'Số liệu minh họa, không do nguồn nào công bố.',
  en: 'Illustrative value: not published by any source.',
};

/**
 * A plausible standing for each unit (higher = better), for units no source ranks: the
 * provincial city and the coastal plain lead, the western highlands trail, as in the reported years.
 */
export const standing: Record<string, number> = {
  '412': 10,
  '425': 9,
  '429': 8.8,
  '421': 8.5,
  '432': 8,
  '413': 6,
  '414': 6.5,
  '427': 7,
  '426': 6.8,
  '430': 6.6,
  '431': 6.4,
  '428': 6,
  '419': 5.8,
  '423': 5.5,
  '420': 5.4,
  '422': 4.8,
  '424': 4.2,
  '416': 4.5,
  '415': 4.3,
  '418': 3.8,
  '417': 3.5,
};

/**
 * One year's ranking: every unit exactly once, ranks 1..N, each known rank and group in place,
 * the free units ordered by their standing plus this year's noise.
 */
export function rankYear(
  unitCodes: readonly string[],
  known: ReadonlyMap<string, number>,
  groups: readonly RankGroup[],
  strength: (code: string) => number,
): Map<string, number> {
  const result = new Map<string, number>();
  const takenRanks = new Set<number>();
  for (const [code, rank] of known) {
    result.set(code, rank);
    takenRanks.add(rank);
  }
  const byStrength = (a: string, b: string) => strength(b) - strength(a);
  for (const group of groups) {
    const ranks = [...group.ranks].sort((a, b) => a - b);
    [...group.unitCodes].sort(byStrength).forEach((code, i) => {
      result.set(code, ranks[i]!);
      takenRanks.add(ranks[i]!);
    });
  }
  const freeRanks = unitCodes.map((_, i) => i + 1).filter((r) => !takenRanks.has(r));
  const freeUnits = unitCodes.filter((c) => !result.has(c)).sort(byStrength);
  freeUnits.forEach((code, i) => result.set(code, freeRanks[i]!));
  return result;
}

/** Scores that fall strictly as rank worsens, between the year's top and bottom scores. */
export function scoresForRanks(count: number, top: number, bottom: number, random: Random): number[] {
  const inner = Array.from({ length: count - 2 }, () => between(random, bottom + 0.05, top - 0.05)).sort((a, b) => b - a);
  const scores = [top, ...inner, bottom].map((s) => Math.round(s * 100) / 100);
  // Rounding can make neighbours equal; nudge so that a better rank always has a higher score.
  for (let i = 1; i < scores.length - 1; i++) {
    if (scores[i]! >= scores[i - 1]!) scores[i] = Math.round((scores[i - 1]! - 0.01) * 100) / 100;
  }
  return scores;
}

/** The top and bottom score of each year; 2021's are reported (Vinh 84.76, Anh Sơn 79.01). */
const scoreRange: Record<number, [number, number]> = {
  2019: [83.42, 74.18],
  2020: [84.1, 76.35],
  2021: [84.76, 79.01],
  2022: [86.05, 79.6],
  2023: [87.3, 80.12],
  2024: [88.14, 80.9],
};

export type RankingInputs = {
  units: readonly Unit[];
  existedAtEndOf: (u: Unit, year: number) => boolean;
  knownRanks: readonly Observation[];
  knownScores: readonly Observation[];
  groups: ReadonlyMap<number, RankGroup[]>;
  seed?: number;
};

/**
 * Where a unit is expected to rank in a year: its reported rank in the nearest year that has one
 * (so illustrative years continue a reported path instead of jumping away from it), else its
 * place by standing.
 */
function expectedRank(code: string, year: number, known: readonly Observation[], standingRank: ReadonlyMap<string, number>): number {
  const own = known.filter((o) => o.unitCode === code);
  if (own.length === 0) return standingRank.get(code) ?? standingRank.size;
  const distance = (o: Observation) => Math.abs(Number(o.period.start.slice(0, 4)) - year);
  const nearest = Math.min(...own.map(distance));
  const closest = own.filter((o) => distance(o) === nearest);
  return closest.reduce((sum, o) => sum + o.value, 0) / closest.length;
}

export function illustrativeRankings({ units, existedAtEndOf, knownRanks, knownScores, groups, seed = 2022 }: RankingInputs): Observation[] {
  const random = seededRandom(seed);
  const standingRank = new Map([...units].sort((a, b) => (standing[b.code] ?? 5) - (standing[a.code] ?? 5)).map((u, i) => [u.code, i + 1]));
  // A bounded random walk per unit: illustrative paths drift a few places, they do not jump.
  const drift = new Map(units.map((u) => [u.code, 0]));
  const out: Observation[] = [];
  for (const year of PAR_YEARS) {
    const ranked = units.filter((u) => existedAtEndOf(u, year)).map((u) => u.code);
    const period = { start: `${year}-01`, end: `${year}-12` };
    const known = new Map(knownRanks.filter((o) => o.period.start === period.start).map((o) => [o.unitCode, o.value]));
    for (const code of ranked) drift.set(code, Math.max(-3, Math.min(3, (drift.get(code) ?? 0) + between(random, -1.5, 1.5))));
    const strength = (c: string) => -(expectedRank(c, year, knownRanks, standingRank) + (drift.get(c) ?? 0));
    const ranks = rankYear(ranked, known, groups.get(year) ?? [], strength);

    const [top, bottom] = scoreRange[year] ?? [85, 78];
    const scores = scoresForRanks(ranked.length, top, bottom, random);
    for (const [code, rank] of ranks) {
      if (!known.has(code)) {
        out.push({
          unitCode: code,
          indicatorId: 'par_rank',
          period,
          value: rank,
          rankedOf: ranked.length,
          provenance: 'illustrative',
          sourceId: null,
          quote: null,
          note: ILLUSTRATIVE_NOTE,
        });
      }
      const scoreKnown = knownScores.some((o) => o.unitCode === code && o.period.start === period.start);
      if (!scoreKnown) {
        out.push({
          unitCode: code,
          indicatorId: 'par_score',
          period,
          value: scores[rank - 1]!,
          rankedOf: null,
          provenance: 'illustrative',
          sourceId: null,
          quote: null,
          note: ILLUSTRATIVE_NOTE,
        });
      }
    }
  }
  return out;
}

/** Rough yearly project counts by kind of place: the city most, the western highlands fewest. */
const projectRate = (u: Unit, highlands: ReadonlySet<string>): [number, number] =>
  u.type === 'city' ? [14, 24] : u.type === 'town' ? [4, 9] : highlands.has(u.code) ? [0, 3] : [2, 8];

const HIGHLANDS = new Set(['415', '416', '417', '418', '422']);
/** Thái Hòa's periods are reported or derived; it gets no illustrative split. */
const WITHOUT_ILLUSTRATIVE_PROJECTS = new Set(['414']);

export type InvestmentInputs = {
  units: readonly Unit[];
  /** Projects already accounted for in Jan–May 2022 (reported), and the province's total then. */
  reportedJanMay2022: number;
  provinceJanMay2022: number;
  seed?: number;
};

export function illustrativeInvestment({ units, reportedJanMay2022, provinceJanMay2022, seed = 2020 }: InvestmentInputs): Observation[] {
  const random = seededRandom(seed);
  const periods = [
    { start: '2020-01', end: '2020-12', months: 12 },
    { start: '2021-01', end: '2021-12', months: 12 },
    { start: '2022-01', end: '2022-05', months: 5 },
  ];
  const counts = units
    .filter((u) => !WITHOUT_ILLUSTRATIVE_PROJECTS.has(u.code))
    .map((u) => {
      const [low, high] = projectRate(u, HIGHLANDS);
      return { code: u.code, values: periods.map((p) => Math.round((between(random, low, high) * p.months) / 12)) };
    });
  // The units' Jan–May 2022 projects must fit inside the province's reported total for that time.
  const room = provinceJanMay2022 - reportedJanMay2022;
  const partial = counts.reduce((sum, c) => sum + c.values[2]!, 0);
  if (partial > room) for (const c of counts) c.values[2] = Math.floor((c.values[2]! * room) / partial);

  const illustrative = (unitCode: string, indicatorId: string, start: string, end: string, value: number): Observation => ({
    unitCode,
    indicatorId,
    period: { start, end },
    value,
    rankedOf: null,
    provenance: 'illustrative',
    sourceId: null,
    quote: null,
    note: ILLUSTRATIVE_NOTE,
  });
  return counts.flatMap(({ code, values }) => {
    let total = 0;
    return periods.flatMap((p, i) => {
      total += values[i]!;
      return [
        illustrative(code, 'investment_projects', p.start, p.end, values[i]!),
        illustrative(code, 'investment_projects_cumulative', '2020-01', p.end, total),
      ];
    });
  });
}
