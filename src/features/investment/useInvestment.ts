// The investment view's data: every unit's projects by period and cumulatively, the province's totals.
import type { Observation, Source, Unit } from '../../api/contract';
import { cumulativeSeries, type CumulativePoint } from '../../domain/investment';
import { carrySelection, indexUnits, resolveLevel, type ChartLevel } from '../../domain/lineage';
import { homeProvince } from '../../domain/units';
import { useViewState } from '../../routing/useViewState';
import type { ViewData } from '../../queries/combine';
import { useObservationView } from '../../queries/useObservationView';

/** District figures are charted from 2020, the start of the article's cumulative count. */
export const INVESTMENT_FROM = '2020-01';

export const INVESTMENT_QUERY = { indicators: ['investment_projects', 'investment_projects_cumulative'] } as const;

export type InvestmentData = {
  units: Unit[];
  /** The level shown: district-level units from 2020, or the communes and wards since Jul 2025. */
  level: ChartLevel;
  /** Codes chosen at either level, as the units they stand for at this one. */
  atLevel: (codes: readonly string[]) => string[];
  names: Map<string, string>;
  /** The level's units' projects per period (district level since 2020). */
  byPeriod: Observation[];
  cumulative: Observation[];
  /** The cumulative observations as each unit's points on a month axis. */
  cumulativeByUnit: Map<string, CumulativePoint[]>;
  /** The province's own totals and any other period a source gives, shown as context. */
  context: Observation[];
  sources: Source[];
  provinceCode: string | null;
};

const shapeAt =
  (chosen: ChartLevel | null) =>
  (units: Unit[], sources: Source[], observations: Observation[]): InvestmentData => {
    const province = homeProvince(units);
    const index = indexUnits(units);
    const level = resolveLevel(chosen, units);
    const atLevel = new Set(units.filter((u) => u.level === level).map((u) => u.code));
    const districtLevel = new Set(units.filter((u) => u.level === 'district').map((u) => u.code));
    const charted = (o: Observation) => atLevel.has(o.unitCode) && o.period.start >= INVESTMENT_FROM;
    const byPeriod = observations.filter((o) => o.indicatorId === 'investment_projects' && charted(o));
    const cumulative = observations.filter((o) => o.indicatorId === 'investment_projects_cumulative' && charted(o));
    // The province's totals and a district's figure over a span the charts do not cover (Hoàng Mai since 2014).
    const context = observations.filter(
      (o) => o.indicatorId === 'investment_projects' && (o.unitCode === province?.code || (districtLevel.has(o.unitCode) && o.period.start < INVESTMENT_FROM)),
    );
    const used = new Set(observations.map((o) => o.sourceId));
    return {
      units,
      level,
      atLevel: (codes) => carrySelection(codes, level, units, index),
      names: new Map(units.map((u) => [u.code, u.name])),
      byPeriod,
      cumulative,
      cumulativeByUnit: cumulativeSeries(cumulative),
      context,
      sources: sources.filter((s) => used.has(s.id)),
      provinceCode: province?.code ?? null,
    };
  };

/** Defined once per choice, so that each level's shaped data is kept between renders. */
const SHAPES = { default: shapeAt(null), district: shapeAt('district'), commune: shapeAt('commune') } as const;

/** At the level chosen in the URL, or at `level` (a unit's profile charts the unit's own level). */
export const useInvestment = (level?: ChartLevel): ViewData<InvestmentData> => {
  const chosen = useViewState().state.level;
  return useObservationView(INVESTMENT_QUERY, SHAPES[level ?? chosen ?? 'default']);
};
