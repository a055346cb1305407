// A database seeded before the seed grew (the 2025 reform's communes, wards and provinces) gets what
// it lacks at start. The units, indicators and events are the seed's own reference lists and take
// its current form. The figures arrive as a new data version, so the version before stays whole and
// can be restored: a database no editor has published to takes the whole current seed (its sources'
// titles, dates and links corrected); one that holds editors' figures keeps every figure it has and
// gains only those of the units it lacked, with the seed's sources.
import { isNotNull, sql } from 'drizzle-orm';
import type { Observation, Source } from '../../api/contract';
import type { Dataset } from '../storage/memory';
import type { Database } from '../storage/sql';
import { createSqlVersionStore } from '../storage/sqlVersions';
import { events, indicators, units } from './schema';
import { publications } from './versionsSchema';

/** Every column but the key takes the incoming row's value. */
const incoming = (columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, sql.raw(`excluded."${c}"`)]));

/** The seed's sources replace the stored ones of the same id (the seed corrects its own); the rest stay. */
function withSeedSources(stored: readonly Source[], seed: readonly Source[]): Source[] {
  const ids = new Set(seed.map((s) => s.id));
  return [...seed, ...stored.filter((s) => !ids.has(s.id))];
}

/**
 * Adds what the seed has and the database lacks, when the database holds an earlier form of the
 * same seed; says how many units were added (0: nothing to do).
 */
export async function addMissingSeedUnits(db: Database, data: Dataset, at: Date = new Date()): Promise<number> {
  const stored = new Set((await db.select({ code: units.code }).from(units)).map((r) => r.code));
  const seedCodes = new Set(data.units.map((u) => u.code));
  // A database loaded from another data set (the nationwide one) is not this seed's to complete.
  if ([...stored].some((code) => !seedCodes.has(code))) return 0;
  const added = new Set(data.units.filter((u) => !stored.has(u.code)).map((u) => u.code));
  if (added.size === 0) return 0;
  await db.transaction(async (tx) => {
    await tx
      .insert(units)
      .values(data.units.map((u, position) => ({ ...u, position })))
      .onConflictDoUpdate({
        target: units.code,
        set: incoming(['position', 'name', 'type', 'level', 'parent_code', 'valid_from', 'valid_to', 'successor_code', 'lineage']),
      });
    await tx
      .insert(indicators)
      .values(data.indicators.map((i, position) => ({ ...i, position })))
      .onConflictDoUpdate({ target: indicators.id, set: incoming(['position', 'label', 'description', 'kind', 'higher_is_better', 'measure', 'level']) });
    await tx.delete(events);
    if (data.events.length) await tx.insert(events).values(data.events.map((e, position) => ({ ...e, position })));
    const [edited] = await tx.select({ id: publications.versionId }).from(publications).where(isNotNull(publications.author)).limit(1);
    const figures: Observation[] = edited ? data.observations.filter((o) => added.has(o.unitCode)) : data.observations;
    const id = crypto.randomUUID();
    const summary = `the seed's ${added.size} units the database lacked (the 2025 reform); ${edited ? `their ${figures.length} figures added` : 'the whole current seed'}`;
    await createSqlVersionStore(tx).publish(
      { id, at, author: null, summary, source: null, restoredFrom: null, file: null },
      (current) =>
        edited
          ? { observations: [...current.observations, ...figures], sources: withSeedSources(current.sources, data.sources) }
          : { observations: figures, sources: data.sources },
      { at, actor: null, address: 'server', action: 'seed_upgraded', detail: { version: id, units: added.size, observations: figures.length } },
    );
  });
  return added.size;
}
