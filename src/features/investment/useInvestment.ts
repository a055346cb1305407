// The investment view's data: every unit's projects by period and cumulatively, the province's totals.
import type { Observation, Source, Unit } from '../../api/contract';
import { cumulativeSeries, type CumulativePoint } from '../../domain/investment';
import { homeProvince } from '../../domain/units';
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
  const province = homeProvince(units);
  const districtLevel = new Set(units.filter((u) => u.level === 'district').map((u) => u.code));
  const communeLevel = new Set(units.filter((u) => u.level === 'commune').map((u) => u.code));
  const charted = (o: Observation) => districtLevel.has(o.unitCode) && o.period.start >= INVESTMENT_FROM;
  const byPeriod = observations.filter((o) => o.indicatorId === 'investment_projects' && charted(o));
  const cumulative = observations.filter((o) => o.indicatorId === 'investment_projects_cumulative' && charted(o));
  // The province's totals and a unit's figure over a span the charts do not cover (Hoàng Mai since 2014).
  const context = observations.filter((o) => o.indicatorId === 'investment_projects' && !charted(o) && !communeLevel.has(o.unitCode));
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
