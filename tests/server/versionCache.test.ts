// The data version held in the server process: one read of the database per interval however many
// requests ask, concurrent requests sharing it, a failed read not kept, and a publication through
// this process seen by the very next request.
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import type { Storage } from '../../src/server/api/storage';
import { withVersionCache } from '../../src/server/api/versionCache';
import type { VersionContent } from '../../src/server/api/versionStore';
import { createMemoryStorage } from '../../src/server/storage/memory';

function counted() {
  const memory = createMemoryStorage(seed);
  const reads = { count: 0, fail: false };
  const storage: Storage = {
    ...memory,
    dataVersion: async () => {
      reads.count++;
      if (reads.fail) throw new Error('the database did not answer');
      return memory.dataVersion();
    },
  };
  const clock = { ms: 0 };
  return { memory, reads, clock, cached: withVersionCache(storage, { maxAgeMs: 1_000, clock: () => clock.ms }) };
}

const publication = (id: string) =>
  [
    { id, at: new Date('2026-04-18T08:00:00Z'), author: 'editor@nghean.gov.vn', summary: id, source: null, restoredFrom: null, file: null },
    (current: VersionContent) => current,
    { at: new Date('2026-04-18T08:00:00Z'), actor: 'editor@nghean.gov.vn', address: 'test', action: 'version_published', detail: {} },
  ] as const;

describe('the data version held in the process', () => {
  it('is read once per interval, however many requests ask, at once or one after another', async () => {
    const { reads, clock, cached, memory } = counted();
    const versions = await Promise.all(Array.from({ length: 50 }, () => cached.dataVersion()));
    expect(new Set(versions)).toEqual(new Set([await memory.dataVersion()]));
    clock.ms = 999;
    await cached.dataVersion();
    expect(reads.count).toBe(1);
    clock.ms = 1_000;
    await cached.dataVersion();
    expect(reads.count).toBe(2);
  });

  it('is read again at once after a publication through this process, and reports the new version', async () => {
    const { reads, cached } = counted();
    const before = await cached.dataVersion();
    await cached.versions.publish(...publication('v2'));
    expect(await cached.dataVersion()).toBe('v2');
    expect(before).not.toBe('v2');
    expect(reads.count).toBe(2);
  });

  it('keeps no failed read: the next request asks the database again', async () => {
    const { reads, cached, memory } = counted();
    reads.fail = true;
    await expect(cached.dataVersion()).rejects.toThrow('did not answer');
    reads.fail = false;
    expect(await cached.dataVersion()).toBe(await memory.dataVersion());
    expect(reads.count).toBe(2);
  });
});
