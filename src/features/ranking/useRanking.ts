// The ranking view's data: every unit's PAR rank and score by year, with names and sources.
import type { Observation, Source, Unit } from '../../api/contract';
import { duplicateRanks, rankedOfByYear, rankedYears, rankPaths, type RankPaths } from '../../domain/ranking';
import type { ViewData } from '../../queries/combine';
import { useObservationView } from '../../queries/useObservationView';

/** The ranking view's observations: one query (and cache entry) for chart, table and slides. */
export const RANKING_QUERY = { indicators: ['par_rank', 'par_score'] } as const;

export type RankingData = {
  units: Unit[];
  names: Map<string, string>;
  paths: RankPaths;
  years: number[];
  rankedOf: Map<number, number>;
  duplicates: ReturnType<typeof duplicateRanks>;
  sources: Source[];
};

function shape(units: Unit[], sources: Source[], observations: Observation[]): RankingData {
  const districtLevel = new Set(units.filter((u) => u.level === 'district').map((u) => u.code));
  const ranks = observations.filter((o) => o.indicatorId === 'par_rank' && districtLevel.has(o.unitCode));
  const scores = observations.filter((o) => o.indicatorId === 'par_score' && districtLevel.has(o.unitCode));
  const used = new Set(observations.map((o) => o.sourceId));
  return {
    units,
    names: new Map(units.map((u) => [u.code, u.name])),
    paths: rankPaths(ranks, scores),
    years: rankedYears(ranks),
    rankedOf: rankedOfByYear(ranks),
    duplicates: duplicateRanks(ranks),
    sources: sources.filter((s) => used.has(s.id)),
  };
}

export const useRanking = (): ViewData<RankingData> => useObservationView(RANKING_QUERY, shape);
