// The contract of data versions: publishing reported figures with their source, listing the
// versions and restoring one. A version, once published, never changes and is never deleted.
import { z } from 'zod';
import { observationSchema, sourceSchema } from './contract';

/** The original file, kept with the version it became (base64, as JSON carries bytes). */
export const publishedFileSchema = z.object({
  name: z.string().min(1).max(255),
  type: z.string().max(100),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'),
});

export const publishBodySchema = z.object({
  /** Required: every figure published is reported by it. */
  source: sourceSchema,
  summary: z.string().trim().min(1).max(500),
  observations: z.array(observationSchema).min(1).max(20_000),
  file: publishedFileSchema.nullable(),
});

export const versionSchema = z.object({
  id: z.string(),
  publishedAt: z.string(),
  /** Null for the data the database was first filled with. */
  author: z.string().nullable(),
  summary: z.string(),
  source: sourceSchema.nullable(),
  /** The version this one brought back, when it is a restore. */
  restoredFrom: z.string().nullable(),
  file: z.object({ name: z.string(), type: z.string(), size: z.number().int(), sha256: z.string() }).nullable(),
  observationCount: z.number().int(),
  current: z.boolean(),
});

export const versionsResponseSchema = z.object({ data: z.array(versionSchema) });
export const publishedResponseSchema = z.object({ data: z.object({ id: z.string() }) });

/** One value a version changed against the version before it (see src/domain/versionDiff.ts). */
export const versionChangeSchema = z.object({
  kind: z.enum(['new', 'changed', 'source_changed', 'replaces_illustrative', 'removed']),
  before: observationSchema.nullable(),
  after: observationSchema.nullable(),
});
/** `previous`: the version compared with, null for the first one (which then lists no changes). */
export const versionChangesResponseSchema = z.object({ data: z.object({ previous: z.string().nullable(), changes: z.array(versionChangeSchema) }) });

export type PublishBody = z.infer<typeof publishBodySchema>;
export type DataVersion = z.infer<typeof versionSchema>;
export type VersionChanges = z.infer<typeof versionChangesResponseSchema>['data'];
