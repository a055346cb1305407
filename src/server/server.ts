// Starts the server (database, app, port) and stops it in the right order; main.ts runs it as a
// process, the tests in process.
import { argon2Passwords } from './auth/argon2';
import { createSqlStorage } from './storage/sql';
import { withVersionCache } from './api/versionCache';
import { openEmbedded, openPostgres, type OpenDatabase } from './db/open';
import { createServerApp } from './http/app';
import { listen } from './http/listen';
import { loadSpa } from './http/spa';
import type { PageRenderer } from './http/pages';
import { pathToFileURL } from 'node:url';
import type { Dataset } from './storage/memory';

export type ServerConfig = {
  port: number;
  hostname?: string;
  dataDir: string;
  /** PostgreSQL; the embedded PGlite in dataDir when absent. */
  databaseUrl?: string;
  distDir: string;
  migrationsFolder: string;
  /** The page renderer built beside the server (render.js); pages are the built files without it. */
  rendererPath?: string;
  /** What an empty database is seeded with (the mock's seed when absent). */
  dataset?: Dataset;
};

/**
 * How stale another server's publication may look here (docs/deploy.md): publications are rare, and
 * a second's delay costs readers nothing, where a query per request cost every request.
 */
const VERSION_MAX_AGE_MS = 1_000;

export type RunningServer = {
  port: number;
  database: OpenDatabase;
  /** Stops taking requests, lets those under way finish, then closes the database. */
  stop(): Promise<void>;
};

export async function startServer(config: ServerConfig, log: (line: string) => void): Promise<RunningServer> {
  const spa = await loadSpa(config.distDir);
  // Loaded by path, not imported: the renderer is the app's code, built as its own entry.
  const renderer = config.rendererPath ? ((await import(pathToFileURL(config.rendererPath).href)) as PageRenderer) : undefined;
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl, config.migrationsFolder, config.dataset)
    : await openEmbedded(config.dataDir, config.migrationsFolder, config.dataset);
  let stopping = false;
  const app = createServerApp({
    storage: withVersionCache(createSqlStorage(database.db, log), { maxAgeMs: VERSION_MAX_AGE_MS }),
    passwords: argon2Passwords,
    spa,
    renderer,
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
