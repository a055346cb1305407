// The database's tables (PostgreSQL 15+, and PGlite): the API's resources as rows, each with the
// position it has in the data set, so that every storage answers in the same order.
import type { IndicatorKind, LineageChange, Localized, Provenance, UnitEvent, UnitLevel, UnitType } from '../../api/contract';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const units = pgTable('units', {
  code: text('code').primaryKey(),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  type: text('type').$type<UnitType>().notNull(),
  // Rows from before the 2025 reform were all district-level or the province.
  level: text('level').$type<UnitLevel>().notNull().default('district'),
  parentCode: text('parent_code'),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
  successorCode: text('successor_code'),
  lineage: jsonb('lineage').$type<LineageChange[]>().notNull().default([]),
});

export const indicators = pgTable('indicators', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  label: jsonb('label').$type<Localized>().notNull(),
  description: jsonb('description').$type<Localized>().notNull(),
  kind: text('kind').$type<IndicatorKind>().notNull(),
  higherIsBetter: boolean('higher_is_better').notNull(),
  measure: jsonb('measure').$type<Localized>().notNull(),
  level: text('level').$type<'province' | 'district'>().notNull(),
});

export const sources = pgTable('sources', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  published: text('published'),
  url: text('url'),
  note: jsonb('note').$type<Localized>(),
});

export const events = pgTable('events', {
  position: integer('position').primaryKey(),
  unitCode: text('unit_code').notNull(),
  date: text('date').notNull(),
  kind: text('kind').$type<UnitEvent['kind']>().notNull(),
  title: jsonb('title').$type<Localized>().notNull(),
  sourceId: text('source_id'),
});

export const observations = pgTable(
  'observations',
  {
    position: integer('position').primaryKey(),
    unitCode: text('unit_code').notNull(),
    indicatorId: text('indicator_id').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    value: doublePrecision('value').notNull(),
    rankedOf: integer('ranked_of'),
    provenance: text('provenance').$type<Provenance>().notNull(),
    sourceId: text('source_id'),
    quote: text('quote'),
    note: jsonb('note').$type<Localized>(),
  },
  (table) => [index('observations_indicator_unit').on(table.indicatorId, table.unitCode)],
);

/** One row per data set loaded; the newest names the data every answer is made from (ETag). */
export const dataVersions = pgTable('data_versions', {
  id: text('id').primaryKey(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
export * from './accountsSchema';
export * from './versionsSchema';
