// The Overview's data: one unit's headline PAR rank and investment figures, with their sources.
import { useQuery } from '@tanstack/react-query';
import type { Observation, Source, Unit } from '../../api/contract';
import { headlineObservation, rankKpi, seriesOf, type RankKpi } from '../../domain/observations';
import { unitByCode } from '../../domain/units';
import { combineQueries } from '../../queries/combine';
import { observationQueries, referenceQueries } from '../../queries';

export const OVERVIEW_INDICATORS = ['par_rank', 'investment_projects', 'investment_projects_cumulative'] as const;

export type OverviewData = {
  unit: Unit;
  rank: RankKpi | null;
  projectsLatest: Observation | null;
  projectsCumulative: Observation | null;
  sourceOf: (o: Observation) => Source | undefined;
};

export function useOverview(unitCode: string) {
  const combined = combineQueries([
    useQuery(referenceQueries.units()),
    useQuery(referenceQueries.sources()),
    useQuery(observationQueries.list({ indicators: OVERVIEW_INDICATORS, units: [unitCode] })),
  ] as const);
  if (combined.status !== 'success') return combined;
  const [units, sources, observations] = combined.data;
  const unit = unitByCode(units, unitCode);
  if (!unit) return { status: 'empty' as const };
  const data: OverviewData = {
    unit,
    rank: rankKpi(seriesOf(observations, unitCode, 'par_rank')),
    projectsLatest: headlineObservation(seriesOf(observations, unitCode, 'investment_projects')),
    projectsCumulative: headlineObservation(seriesOf(observations, unitCode, 'investment_projects_cumulative')),
    sourceOf: (o) => sources.find((s) => s.id === o.sourceId),
  };
  return { status: 'success' as const, data };
}
