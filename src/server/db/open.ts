// Opens the database the server runs on: PostgreSQL at DATABASE_URL, else the embedded PGlite in
// DATA_DIR. Either way migrated to the committed schema and seeded on first use.
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as pgliteDrizzle } from 'drizzle-orm/pglite';
import { migrate as pgliteMigrate } from 'drizzle-orm/pglite/migrator';
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres';
import { migrate as pgMigrate } from 'drizzle-orm/node-postgres/migrator';
import { access, constants, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../storage/sql';
import { StartupError } from '../startupError';
import { lockDataDir } from './lock';
import * as schema from './schema';
import { seed as mockSeed } from '../../../mocks/seed';
import type { Dataset } from '../storage/memory';
import { seedIfEmpty } from './seed';
import { addMissingSeedUnits } from './seedUpgrade';

export type OpenDatabase = {
  db: Database;
  /** Rejects when the database cannot answer (for /readyz). */
  ping(): Promise<void>;
  /** Closes the database and releases what it holds (the DATA_DIR lock). */
  close(): Promise<void>;
  /** Whether this start created the data (a first start). */
  created: boolean;
};

const PGLITE_DIR = 'pglite';

async function ensureWritable(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK);
  } catch (error) {
    throw new StartupError(`DATA_DIR ${dataDir} is not writable (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/**
 * Creates, migrates and seeds a new database in a temporary folder and only then renames it into
 * place: a first start that is interrupted leaves no half-made database behind.
 */
async function createEmbedded(dataDir: string, migrationsFolder: string, data: Dataset): Promise<void> {
  const temporary = join(dataDir, `${PGLITE_DIR}.creating-${process.pid}`);
  const client = await PGlite.create(temporary);
  try {
    const db = pgliteDrizzle({ client, schema });
    await pgliteMigrate(db, { migrationsFolder });
    await seedIfEmpty(db, data);
  } finally {
    await client.close();
  }
  await rename(temporary, join(dataDir, PGLITE_DIR));
}

export async function openEmbedded(dataDir: string, migrationsFolder: string, data?: Dataset): Promise<OpenDatabase> {
  await ensureWritable(dataDir);
  const lock = lockDataDir(dataDir);
  try {
    // Left by a first start that was interrupted; the lock says no other server is making it now.
    for (const name of await readdir(dataDir)) {
      if (name.startsWith(`${PGLITE_DIR}.creating-`)) await rm(join(dataDir, name), { recursive: true, force: true });
    }
    const exists = (await readdir(dataDir)).includes(PGLITE_DIR);
    if (!exists) await createEmbedded(dataDir, migrationsFolder, data ?? mockSeed);
    const client = await PGlite.create(join(dataDir, PGLITE_DIR));
    const db = pgliteDrizzle({ client, schema });
    // A database made by an older version of the server gets the newer migrations.
    await pgliteMigrate(db, { migrationsFolder });
    if (exists) logUpgrade(await addMissingSeedUnits(db, data ?? mockSeed));
    return {
      db,
      created: !exists,
      ping: async () => void (await client.query('select 1')),
      close: async () => {
        await client.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

const logUpgrade = (added: number) =>
  added > 0
    ? console.info(JSON.stringify({ level: 'info', message: `added the ${added} units of the seed the database lacked, as a new data version` }))
    : undefined;

/** The URL without its password, for messages. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable URL)';
  }
}

/** Any number for a session-level advisory lock, the same in every instance of this server. */
const MIGRATION_LOCK = 740_414;

export async function openPostgres(databaseUrl: string, migrationsFolder: string, data?: Dataset): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000, max: 10 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', (error) => console.error(JSON.stringify({ level: 'error', message: `database connection lost: ${error.message}` })));
  let connection: pg.PoolClient;
  try {
    connection = await pool.connect();
  } catch (error) {
    await pool.end();
    throw new StartupError(`cannot reach DATABASE_URL ${redacted(databaseUrl)}: ${(error as Error).message || String(error)}`);
  }
  let created = false;
  try {
    // Instances starting together take turns: one migrates and seeds, the others find it done.
    const session = pgDrizzle({ client: connection, schema });
    await session.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await pgMigrate(session, { migrationsFolder });
      created = await seedIfEmpty(session, data);
      if (!created) logUpgrade(await addMissingSeedUnits(session, data ?? mockSeed));
    } finally {
      await session.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } catch (error) {
    connection.release();
    await pool.end();
    throw error;
  }
  connection.release();
  return {
    db: pgDrizzle({ client: pool, schema }),
    created,
    ping: async () => void (await pool.query('select 1')),
    close: () => pool.end(),
  };
}
