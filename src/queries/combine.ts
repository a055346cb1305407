// Several queries read as one view's data, for `useQueries({ combine })`: one loading state, the
// first error with one retry, or the data shaped for the view. A query that failed to refresh but
// still holds data counts as data: the last good figures stay on screen, and the app-wide
// StaleNotice says they could not be refreshed.
import type { UseQueryResult } from '@tanstack/react-query';

export type ViewData<T> = { status: 'pending' } | { status: 'error'; error: unknown; retry: () => void } | { status: 'success'; data: T };

type DataOf<Q> = Q extends UseQueryResult<infer D, unknown> ? D : never;
export type DataTuple<T extends readonly UseQueryResult<unknown, unknown>[]> = { [K in keyof T]: DataOf<T[K]> };

export function combineQueries<T extends readonly UseQueryResult<unknown, unknown>[], R>(results: T, shape: (data: DataTuple<T>) => R): ViewData<R> {
  const failed = results.filter((q) => q.isError && q.data === undefined);
  if (failed.length > 0) {
    return { status: 'error', error: failed[0]!.error, retry: () => failed.forEach((q) => void q.refetch()) };
  }
  if (results.some((q) => q.data === undefined)) return { status: 'pending' };
  return { status: 'success', data: shape(results.map((q) => q.data) as DataTuple<T>) };
}

/**
 * `combine` runs whenever any query's state changes (a refetch starting, say); this keeps the
 * last shaped answer while the data it was made from are the same objects.
 */
export function shapedOnce<A extends readonly unknown[], R>(shape: (data: A) => R): (data: A) => R {
  let lastData: A | null = null;
  let lastShaped: R;
  return (data) => {
    if (lastData && data.length === lastData.length && data.every((d, i) => d === lastData![i])) return lastShaped;
    lastData = data;
    lastShaped = shape(data);
    return lastShaped;
  };
}
