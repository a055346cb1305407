// Publications: one row per data version after the first load, with the version's whole content,
// so that any version can be restored, and the original file it was imported from.
import type { Source } from '../../api/contract';
import { customType, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { VersionContent } from '../api/versionStore';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres sends a Buffer as bytea (a plain Uint8Array would go as JSON); PGlite takes either.
  toDriver: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  fromDriver: (bytes) => new Uint8Array(bytes),
});

export const publications = pgTable('publications', {
  /** The data version it made (data_versions.id). */
  versionId: text('version_id').primaryKey(),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
  /** Null for the data the database was first filled with. */
  author: text('author'),
  summary: text('summary').notNull(),
  source: jsonb('source').$type<Source>(),
  restoredFrom: text('restored_from'),
  fileName: text('file_name'),
  fileType: text('file_type'),
  fileBytes: bytea('file_bytes'),
  fileSha256: text('file_sha256'),
  content: jsonb('content').$type<VersionContent>().notNull(),
});
