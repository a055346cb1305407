// The ranking view's data at one level: every unit's PAR rank and score by year, with names and
// sources. District-level units are ranked 2019–2024 and the communes and wards from 2025: never
// in one chart, since no unit runs across the break.
import type { Observation, Source, Unit } from '../../api/contract';
import { carrySelection, CHART_LEVELS, indexUnits, resolveLevel, type ChartLevel } from '../../domain/lineage';
import { duplicateRanks, rankedOfByYear, rankedYears, rankPaths, type RankPaths } from '../../domain/ranking';
import type { ViewData } from '../../queries/combine';
import { useObservationView } from '../../queries/useObservationView';
import { useViewState } from '../../routing/useViewState';

/** The ranking view's observations: one query (and cache entry) for chart, table and slides. */
export const RANKING_QUERY = { indicators: ['par_rank', 'par_score'] } as const;

export type RankingData = {
  units: Unit[];
  names: Map<string, string>;
  /** The level shown, and the first year of each level the data ranks (for the break's explanation). */
  level: ChartLevel;
  firstYearOf: Map<ChartLevel, { year: number; rankedOf: number }>;
  /** Codes chosen at either level, as the units they stand for at this one. */
  atLevel: (codes: readonly string[]) => string[];
  paths: RankPaths;
  years: number[];
  rankedOf: Map<number, number>;
  duplicates: ReturnType<typeof duplicateRanks>;
  sources: Source[];
};

const shapeAt =
  (chosen: ChartLevel | null) =>
  (units: Unit[], sources: Source[], observations: Observation[]): RankingData => {
    const index = indexUnits(units);
    const level = resolveLevel(chosen, units);
    const levelOf = (o: Observation) => index.get(o.unitCode)?.level;
    const firstYearOf = new Map<ChartLevel, { year: number; rankedOf: number }>();
    for (const l of CHART_LEVELS) {
      const ranks = observations.filter((o) => o.indicatorId === 'par_rank' && levelOf(o) === l);
      const first = rankedYears(ranks)[0];
      if (first !== undefined) firstYearOf.set(l, { year: first, rankedOf: rankedOfByYear(ranks).get(first) ?? 0 });
    }
    const here = observations.filter((o) => levelOf(o) === level);
    const ranks = here.filter((o) => o.indicatorId === 'par_rank');
    const scores = here.filter((o) => o.indicatorId === 'par_score');
    const used = new Set(here.map((o) => o.sourceId));
    return {
      units,
      names: new Map(units.map((u) => [u.code, u.name])),
      level,
      firstYearOf,
      atLevel: (codes) => carrySelection(codes, level, units, index),
      paths: rankPaths(ranks, scores),
      years: rankedYears(ranks),
      rankedOf: rankedOfByYear(ranks),
      // Flagged whatever the level shown: a broken ranking must not hide behind the other level.
      duplicates: CHART_LEVELS.flatMap((l) => duplicateRanks(observations.filter((o) => o.indicatorId === 'par_rank' && levelOf(o) === l))),
      sources: sources.filter((s) => used.has(s.id)),
    };
  };

/** Defined once per choice, so that each level's shaped data is kept between renders. */
const SHAPES = { default: shapeAt(null), district: shapeAt('district'), commune: shapeAt('commune') } as const;

/** At the level chosen in the URL, or at `level` (a unit's profile charts the unit's own level). */
export const useRanking = (level?: ChartLevel): ViewData<RankingData> => {
  const chosen = useViewState().state.level;
  return useObservationView(RANKING_QUERY, SHAPES[level ?? chosen ?? 'default']);
};
