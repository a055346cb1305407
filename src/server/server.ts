// Starts the server (database, app, port) and stops it in the right order; main.ts runs it as a
// process, the tests in process.
import { argon2Passwords } from './auth/argon2';
import { createSqlStorage } from './storage/sql';
import { openEmbedded, openPostgres, type OpenDatabase } from './db/open';
import { createServerApp } from './http/app';
import { listen } from './http/listen';
import { loadSpa } from './http/spa';

export type ServerConfig = {
  port: number;
  hostname?: string;
  dataDir: string;
  /** PostgreSQL; the embedded PGlite in dataDir when absent. */
  databaseUrl?: string;
  distDir: string;
  migrationsFolder: string;
};

export type RunningServer = {
  port: number;
  database: OpenDatabase;
  /** Stops taking requests, lets those under way finish, then closes the database. */
  stop(): Promise<void>;
};

export async function startServer(config: ServerConfig, log: (line: string) => void): Promise<RunningServer> {
  const spa = await loadSpa(config.distDir);
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl, config.migrationsFolder)
    : await openEmbedded(config.dataDir, config.migrationsFolder);
  let stopping = false;
  const app = createServerApp({
    storage: createSqlStorage(database.db, log),
    passwords: argon2Passwords,
    spa,
    ping: database.ping,
    stopping: () => stopping,
    log,
  });
  let listening;
  try {
    listening = await listen(app, config.port, config.hostname);
  } catch (error) {
    await database.close();
    throw error;
  }
  // Once the port is taken, not before: a first start is busy enough creating its database.
  spa.precompress();
  return {
    port: listening.port,
    database,
    stop: async () => {
      stopping = true;
      await listening.close();
      await database.close();
    },
  };
}
