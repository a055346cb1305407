// Treats several queries as one view's data: one loading state, the first error, one retry.
// A query that failed to refresh but still holds data counts as data: the last good figures stay
// on screen, and the app-wide StaleNotice says they could not be refreshed.
import type { UseQueryResult } from '@tanstack/react-query';

type DataOf<Q> = Q extends UseQueryResult<infer D, unknown> ? D : never;

export type Combined<T extends readonly UseQueryResult<unknown, unknown>[]> =
  { status: 'pending' } | { status: 'error'; error: unknown; retry: () => void } | { status: 'success'; data: { [K in keyof T]: DataOf<T[K]> } };

export function combineQueries<T extends readonly UseQueryResult<unknown, unknown>[]>(queries: T): Combined<T> {
  const failed = queries.filter((q) => q.isError && q.data === undefined);
  if (failed.length > 0) {
    return { status: 'error', error: failed[0]!.error, retry: () => failed.forEach((q) => void q.refetch()) };
  }
  if (queries.some((q) => q.data === undefined)) return { status: 'pending' };
  return { status: 'success', data: queries.map((q) => q.data) as { [K in keyof T]: DataOf<T[K]> } };
}
