// The storage over the SQL database (PostgreSQL or PGlite, through Drizzle): the same answers as
// the memory storage gives for the same data, in the same order.
import { and, asc, desc, eq, gte, inArray, lte, max, min } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ObservationFilter } from '../../api/observationQuery';
import { dataUpdateOf } from '../api/dataUpdate';
import type { Storage } from '../api/storage';
import * as schema from '../db/schema';
import { createSqlAccountStore } from './sqlAccounts';
import { observationOf } from './sqlRows';
import { createSqlVersionStore } from './sqlVersions';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** `log` hears of publications (see sqlVersions.ts). */
export function createSqlStorage(db: Database, log?: (line: string) => void): Storage {
  const { units, indicators, sources, events, observations, dataVersions, publications } = schema;
  return {
    units: () =>
      db
        .select({
          code: units.code,
          name: units.name,
          type: units.type,
          level: units.level,
          parentCode: units.parentCode,
          validFrom: units.validFrom,
          validTo: units.validTo,
          successorCode: units.successorCode,
          lineage: units.lineage,
        })
        .from(units)
        .orderBy(asc(units.position)),

    indicators: async () => {
      const [rows, spans] = await Promise.all([
        db.select().from(indicators).orderBy(asc(indicators.position)),
        db
          .select({ id: observations.indicatorId, start: min(observations.periodStart), end: max(observations.periodEnd) })
          .from(observations)
          .groupBy(observations.indicatorId),
      ]);
      return rows.map(({ position: _position, ...indicator }) => {
        const span = spans.find((s) => s.id === indicator.id);
        return { ...indicator, coverage: span?.start && span.end ? { start: span.start, end: span.end } : null };
      });
    },

    sources: () =>
      db
        .select({ id: sources.id, title: sources.title, publisher: sources.publisher, published: sources.published, url: sources.url, note: sources.note })
        .from(sources)
        .orderBy(asc(sources.position)),

    events: () =>
      db
        .select({ unitCode: events.unitCode, date: events.date, kind: events.kind, title: events.title, sourceId: events.sourceId })
        .from(events)
        .orderBy(asc(events.position)),

    observations: async ({ indicators: ids, units: codes, from, to }: ObservationFilter) => {
      const rows = await db
        .select()
        .from(observations)
        .where(
          and(
            inArray(observations.indicatorId, ids),
            codes === null ? undefined : inArray(observations.unitCode, codes),
            gte(observations.periodStart, from),
            lte(observations.periodEnd, to),
          ),
        )
        .orderBy(asc(observations.position));
      return rows.map(observationOf);
    },

    dataVersion: async () => {
      const [newest] = await db.select({ id: dataVersions.id }).from(dataVersions).orderBy(desc(dataVersions.loadedAt)).limit(1);
      if (!newest) throw new Error('the database holds no data version: it was never seeded');
      return newest.id;
    },

    dataUpdate: async () => {
      const [newest] = await db
        .select({ id: dataVersions.id, author: publications.author, publishedAt: publications.publishedAt })
        .from(dataVersions)
        .leftJoin(publications, eq(publications.versionId, dataVersions.id))
        .orderBy(desc(dataVersions.loadedAt))
        .limit(1);
      if (!newest) throw new Error('the database holds no data version: it was never seeded');
      // The data first loaded has no publication row until something is published over it, and then one without an author.
      if (newest.author !== null && newest.publishedAt !== null) return dataUpdateOf(newest.id, newest.publishedAt, []);
      // Compared in JavaScript as the memory storage does, not by the database's collation.
      return dataUpdateOf(newest.id, null, await db.select({ published: sources.published }).from(sources));
    },

    accounts: createSqlAccountStore(db),
    versions: createSqlVersionStore(db, log),
  };
}
