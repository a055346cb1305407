// Queries whose last refresh failed while they still hold older data: what the stale-data notice
// reports, with the time that data was fetched.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

export type StaleState = { fetchedAt: number; retry: () => void } | null;

export function useStaleQueries(): StaleState {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A primitive snapshot (the oldest fetch time, or 0) so the store compares by value.
  const snapshot = () =>
    cache
      .getAll()
      .filter((q) => q.state.status === 'error' && q.state.data !== undefined)
      .reduce((oldest, q) => (oldest === 0 ? q.state.dataUpdatedAt : Math.min(oldest, q.state.dataUpdatedAt)), 0);
  const fetchedAt = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (fetchedAt === 0) return null;
  return {
    fetchedAt,
    retry: () => void client.refetchQueries({ predicate: (q) => q.state.status === 'error' }),
  };
}
