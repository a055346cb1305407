// The investment view's data: every unit's projects by period and cumulatively, the province's totals.
import type { Observation, Source, Unit } from '../../api/contract';
import { cumulativeSeries, type CumulativePoint } from '../../domain/investment';
import type { ViewData } from '../../queries/combine';
import { useObservationView } from '../../queries/useObservationView';

/** District figures are charted from 2020, the start of the article's cumulative count. */
export const INVESTMENT_FROM = '2020-01';

export const INVESTMENT_QUERY = { indicators: ['investment_projects', 'investment_projects_cumulative'] } as const;

export type InvestmentData = {
  units: Unit[];
  names: Map<string, string>;
  /** District-level units' projects per period since 2020. */
  byPeriod: Observation[];
  cumulative: Observation[];
  /** The cumulative observations as each unit's points on a month axis. */
  cumulativeByUnit: Map<string, CumulativePoint[]>;
  /** The province's own totals and any other period a source gives, shown as context. */
  context: Observation[];
  sources: Source[];
  provinceCode: string | null;
};

function shape(units: Unit[], sources: Source[], observations: Observation[]): InvestmentData {
  const province = units.find((u) => u.type === 'province') ?? null;
  const isDistrict = (o: Observation) => o.unitCode !== province?.code;
  const charted = (o: Observation) => isDistrict(o) && o.period.start >= INVESTMENT_FROM;
  const byPeriod = observations.filter((o) => o.indicatorId === 'investment_projects' && charted(o));
  const cumulative = observations.filter((o) => o.indicatorId === 'investment_projects_cumulative' && charted(o));
  const context = observations.filter((o) => o.indicatorId === 'investment_projects' && !charted(o));
  const used = new Set(observations.map((o) => o.sourceId));
  return {
    units,
    names: new Map(units.map((u) => [u.code, u.name])),
    byPeriod,
    cumulative,
    cumulativeByUnit: cumulativeSeries(cumulative),
    context,
    sources: sources.filter((s) => used.has(s.id)),
    provinceCode: province?.code ?? null,
  };
}

export const useInvestment = (): ViewData<InvestmentData> => useObservationView(INVESTMENT_QUERY, shape);
