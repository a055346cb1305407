// The current data version, held in the server process: every API answer and page is keyed by it,
// so reading it from the database per request was the one query even a remembered answer cost.
import type { Storage } from './storage';

export type VersionCacheOptions = {
  /**
   * How long a version read from the database is trusted. A publication by this process forgets it
   * at once; one by another server on the same PostgreSQL is seen within this bound.
   */
  maxAgeMs: number;
  /** Milliseconds, for the tests. */
  clock?: () => number;
};

/**
 * The storage with `dataVersion()` held for `maxAgeMs`: concurrent requests share one read, a failed
 * read is not kept, and a publication through this storage forgets the held version when it commits.
 */
export function withVersionCache(storage: Storage, { maxAgeMs, clock = () => performance.now() }: VersionCacheOptions): Storage {
  let held: { version: Promise<string>; until: number } | null = null;

  const dataVersion = (): Promise<string> => {
    const now = clock();
    if (held && now < held.until) return held.version;
    const read = { version: storage.dataVersion(), until: now + maxAgeMs };
    held = read;
    read.version.catch(() => {
      if (held === read) held = null;
    });
    return read.version;
  };

  return {
    ...storage,
    dataVersion,
    versions: {
      ...storage.versions,
      publish: async (...args) => {
        try {
          await storage.versions.publish(...args);
        } finally {
          // Also after a failure: whether it committed is then not known here, so ask again.
          held = null;
        }
      },
    },
  };
}
