// queryOptions factories: the one place where a query's cache key and its fetcher are defined.
import { QueryClient, queryOptions } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Observation, ObservationQuery } from '../api/contract';
import { isApiError } from '../api/errors';

const REFERENCE_STALE_MS = 60 * 60_000;
const OBSERVATION_STALE_MS = 5 * 60_000;

export const referenceQueries = {
  /** The units charts and choices need: every unit but the former communes. */
  units: () => queryOptions({ queryKey: ['units'], queryFn: ({ signal }) => api.units({ signal }), staleTime: REFERENCE_STALE_MS }),
  /** Every unit, the former communes too: what a unit's lineage and a search by an old name need. */
  unitsWithFormerCommunes: () =>
    queryOptions({
      queryKey: ['units', 'with-former-communes'],
      queryFn: ({ signal }) => api.units({ signal, formerCommunes: true }),
      staleTime: REFERENCE_STALE_MS,
    }),
  indicators: () => queryOptions({ queryKey: ['indicators'], queryFn: ({ signal }) => api.indicators({ signal }), staleTime: REFERENCE_STALE_MS }),
  sources: () => queryOptions({ queryKey: ['sources'], queryFn: ({ signal }) => api.sources({ signal }), staleTime: REFERENCE_STALE_MS }),
  events: () => queryOptions({ queryKey: ['events'], queryFn: ({ signal }) => api.events({ signal }), staleTime: REFERENCE_STALE_MS }),
  /** Changes with every publication, as the observations do: kept as long as they are. */
  dataUpdate: () => queryOptions({ queryKey: ['data-update'], queryFn: ({ signal }) => api.dataUpdate({ signal }), staleTime: OBSERVATION_STALE_MS }),
};

/** The same question asked in a different order is the same cache entry. */
const normalise = (q: ObservationQuery): ObservationQuery => ({
  indicators: [...q.indicators].sort(),
  ...(q.units?.length ? { units: [...q.units].sort() } : {}),
  ...(q.from ? { from: q.from } : {}),
  ...(q.to ? { to: q.to } : {}),
});

export const observationQueries = {
  all: () => ['observations'] as const,
  /** An empty `units` list asks for no unit's observations: an empty answer, and no request. */
  list: (q: ObservationQuery) => {
    const query = normalise(q);
    const none = q.units !== undefined && q.units.length === 0;
    return queryOptions({
      queryKey: [...observationQueries.all(), query, ...(none ? ['no-units'] : [])],
      queryFn: ({ signal }): Promise<Observation[]> => (none ? Promise.resolve([]) : api.observations(query, { signal })),
      staleTime: OBSERVATION_STALE_MS,
    });
  },
};

/** Retries only what can succeed on a second try (network, 5xx), twice, quickly. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isApiError(error) && error.retryable && failureCount < 2,
        retryDelay: (attempt) => Math.min(400 * 2 ** attempt, 2_000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
