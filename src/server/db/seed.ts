// Loads a data set (the mock's seed, on first start) into an empty database, in one transaction.
import { seed as mockSeed } from '../../../mocks/seed';
import { createMemoryStorage, type Dataset } from '../storage/memory';
import type { Database } from '../storage/sql';
import { dataVersions, events, indicators, observations, sources, units } from './schema';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at 11 columns a row. */
const BATCH = 1_000;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Seeds the database unless it holds data already; says whether it did. */
export async function seedIfEmpty(db: Database, data: Dataset = mockSeed): Promise<boolean> {
  const [existing] = await db.select({ id: dataVersions.id }).from(dataVersions).limit(1);
  if (existing) return false;
  // The version the memory storage gives the same data, so the mock and a fresh database answer
  // with the same ETag.
  const version = await createMemoryStorage(data).dataVersion();
  await db.transaction(async (tx) => {
    await tx.insert(units).values(data.units.map((u, position) => ({ ...u, position })));
    await tx.insert(indicators).values(data.indicators.map((i, position) => ({ ...i, position })));
    if (data.sources.length) await tx.insert(sources).values(data.sources.map((s, position) => ({ ...s, position })));
    if (data.events.length) await tx.insert(events).values(data.events.map((e, position) => ({ ...e, position })));
    const rows = data.observations.map(({ period, ...o }, position) => ({ ...o, periodStart: period.start, periodEnd: period.end, position }));
    for (const batch of batches(rows)) await tx.insert(observations).values(batch);
    await tx.insert(dataVersions).values({ id: version });
  });
  return true;
}
