// A view over one observations query and the units and sources it names: the shape most views have.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Observation, ObservationQuery, Source, Unit } from '../api/contract';
import { combineQueries, shapedOnce, type ViewData } from './combine';
import { observationQueries, referenceQueries } from './index';

type Results = readonly [UseQueryResult<Unit[]>, UseQueryResult<Source[]>, UseQueryResult<Observation[]>];
type Shape<R> = (units: Unit[], sources: Source[], observations: Observation[]) => R;
type Shaped<R> = (data: readonly [Unit[], Source[], Observation[]]) => R;

// One shaped answer per shape, shared by every component that asks for it: a page's chart, table
// and controls read the same shaped data, shaped once rather than once each while the page hydrates.
const shapedByShape = new WeakMap<Shape<unknown>, Shaped<unknown>>();

function sharedShaped<R>(shape: Shape<R>): Shaped<R> {
  let shaped = shapedByShape.get(shape) as Shaped<R> | undefined;
  if (!shaped) {
    shaped = shapedOnce(([units, sources, observations]: readonly [Unit[], Source[], Observation[]]) => shape(units, sources, observations));
    shapedByShape.set(shape, shaped);
  }
  return shaped;
}

/** `shape` turns the three answers into what the view draws; give a function defined once, outside the component. */
export function useObservationView<R>(query: ObservationQuery, shape: Shape<R>): ViewData<R> {
  const combine = useMemo(() => {
    const shaped = sharedShaped(shape);
    return (results: Results) => combineQueries(results, shaped);
  }, [shape]);
  return useQueries({ queries: [referenceQueries.units(), referenceQueries.sources(), observationQueries.list(query)], combine });
}
