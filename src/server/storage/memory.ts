// The storage over data held in memory (the seed, then what is published over it): what the
// browser mock and the tests serve.
import type { Indicator, Observation, Source, Unit, UnitEvent } from '../../api/contract';
import type { ObservationFilter } from '../../api/observationQuery';
import type { Storage } from '../api/storage';
import type { AuditEntry } from '../api/accountStore';
import { dataUpdateOf } from '../api/dataUpdate';
import { createMemoryAccountStore } from './memoryAccounts';
import { createMemoryVersions } from './memoryVersions';

/** The data, with indicators as defined: the storage adds the months each one covers. */
export type Dataset = {
  units: Unit[];
  indicators: Omit<Indicator, 'coverage'>[];
  sources: Source[];
  events: UnitEvent[];
  observations: Observation[];
};

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

export function createMemoryStorage(initial: Dataset): Storage {
  const audit: AuditEntry[] = [];
  // The first version is the content itself, so an edited seed can never answer under an old version.
  const versions = createMemoryVersions(initial, contentHash(JSON.stringify(initial)), audit);
  /** Computed once per version: a version's data never changes. */
  let coverage: { version: string; indicators: Indicator[] } | null = null;
  const data = (): Dataset => ({ ...initial, ...versions.current().content });
  return {
    units: async () => initial.units,
    indicators: async () => {
      const version = versions.current().id;
      if (coverage?.version !== version) coverage = { version, indicators: withCoverage(data()) };
      return coverage.indicators;
    },
    sources: async () => versions.current().content.sources,
    events: async () => initial.events,
    observations: async ({ indicators: ids, units, from, to }: ObservationFilter) =>
      versions
        .current()
        .content.observations.filter(
          (o) => ids.includes(o.indicatorId) && (units === null || units.includes(o.unitCode)) && o.period.start >= from && o.period.end <= to,
        ),
    dataVersion: async () => versions.current().id,
    dataUpdate: async () => {
      const { id, author, at, content } = versions.current();
      // The data first loaded has no author: no one published it here.
      return dataUpdateOf(id, author === null ? null : at, content.sources);
    },
    accounts: createMemoryAccountStore(audit),
    versions: versions.store,
  };
}
