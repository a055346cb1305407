// The API contract answered by two storages over the same seed: the memory storage (the mock's)
// and the SQL storage, migrated and seeded as the server does it, on PGlite and on a real
// PostgreSQL (see postgres.setup.ts). Every body, status and data version must be the same; and on
// each, an admin always remains when two admins demote each other at the same instant.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import { observationSearchParams } from '../../src/api/observationQuery';
import { isActiveAdmin, type AccountChange, type AccountStore } from '../../src/server/api/accountStore';
import { createApiApp } from '../../src/server/api/app';
import { openPostgres } from '../../src/server/db/open';
import * as schema from '../../src/server/db/schema';
import { seedIfEmpty } from '../../src/server/db/seed';
import { createMemoryStorage } from '../../src/server/storage/memory';
import { createSqlStorage, type Database } from '../../src/server/storage/sql';
import { emptyPostgresDatabase } from './postgres';

const MIGRATIONS = 'src/server/db/migrations';
const memory = createApiApp(createMemoryStorage(seed));

type Opened = { db: Database; close(): Promise<void> };
const databases: [string, () => Promise<Opened>][] = [
  [
    'PGlite',
    async () => {
      const client = await PGlite.create();
      const db = drizzle({ client, schema });
      await migrate(db, { migrationsFolder: MIGRATIONS });
      await seedIfEmpty(db);
      return { db, close: () => client.close() };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const database = await emptyPostgresDatabase();
      const opened = await openPostgres(database.url, MIGRATIONS);
      return { db: opened.db, close: () => opened.close().then(database.drop) };
    },
  ],
];

const allIndicators = seed.indicators.map((i) => i.id);
const observations = (q: Parameters<typeof observationSearchParams>[0]) => `/api/observations?${observationSearchParams(q)}`;

