// What the account tests share: the API app over a memory or a PGlite storage (migrated and
// seeded as the server does it), a clock the test moves, accounts made straight in the store,
// and requests as a browser on this site (or another) sends them.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll } from 'vitest';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Role } from '../../src/api/accounts';
import type { DataVersion } from '../../src/api/versions';
import { createApiApp } from '../../src/server/api/app';
import type { Storage } from '../../src/server/api/storage';
import { argon2Passwords } from '../../src/server/auth/argon2';
import * as schema from '../../src/server/db/schema';
import { seedIfEmpty } from '../../src/server/db/seed';
import { createMemoryStorage } from '../../src/server/storage/memory';
import { createSqlStorage } from '../../src/server/storage/sql';
import { seed } from '../../mocks/seed';

export const PASSWORD = 'mật khẩu đủ dài 12+';
export const ADDRESS = '203.0.113.7';
export const SITE = 'http://localhost';
export const T0 = new Date('2026-04-18T08:00:00Z').getTime();

type Opened = { storage: Storage; close(): Promise<void> };

export const storages: [string, () => Promise<Opened>][] = [
  ['memory', async () => ({ storage: createMemoryStorage(seed), close: async () => {} })],
  [
    'PGlite',
    async () => {
      const client = await PGlite.create();
      const db = drizzle({ client, schema });
      await migrate(db, { migrationsFolder: 'src/server/db/migrations' });
      await seedIfEmpty(db);
      return { storage: createSqlStorage(db), close: () => client.close() };
    },
  ],
];

/** The API app over a storage, with a clock the test sets. */
export function editingApp(storage: Storage) {
  const clock = { time: T0 };
  const app = createApiApp(storage, { passwords: argon2Passwords, now: () => new Date(clock.time) });
  let made = 0;
  let hashed: Promise<string> | null = null;

  /** A new account of this role, with PASSWORD (hashed once: argon2 takes its time on purpose). */
  async function account(role: Role): Promise<string> {
    const email = `${role}-${++made}@nghean.gov.vn`;
    const passwordHash = await (hashed ??= argon2Passwords.hash(PASSWORD));
    const created = new Date(clock.time);
    await storage.accounts.createAccount(
      { id: crypto.randomUUID(), email, role, passwordHash, createdAt: created },
      { at: created, actor: null, address: 'test', action: 'account_created', detail: { email, role } },
    );
    return email;
  }

  type Call = { cookie?: string; origin?: string | null; body?: unknown; address?: string; site?: string };
  function call(method: string, path: string, { cookie, origin = SITE, body, address = ADDRESS, site = SITE }: Call = {}) {
    const headers: Record<string, string> = {};
    if (origin) headers.Origin = origin;
    if (cookie) headers.Cookie = cookie;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return app.request(`${site}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, { clientAddress: address });
  }

  /** Signs in and gives the cookie to send back ("name=value"). */
  async function signIn(email: string, password = PASSWORD, options: Call = {}): Promise<string> {
    const response = await call('POST', '/api/session', { ...options, body: { email, password } });
    if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
    return response.headers.get('Set-Cookie')!.split(';')[0]!;
  }

  /** What a refused request must leave as it was. */
  async function written() {
    const [accounts, audit, version, versions] = [
      await storage.accounts.accounts(),
      await storage.accounts.auditLog(10_000),
      await storage.dataVersion(),
      await storage.versions.list(),
    ];
    return JSON.stringify([accounts, audit, version, versions]);
  }

  return { app, clock, account, call, signIn, written };
}

/**
 * For a describe block: the storage opened before its tests (and closed after), the API app over
 * it, an editor signed in, and the data versions as that editor lists them.
 */
export function editorOver(open: () => Promise<Opened>) {
  const editor = {} as { opened: Opened; t: ReturnType<typeof editingApp>; cookie: string; versions(): Promise<DataVersion[]> };
  beforeAll(async () => {
    editor.opened = await open();
    editor.t = editingApp(editor.opened.storage);
    editor.cookie = await editor.t.signIn(await editor.t.account('editor'));
  });
  afterAll(() => editor.opened?.close());
  editor.versions = async () => ((await (await editor.t.call('GET', '/api/versions', { cookie: editor.cookie })).json()) as { data: DataVersion[] }).data;
  return editor;
}
