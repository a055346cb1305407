// What the API app needs to publish: a new data version made in one step (its observations and
// sources, the original file, who and when), the list of versions, and a restore.
import type { Observation, Source } from '../../api/contract';
import type { DataVersion } from '../../api/versions';
import type { AuditEntry } from './accountStore';

export type StoredFile = { name: string; type: string; bytes: Uint8Array; sha256: string };

/** The whole content of a version: what every read answers from while it is current. */
export type VersionContent = { observations: Observation[]; sources: Source[] };

export type Publication = {
  id: string;
  at: Date;
  /** Null when the server itself published: the seed, and what it adds to an older database. */
  author: string | null;
  summary: string;
  source: Source | null;
  restoredFrom: string | null;
  file: StoredFile | null;
};

export type VersionStore = {
  /** Newest first. */
  list(): Promise<DataVersion[]>;
  content(versionId: string): Promise<VersionContent | null>;
  /**
   * Makes `content` current as a new version, all or nothing: a failure (or a killed process)
   * leaves the previous version current and whole. The content is computed from the current one
   * inside the same step, so two publications never overwrite each other.
   */
  publish(publication: Publication, content: (current: VersionContent) => VersionContent, audit: AuditEntry): Promise<void>;
};
