// Data versions held in memory: every version's whole content is kept, so any can be restored.
import type { DataVersion } from '../../api/versions';
import type { AuditEntry } from '../api/accountStore';
import type { Publication, VersionContent, VersionStore } from '../api/versionStore';

type Kept = Publication & { content: VersionContent };

export function createMemoryVersions(initial: VersionContent, initialVersion: string, audit: AuditEntry[]) {
  const kept: Kept[] = [
    { id: initialVersion, at: new Date(), author: null, summary: 'the data first loaded', source: null, restoredFrom: null, file: null, content: initial },
  ];
  let current = kept[0]!;
  const view = (k: Kept): DataVersion => ({
    id: k.id,
    publishedAt: k.at.toISOString(),
    author: k.author,
    summary: k.summary,
    source: k.source,
    restoredFrom: k.restoredFrom,
    file: k.file && { name: k.file.name, type: k.file.type, size: k.file.bytes.length, sha256: k.file.sha256 },
    observationCount: k.content.observations.length,
    current: k === current,
  });
  const store: VersionStore = {
    list: async () => [...kept].reverse().map(view),
    content: async (id) => kept.find((k) => k.id === id)?.content ?? null,
    publish: async (publication, make, entry) => {
      const next = { ...publication, content: make(current.content) };
      kept.push(next);
      current = next;
      audit.push(entry);
    },
  };
  return { store, current: () => current };
}
