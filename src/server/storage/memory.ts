// The storage over data held in memory (the seed): what the browser mock and the tests serve.
import type { Indicator, Observation, Source, Unit, UnitEvent } from '../../api/contract';
import type { ObservationFilter } from '../../api/observationQuery';
import type { Storage } from '../api/storage';
import { createMemoryAccountStore } from './memoryAccounts';

/** The data, with indicators as defined: the storage adds the months each one covers. */
export type Dataset = {
  units: Unit[];
  indicators: Omit<Indicator, 'coverage'>[];
  sources: Source[];
  events: UnitEvent[];
  observations: Observation[];
};

/** Computed on first use and kept: the data never changes under a memory storage. */
function once<T>(compute: () => T): () => T {
  let value: { computed: T } | null = null;
  return () => (value ??= { computed: compute() }).computed;
}

function withCoverage(data: Dataset): Indicator[] {
  return data.indicators.map((indicator) => {
    const own = data.observations.filter((o) => o.indicatorId === indicator.id);
    if (own.length === 0) return { ...indicator, coverage: null };
    const start = own.reduce((m, o) => (o.period.start < m ? o.period.start : m), own[0]!.period.start);
    const end = own.reduce((m, o) => (o.period.end > m ? o.period.end : m), own[0]!.period.end);
    return { ...indicator, coverage: { start, end } };
  });
}

/**
 * A 53-bit hash of the text in base 36 (bryc's public-domain cyrb53): short and synchronous, where
 * crypto.subtle is asynchronous and missing altogether on a page served over plain HTTP.
 */
function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function createMemoryStorage(data: Dataset): Storage {
  const indicators = once(() => withCoverage(data));
  // The version is the content itself, so an edited seed can never answer under an old version.
  const version = once(() => contentHash(JSON.stringify(data)));
  return {
    units: async () => data.units,
    indicators: async () => indicators(),
    sources: async () => data.sources,
    events: async () => data.events,
    observations: async ({ indicators: ids, units, from, to }: ObservationFilter) =>
      data.observations.filter(
        (o) => ids.includes(o.indicatorId) && (units === null || units.includes(o.unitCode)) && o.period.start >= from && o.period.end <= to,
      ),
    dataVersion: async () => version(),
    accounts: createMemoryAccountStore(),
  };
}
