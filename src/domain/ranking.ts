// The PAR ranking as paths and tables: each unit's rank (and score) by year, with year-on-year changes.
import type { Observation, Provenance } from '../api/contract';
import { rankChange, yearOf, type RankChange } from './observations';

export type RankCell = {
  year: number;
  rank: Observation;
  score: Observation | null;
  /** Against the previous year; null in the first ranked year. */
  change: RankChange | null;
};

/** unit code → year → cell */
export type RankPaths = Map<string, Map<number, RankCell>>;

export function rankPaths(ranks: readonly Observation[], scores: readonly Observation[]): RankPaths {
  const scoreOf = new Map(scores.map((o) => [`${o.unitCode}|${yearOf(o)}`, o]));
  const paths: RankPaths = new Map();
  const sorted = [...ranks].sort((a, b) => yearOf(a) - yearOf(b));
  for (const rank of sorted) {
    const year = yearOf(rank);
    const path = paths.get(rank.unitCode) ?? new Map<number, RankCell>();
    const previous = path.get(year - 1);
    path.set(year, { year, rank, score: scoreOf.get(`${rank.unitCode}|${year}`) ?? null, change: previous ? rankChange(previous.rank, rank) : null });
    paths.set(rank.unitCode, path);
  }
  return paths;
}

export const rankedYears = (ranks: readonly Observation[]): number[] => [...new Set(ranks.map(yearOf))].sort((a, b) => a - b);

/** How many units were ranked each year ("of N"). */
export function rankedOfByYear(ranks: readonly Observation[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const o of ranks) out.set(yearOf(o), Math.max(out.get(yearOf(o)) ?? 0, o.rankedOf ?? 0));
  return out;
}

/** Pairs of units sharing a rank in a year: a broken ranking that must be flagged, not drawn silently. */
export function duplicateRanks(ranks: readonly Observation[]): { year: number; rank: number; unitCodes: string[] }[] {
  const groups = new Map<string, Observation[]>();
  for (const o of ranks) groups.set(`${yearOf(o)}|${o.value}`, [...(groups.get(`${yearOf(o)}|${o.value}`) ?? []), o]);
  return [...groups.values()].filter((g) => g.length > 1).map((g) => ({ year: yearOf(g[0]!), rank: g[0]!.value, unitCodes: g.map((o) => o.unitCode) }));
}

export type RankMetric = 'rank' | 'score';

/** One unit's path as points for a chart: the rank or the score, with each value's provenance. */
export function pathPoints(path: Map<number, RankCell> | undefined, metric: RankMetric): { x: number; value: number; provenance: Provenance }[] {
  if (!path) return [];
  return [...path.values()]
    .map((cell) => {
      const o = metric === 'rank' ? cell.rank : cell.score;
      return o ? { x: cell.year, value: o.value, provenance: o.provenance } : null;
    })
    .filter((p) => p !== null)
    .sort((a, b) => a.x - b.x);
}

export type RankTableSort = { column: 'rank' | 'unit' | 'change' | 'score' | 'provenance'; direction: 'ascending' | 'descending' };

const PROVENANCE_ORDER: Record<Provenance, number> = { reported: 0, derived: 1, illustrative: 2 };

/** A year's ranking table rows, sorted by a column; ties fall back to rank. */
export function rankTable(paths: RankPaths, year: number, names: ReadonlyMap<string, string>, sort: RankTableSort, locale: string): RankCell[] {
  const rows = [...paths.entries()].flatMap(([, path]) => (path.get(year) ? [path.get(year)!] : []));
  const collator = new Intl.Collator(locale);
  const key = (c: RankCell): number | string => {
    switch (sort.column) {
      case 'rank':
        return c.rank.value;
      case 'unit':
        return names.get(c.rank.unitCode) ?? c.rank.unitCode;
      case 'change':
        return c.change?.places ?? Number.NEGATIVE_INFINITY;
      case 'score':
        return c.score?.value ?? Number.NEGATIVE_INFINITY;
      case 'provenance':
        return PROVENANCE_ORDER[c.rank.provenance];
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const primary = typeof ka === 'string' && typeof kb === 'string' ? collator.compare(ka, kb) : (ka as number) - (kb as number);
    return sign * primary || a.rank.value - b.rank.value;
  });
}

export type PathSummary = {
  unitCode: string;
  /** First and last sourced (reported/derived) ranks in the shown years, if any. */
  sourced: { from: RankCell; to: RankCell } | null;
  /** First and last ranks shown, whatever their provenance. */
  shown: { from: RankCell; to: RankCell } | null;
  illustrativeYears: number[];
};

/** The facts a text summary of one unit's path states (its words are the interface's). */
export function summarisePath(unitCode: string, path: Map<number, RankCell> | undefined, years: readonly number[]): PathSummary {
  const cells = years.map((y) => path?.get(y)).filter((c) => c !== undefined);
  const sourced = cells.filter((c) => c.rank.provenance !== 'illustrative');
  return {
    unitCode,
    sourced: sourced.length ? { from: sourced[0]!, to: sourced.at(-1)! } : null,
    shown: cells.length ? { from: cells[0]!, to: cells.at(-1)! } : null,
    illustrativeYears: cells.filter((c) => c.rank.provenance === 'illustrative').map((c) => c.year),
  };
}

/**
 * Every rank for a province's 21 units (on a slide every other one: values are printed on the
 * points); for hundreds of units a few round ranks plus the last, or the labels become a smear.
 */
export function rankAxisTicks(maxRank: number, presenting: boolean): number[] {
  if (maxRank <= 30) return Array.from({ length: maxRank }, (_, i) => i + 1).filter((r) => !presenting || r % 2 === 1 || r === maxRank);
  const rough = maxRank / 8;
  const step = [5, 10, 20, 25, 50, 100, 200, 250, 500].find((s) => s >= rough) ?? 1000;
  const ticks = [1];
  for (let r = step; r < maxRank; r += step) if (maxRank - r >= step / 2) ticks.push(r);
  return [...ticks, maxRank];
}
