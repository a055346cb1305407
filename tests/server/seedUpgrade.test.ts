// A database seeded before the 2025 reform (the province and its 21 district-level units only) is
// completed at start: the communes, wards and provinces arrive with their figures as a new data
// version, the version before stays whole, and a second start changes nothing. One that holds an
// editor's figures keeps them.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import type { Observation } from '../../src/api/contract';
import * as schema from '../../src/server/db/schema';
import { seedIfEmpty } from '../../src/server/db/seed';
import { addMissingSeedUnits } from '../../src/server/db/seedUpgrade';
import type { Dataset } from '../../src/server/storage/memory';
import { createSqlStorage, type Database } from '../../src/server/storage/sql';

const preReformCodes = new Set(seed.units.filter((u) => u.level === 'district' || (u.level === 'province' && u.code === '40')).map((u) => u.code));
const beforeReform: Dataset = {
  ...seed,
  units: seed.units.filter((u) => preReformCodes.has(u.code)).map((u) => ({ ...u, lineage: [] })),
  observations: seed.observations.filter((o) => preReformCodes.has(o.unitCode)),
  // The old seed's source for the 2022 results, with the year it mislabelled.
  sources: seed.sources.map((s) => (s.id === 'dcs-2023-04-qd-1048' ? { ...s, title: 'Kết quả chỉ số CCHC năm 2021', url: null } : s)),
};

const byKey = (o: Observation) => `${o.indicatorId}|${o.unitCode}|${o.period.start}|${o.period.end}`;
const sorted = (observations: readonly Observation[]) => [...observations].sort((a, b) => byKey(a).localeCompare(byKey(b)));

const everything = { indicators: seed.indicators.map((i) => i.id), units: null, from: '0000-01', to: '9999-12' };

let client: PGlite;
async function databaseWith(data: Dataset): Promise<Database> {
  client = await PGlite.create();
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: 'src/server/db/migrations' });
  await seedIfEmpty(db, data);
  return db;
}
afterEach(() => client.close());

describe('a database seeded before the 2025 reform', () => {
  it('takes the whole current seed as a new version when no editor has published, and keeps the old one', async () => {
    const db = await databaseWith(beforeReform);
    const storage = createSqlStorage(db);
    const [first] = await storage.versions.list();

    expect(await addMissingSeedUnits(db, seed)).toBe(seed.units.length - preReformCodes.size);

    expect((await storage.units()).map((u) => [u.code, u.level, u.lineage])).toEqual(seed.units.map((u) => [u.code, u.level, u.lineage]));
    expect(sorted(await storage.observations(everything))).toEqual(sorted(seed.observations));
    const qd1048 = (await storage.sources()).find((s) => s.id === 'dcs-2023-04-qd-1048');
    expect(qd1048?.title).toBe('Nghệ An công bố kết quả chỉ số và xếp hạng cải cách hành chính năm 2022');
    const versions = await storage.versions.list();
    expect(versions.map((v) => [v.author, v.current])).toEqual([
      [null, true],
      [null, false],
    ]);
    expect(versions[1]!.id).toBe(first!.id);
    expect(sorted((await storage.versions.content(first!.id))!.observations)).toEqual(sorted(beforeReform.observations));

    expect(await addMissingSeedUnits(db, seed)).toBe(0);
    expect(await storage.versions.list()).toHaveLength(2);
  });

  it('keeps every figure an editor published, adding only the figures of the units it lacked', async () => {
    const db = await databaseWith(beforeReform);
    const storage = createSqlStorage(db);
    const source = { id: 'qd-editor', title: 'Quyết định của tỉnh', publisher: 'UBND tỉnh Nghệ An', published: '2023-04-18', url: null, note: null };
    const edited: Observation = {
      ...beforeReform.observations.find((o) => o.unitCode === '414' && o.indicatorId === 'par_rank')!,
      value: 3,
      provenance: 'reported',
      sourceId: source.id,
    };
    const at = new Date('2026-04-18T08:00:00Z');
    await storage.versions.publish(
      { id: 'editor-version', at, author: 'bien.tap@nghean.gov.vn', summary: 'one rank', source, restoredFrom: null, file: null },
      (current) => ({ observations: current.observations.map((o) => (byKey(o) === byKey(edited) ? edited : o)), sources: [...current.sources, source] }),
      { at, actor: 'bien.tap@nghean.gov.vn', address: 'test', action: 'version_published', detail: {} },
    );

    await addMissingSeedUnits(db, seed);

    const now = await storage.observations(everything);
    expect(now.find((o) => byKey(o) === byKey(edited))).toEqual(edited);
    expect(now.filter((o) => preReformCodes.has(o.unitCode))).toHaveLength(beforeReform.observations.length);
    expect(sorted(now.filter((o) => !preReformCodes.has(o.unitCode)))).toEqual(sorted(seed.observations.filter((o) => !preReformCodes.has(o.unitCode))));
    expect((await storage.sources()).map((s) => s.id)).toContain('qd-editor');
    expect((await storage.versions.list()).map((v) => v.id)[1]).toBe('editor-version');
  });

  it('leaves alone a database loaded from another data set', async () => {
    const db = await databaseWith({ ...beforeReform, units: [...beforeReform.units, { ...seed.units[0]!, code: '99999' }], observations: [] });
    expect(await addMissingSeedUnits(db, seed)).toBe(0);
  });
});