describe.each(databases)('the memory and the %s storage answer alike', (_, open) => {
  let opened: Opened;
  let sql: ReturnType<typeof createApiApp>;
  beforeAll(async () => {
    opened = await open();
    sql = createApiApp(createSqlStorage(opened.db));
  });
  afterAll(() => opened?.close());

  it.each([
    '/api/units',
    '/api/indicators',
    '/api/sources',
    '/api/events',
    '/api/data-version',
    observations({ indicators: allIndicators }),
    observations({ indicators: ['par_rank'] }),
    observations({ indicators: ['par_rank', 'par_score'], units: ['414'] }),
    observations({ indicators: allIndicators, units: ['413', '412'] }),
    observations({ indicators: ['par_rank'], from: '2020', to: '2022' }),
    observations({ indicators: ['investment_projects', 'investment_projects_cumulative'], from: '2022-01', to: '2022-05' }),
    observations({ indicators: ['investment_projects'], units: ['414'], from: '2021-06', to: '2023-03' }),
    observations({ indicators: ['province_par_rank'], from: '2030' }),
    observations({ indicators: ['par_rank', 'par_score'], from: '2025' }),
    observations({ indicators: ['investment_projects'], units: ['16708', '16732'] }),
    '/api/observations?indicator=par_rank&units=999',
    '/api/observations?indicator=par_rank&from=2022&to=2019',
    '/api/nowhere',
  ])('%s', async (path) => {
    const [fromMemory, fromSql] = await Promise.all([memory.request(path), sql.request(path)]);
    expect(fromSql.status).toBe(fromMemory.status);
    expect(fromSql.headers.get('ETag')).toBe(fromMemory.headers.get('ETag'));
    expect(fromSql.headers.get('X-Data-Version')).toBe(fromMemory.headers.get('X-Data-Version'));
    expect(await fromSql.json()).toEqual(await fromMemory.json());
  });

  it('answers a sample with data, not two empty lists', async () => {
    const { data } = (await (await sql.request(observations({ indicators: ['par_rank'], units: ['414'], to: '2021' }))).json()) as {
      data: { value: number }[];
    };
    expect(data.map((o) => o.value)).toEqual([17, 9, 9]);
  });

  it('keeps each unit’s level and lineage: Phường Vinh Lộc formed from five units, Thái Hòa divided into three', async () => {
    const { data } = (await (await sql.request('/api/units')).json()) as {
      data: { code: string; level: string; lineage: { kind: string; before: string[]; after: string[] }[] }[];
    };
    const unit = (code: string) => data.find((u) => u.code === code)!;
    expect(unit('16708')).toMatchObject({ level: 'commune', lineage: [{ kind: 'formed_from' }] });
    expect(unit('16708').lineage[0]!.before).toHaveLength(5);
    expect(unit('414').lineage).toMatchObject([{ kind: 'divided_into', after: ['16939', '17011', '17017'] }]);
  });

  it('gives 304 to the memory storage’s ETag: one data version for the same data', async () => {
    const etag = (await memory.request('/api/units')).headers.get('ETag')!;
    expect((await sql.request('/api/units', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('seeds only once', async () => {
    expect(await seedIfEmpty(opened.db)).toBe(false);
  });
});

describe.each<[string, () => Promise<{ accounts: AccountStore; close(): Promise<void> }>]>([
  ['memory', async () => ({ accounts: createMemoryStorage(seed).accounts, close: async () => {} })],
  ...databases.map(([name, open]): [string, () => Promise<{ accounts: AccountStore; close(): Promise<void> }>] => [
    name,
    async () => {
      const opened = await open();
      return { accounts: createSqlStorage(opened.db).accounts, close: opened.close };
    },
  ]),
])('an admin always remains on the %s storage', (_, open) => {
  let store: AccountStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ accounts: store, close } = await open());
    // Two connections open on PostgreSQL, so that two changes run side by side from the first.
    await Promise.all([store.accounts(), store.accounts()]);
  });
  afterAll(() => close?.());

  const at = new Date('2026-04-18T08:00:00Z');
  let made = 0;
  const admin = async () => {
    const email = `admin-${++made}@nghean.gov.vn`;
    await store.createAccount(
      { id: crypto.randomUUID(), email, role: 'admin', passwordHash: 'x', createdAt: at },
      { ...entry(null, 'account_created'), detail: { email } },
    );
    return email;
  };
  const entry = (actor: string | null, action: 'account_created' | 'role_changed' | 'account_disabled') => ({ at, actor, address: 'test', action, detail: {} });

  // First, while the store has no admin but this one.
  it('refuses to take the last active admin’s role, even when that admin asks', async () => {
    const only = await admin();
    expect(await store.changeAccount(only, { role: 'editor' }, false, [entry(only, 'role_changed')], only)).toEqual({ ok: false, refused: 'last_admin' });
    expect((await store.accounts()).filter(isActiveAdmin).map((a) => a.email)).toEqual([only]);
    expect((await store.auditLog(1))[0]!.action).toBe('account_created');
  });

  it.each<[string, AccountChange, 'role_changed' | 'account_disabled']>([
    ['demote', { role: 'editor' }, 'role_changed'],
    ['take access from', { disabledAt: at }, 'account_disabled'],
  ])('lets one of two admins who %s each other at the same instant do it, and refuses the other, who is no longer one', async (_, change, action) => {
    const [one, two] = [await admin(), await admin()];
    const endSessions = change.disabledAt !== undefined;
    const results = await Promise.all([
      store.changeAccount(two, change, endSessions, [entry(one, action)], one),
      store.changeAccount(one, change, endSessions, [entry(two, action)], two),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, refused: 'actor_not_admin' }]);
    const remaining = (await store.accounts()).filter((a) => [one, two].includes(a.email) && isActiveAdmin(a));
    expect(remaining).toHaveLength(1);
    // Only the change that landed is audited, by the admin who remains.
    const log = await store.auditLog(3);
    expect(log.filter((e) => e.action === action).map((e) => e.actor)).toEqual([remaining[0]!.email]);
  });
});
