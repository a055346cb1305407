// Headline figures per unit: latest PAR rank with its change, latest and cumulative projects.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Observation, Source, Unit, UnitEvent } from '../../api/contract';
import { headlineObservation, rankKpi, seriesOf, type RankKpi } from '../../domain/observations';
import { combineQueries, shapedOnce, type DataTuple, type ViewData } from '../../queries/combine';
import { observationQueries, referenceQueries } from '../../queries';

export const KPI_INDICATORS = ['par_rank', 'investment_projects', 'investment_projects_cumulative'] as const;

/** The province's rank among the 63, for the overview's province chart. */
export const PROVINCE_QUERY = { indicators: ['province_par_rank'] } as const;

export type UnitKpiData = {
  unit: Unit;
  parent: Unit | null;
  /** The unit it merged into, if it did. */
  successor: Unit | null;
  rank: RankKpi | null;
  rankSeries: Observation[];
  projectsLatest: Observation | null;
  projectsCumulative: Observation | null;
  cumulativeSeries: Observation[];
  events: UnitEvent[];
  sources: Source[];
};

type Results = readonly [UseQueryResult<Unit[]>, UseQueryResult<Source[]>, UseQueryResult<UnitEvent[]>, UseQueryResult<Observation[]>];

function unitKpis(unitCodes: readonly string[], [units, sources, events, observations]: DataTuple<Results>): UnitKpiData[] {
  return unitCodes.flatMap((code): UnitKpiData[] => {
    const unit = units.find((u) => u.code === code);
    if (!unit) return [];
    const own = observations.filter((o) => o.unitCode === code);
    const rankSeries = seriesOf(own, code, 'par_rank');
    const cumulativeSeries = seriesOf(own, code, 'investment_projects_cumulative');
    const used = new Set(own.map((o) => o.sourceId));
    const unitEvents = events.filter((e) => e.unitCode === code);
    for (const e of unitEvents) used.add(e.sourceId);
    return [
      {
        unit,
        parent: units.find((u) => u.code === unit.parentCode) ?? null,
        successor: units.find((u) => u.code === unit.successorCode) ?? null,
        rank: rankKpi(rankSeries),
        rankSeries,
        projectsLatest: headlineObservation(seriesOf(own, code, 'investment_projects')),
        projectsCumulative: headlineObservation(cumulativeSeries),
        cumulativeSeries,
        events: unitEvents,
        sources: sources.filter((s) => used.has(s.id)),
      },
    ];
  });
}

/** The units' headline figures, in the order asked; unknown codes are left out. */
export function useUnitKpis(unitCodes: readonly string[]): ViewData<UnitKpiData[]> {
  const key = unitCodes.join(',');
  const combine = useMemo(() => {
    const codes = key ? key.split(',') : [];
    const shaped = shapedOnce((data: DataTuple<Results>) => unitKpis(codes, data));
    return (results: Results) => combineQueries(results, shaped);
  }, [key]);
  return useQueries({
    queries: [
      referenceQueries.units(),
      referenceQueries.sources(),
      referenceQueries.events(),
      observationQueries.list({ indicators: KPI_INDICATORS, units: unitCodes }),
    ],
    combine,
  });
}
