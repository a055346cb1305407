// The current screen's choices, read from and written to the URL (each change is a history entry),
// checked against what the data has: unknown units and years are dropped and reported.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { rankedYears } from '../domain/ranking';
import { parseViewState, serialiseViewState, type DroppedParam, type ViewState, type ViewStateLimits } from '../domain/viewState';
import { observationQueries, referenceQueries } from '../queries';
import { navigate, useLocation, withParams } from './location';

/** The ranking's observations: the same query (and cache entry) the ranking view uses. */
export const RANKING_QUERY = { indicators: ['par_rank', 'par_score'] } as const;

function useViewStateLimits(): ViewStateLimits | null {
  const units = useQuery(referenceQueries.units());
  const ranking = useQuery(observationQueries.list(RANKING_QUERY));
  return useMemo(() => {
    if (!units.data || !ranking.data) return null;
    const districtLevel = units.data.filter((u) => u.parentCode !== null).map((u) => u.code);
    return { unitCodes: new Set(districtLevel), years: rankedYears(ranking.data.filter((o) => o.indicatorId === 'par_rank')) };
  }, [units.data, ranking.data]);
}

export const hrefForState = (state: ViewState, pathname?: string): string =>
  withParams(new URL(window.location.href), serialiseViewState(state), pathname);

export function useViewState(): {
  state: ViewState;
  /** Values in the URL that were not understood; empty until the data they are checked against has loaded. */
  dropped: DroppedParam[];
  limits: ViewStateLimits | null;
  update: (changes: Partial<ViewState>, options?: { replace?: boolean }) => void;
} {
  const search = useLocation().search;
  const limits = useViewStateLimits();
  const { state, dropped } = useMemo(() => parseViewState(new URLSearchParams(search), limits), [search, limits]);
  const update = (changes: Partial<ViewState>, options: { replace?: boolean } = {}) => navigate(hrefForState({ ...state, ...changes }), options);
  return { state, dropped: limits ? dropped : [], limits, update };
}
