// Headline figures per unit: latest PAR rank with its change, latest and cumulative projects.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Observation, Source, Unit, UnitEvent } from '../../api/contract';
import { headlineObservation, rankKpi, seriesOf, type RankKpi } from '../../domain/observations';
import { combineQueries } from '../../queries/combine';
import { observationQueries, referenceQueries } from '../../queries';

export const KPI_INDICATORS = ['par_rank', 'investment_projects', 'investment_projects_cumulative'] as const;

/** The province's rank among the 63, for the overview's province chart. */
export const PROVINCE_QUERY = { indicators: ['province_par_rank'] } as const;

export type UnitKpiData = {
  unit: Unit;
  rank: RankKpi | null;
  rankSeries: Observation[];
  projectsLatest: Observation | null;
  projectsCumulative: Observation | null;
  cumulativeSeries: Observation[];
  events: UnitEvent[];
  sources: Source[];
};

export function useUnitKpis(unitCodes: readonly string[]) {
  const units = useQuery(referenceQueries.units());
  const sources = useQuery(referenceQueries.sources());
  const events = useQuery(referenceQueries.events());
  const observations = useQuery({
    ...observationQueries.list({ indicators: KPI_INDICATORS, units: unitCodes }),
    enabled: unitCodes.length > 0,
  });
  const data = useMemo(() => {
    if (!units.data || !sources.data || !events.data || (unitCodes.length > 0 && !observations.data)) return null;
    return unitCodes.flatMap((code): UnitKpiData[] => {
      const unit = units.data.find((u) => u.code === code);
      if (!unit) return [];
      const own = (observations.data ?? []).filter((o) => o.unitCode === code);
      const rankSeries = seriesOf(own, code, 'par_rank');
      const cumulativeSeries = seriesOf(own, code, 'investment_projects_cumulative');
      const used = new Set(own.map((o) => o.sourceId));
      const unitEvents = events.data.filter((e) => e.unitCode === code);
      for (const e of unitEvents) used.add(e.sourceId);
      return [
        {
          unit,
          rank: rankKpi(rankSeries),
          rankSeries,
          projectsLatest: headlineObservation(seriesOf(own, code, 'investment_projects')),
          projectsCumulative: headlineObservation(cumulativeSeries),
          cumulativeSeries,
          events: unitEvents,
          sources: sources.data.filter((s) => used.has(s.id)),
        },
      ];
    });
  }, [units.data, sources.data, events.data, observations.data, unitCodes]);
  const queries = unitCodes.length > 0 ? ([units, sources, events, observations] as const) : ([units, sources, events] as const);
  return { status: combineQueries(queries), data, units: units.data ?? null };
}
