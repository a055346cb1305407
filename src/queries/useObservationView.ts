// A view over one observations query and the units and sources it names: the shape most views have.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Observation, ObservationQuery, Source, Unit } from '../api/contract';
import { combineQueries, shapedOnce, type ViewData } from './combine';
import { observationQueries, referenceQueries } from './index';

type Results = readonly [UseQueryResult<Unit[]>, UseQueryResult<Source[]>, UseQueryResult<Observation[]>];

/** `shape` turns the three answers into what the view draws; give a function defined once, outside the component. */
export function useObservationView<R>(query: ObservationQuery, shape: (units: Unit[], sources: Source[], observations: Observation[]) => R): ViewData<R> {
  const combine = useMemo(() => {
    const shaped = shapedOnce(([units, sources, observations]: readonly [Unit[], Source[], Observation[]]) => shape(units, sources, observations));
    return (results: Results) => combineQueries(results, shaped);
  }, [shape]);
  return useQueries({ queries: [referenceQueries.units(), referenceQueries.sources(), observationQueries.list(query)], combine });
}
