// The current screen's choices, read from and written to the URL (each change is a history entry),
// checked against what the data has: unknown units and years are dropped and reported.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { impliedLevel, parseViewState, serialiseViewState, type DroppedParam, type ViewState, type ViewStateLimits } from '../domain/viewState';
import type { Indicator, Unit } from '../api/contract';
import { chartedUnits } from '../domain/units';
import { referenceQueries } from '../queries';
import { combineQueries, shapedOnce } from '../queries/combine';
import { navigate, useLocation, withParams } from './location';

/** The years any indicator's data covers, from the indicators' coverage (not from the data itself). */
function coveredYears(indicators: readonly Indicator[]): number[] {
  const covered = indicators.flatMap((i) => (i.coverage ? [Number(i.coverage.start.slice(0, 4)), Number(i.coverage.end.slice(0, 4))] : []));
  if (covered.length === 0) return [];
  const [first, last] = [Math.min(...covered), Math.max(...covered)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const limitsOf = shapedOnce(([units, indicators]: readonly [Unit[], Indicator[]]): ViewStateLimits => {
  return {
    unitLevels: new Map(chartedUnits(units).map((u) => [u.code, u.level])),
    years: coveredYears(indicators.filter((i) => i.level === 'district')),
  };
});
const combine = (results: readonly [UseQueryResult<Unit[]>, UseQueryResult<Indicator[]>]) => {
  const limits = combineQueries(results, limitsOf);
  return limits.status === 'success' ? limits.data : null;
};

/** Checked against the two small reference lists, so that no page loads data just to read its URL. */
const useViewStateLimits = (): ViewStateLimits | null => useQueries({ queries: [referenceQueries.units(), referenceQueries.indicators()], combine });

export const hrefForState = (state: ViewState, pathname?: string): string => withParams(new URL(window.location.href), serialiseViewState(state), pathname);

export function useViewState(): {
  state: ViewState;
  /** Values in the URL that were not understood; empty until the data they are checked against has loaded. */
  dropped: DroppedParam[];
  limits: ViewStateLimits | null;
  update: (changes: Partial<ViewState>, options?: { replace?: boolean }) => void;
} {
  const search = useLocation().search;
  const limits = useViewStateLimits();
  const { state, dropped } = useMemo(() => {
    const params = new URLSearchParams(search);
    const parsed = parseViewState(params, limits);
    return limits ? { ...parsed, state: { ...parsed.state, level: impliedLevel(parsed.state, params, limits.unitLevels) } } : parsed;
  }, [search, limits]);
  const update = (changes: Partial<ViewState>, options: { replace?: boolean } = {}) => navigate(hrefForState({ ...state, ...changes }), options);
  return { state, dropped: limits ? dropped : [], limits, update };
}
