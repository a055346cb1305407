// Data versions in the SQL database. A publication is one transaction: under a lock that makes
// publications take turns, the current content is read, the new one replaces the observations and
// sources, and the version, its publication row and the audit entry are written — or none of it.
import { desc, eq, sql } from 'drizzle-orm';
import type { VersionStore, VersionContent } from '../api/versionStore';
import { auditLog } from '../db/accountsSchema';
import { dataVersions, observations, sources } from '../db/schema';
import { publications } from '../db/versionsSchema';
import type { Database } from './sql';
import { observationOf } from './sqlRows';

/** Any number for a transaction-level advisory lock, the same in every instance of this server. */
const PUBLISH_LOCK = 740_415;
const BATCH = 1_000;

async function readContent(db: Database): Promise<VersionContent> {
  const [rows, sourceRows] = await Promise.all([
    db.select().from(observations).orderBy(observations.position),
    db.select().from(sources).orderBy(sources.position),
  ]);
  return {
    observations: rows.map(observationOf),
    sources: sourceRows.map(({ position: _position, ...source }) => source),
  };
}

async function writeContent(db: Database, content: VersionContent): Promise<void> {
  await db.delete(observations);
  await db.delete(sources);
  if (content.sources.length) await db.insert(sources).values(content.sources.map((s, position) => ({ ...s, position })));
  const rows = content.observations.map(({ period, ...o }, position) => ({ ...o, periodStart: period.start, periodEnd: period.end, position }));
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(observations).values(rows.slice(i, i + BATCH));
}

/** `log` gets a JSON line when a publication starts (the lock held) and once it is committed. */
export function createSqlVersionStore(db: Database, log: (line: string) => void = () => {}): VersionStore {
  const event = (message: string, version: string) => log(JSON.stringify({ time: new Date().toISOString(), message, version }));
  return {
    list: async () => {
      const rows = await db
        .select()
        .from(dataVersions)
        .leftJoin(publications, eq(publications.versionId, dataVersions.id))
        .orderBy(desc(dataVersions.loadedAt));
      const counts = await db.select({ count: sql<number>`count(*)::int` }).from(observations);
      return rows.map(({ data_versions: version, publications: p }, index) => ({
        id: version.id,
        publishedAt: (p?.publishedAt ?? version.loadedAt).toISOString(),
        author: p?.author ?? null,
        summary: p?.summary ?? 'the data first loaded',
        source: p?.source ?? null,
        restoredFrom: p?.restoredFrom ?? null,
        file: p?.fileName ? { name: p.fileName, type: p.fileType ?? '', size: p.fileBytes?.length ?? 0, sha256: p.fileSha256 ?? '' } : null,
        observationCount: p ? p.content.observations.length : index === 0 ? counts[0]!.count : 0,
        current: index === 0,
      }));
    },
    content: async (versionId) => {
      const [row] = await db.select({ content: publications.content }).from(publications).where(eq(publications.versionId, versionId));
      if (row) return row.content;
      // The first load, before anything was published over it, is the current data itself.
      const [current] = await db.select({ id: dataVersions.id }).from(dataVersions).orderBy(desc(dataVersions.loadedAt)).limit(1);
      return current?.id === versionId ? readContent(db) : null;
    },
    publish: async (publication, make, entry) => {
      await db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`);
        event('publishing data version', publication.id);
        const [current] = await tx.select().from(dataVersions).orderBy(desc(dataVersions.loadedAt)).limit(1);
        if (!current) throw new Error('the database holds no data version: it was never seeded');
        const before = await readContent(tx);
        // The first load has no publication row: keep its content now, before anything replaces it.
        await tx
          .insert(publications)
          .values({ versionId: current.id, publishedAt: current.loadedAt, author: null, summary: 'the data first loaded', content: before })
          .onConflictDoNothing();
        const after = make(before);
        await writeContent(tx, after);
        // clock_timestamp(), not now(): the time the lock was held, so versions are ordered as they were made.
        await tx.insert(dataVersions).values({ id: publication.id, loadedAt: sql`clock_timestamp()` });
        const { file } = publication;
        await tx.insert(publications).values({
          versionId: publication.id,
          publishedAt: publication.at,
          author: publication.author,
          summary: publication.summary,
          source: publication.source,
          restoredFrom: publication.restoredFrom,
          fileName: file?.name ?? null,
          fileType: file?.type ?? null,
          fileBytes: file?.bytes ?? null,
          fileSha256: file?.sha256 ?? null,
          content: after,
        });
        await tx.insert(auditLog).values(entry);
      });
      event('published data version', publication.id);
    },
  };
}
