// The server process: reads its settings from the environment, serves until SIGTERM or SIGINT,
// and says in one line why it cannot start.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server';
import { StartupError } from './startupError';

// Built into dist-server/, beside the SPA's dist/ and with the migrations copied in.
const here = dirname(fileURLToPath(import.meta.url));
const log = (line: string) => process.stdout.write(`${line}\n`);
const fail = (message: string) => {
  process.stderr.write(`kpi-server: ${message}\n`);
  process.exit(1);
};

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`PORT must be a port number, not "${process.env.PORT}"`);

// The nationwide data set (all illustrative) is for trying the server at the country's scale.
const datasetName = process.env.DATASET ?? 'seed';
if (datasetName !== 'seed' && datasetName !== 'nationwide') fail(`DATASET must be "seed" or "nationwide", not "${datasetName}"`);
const dataset = datasetName === 'nationwide' ? (await import('../../mocks/seed/nationwide')).nationwideSeed() : undefined;

const started = performance.now();
try {
  const server = await startServer(
    {
      port,
      dataDir: resolve(process.env.DATA_DIR ?? 'data'),
      databaseUrl: process.env.DATABASE_URL || undefined,
      distDir: resolve(here, '../dist'),
      migrationsFolder: resolve(here, 'migrations'),
      rendererPath: resolve(here, 'render.js'),
      dataset,
    },
    log,
  );
  const where = process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : `PGlite in ${resolve(process.env.DATA_DIR ?? 'data')}`;
  const ms = Math.round(performance.now() - started);
  log(
    JSON.stringify({
      message: `listening on http://localhost:${server.port} (${where}${server.database.created ? `, created and seeded with the ${datasetName} data set` : ''}) in ${ms} ms`,
      port: server.port,
      created: server.database.created,
      ms,
    }),
  );

  let stopping: Promise<void> | null = null;
  const stop = (signal: string) => {
    if (stopping) return;
    log(JSON.stringify({ message: `${signal}: finishing the requests under way, then stopping` }));
    stopping = server.stop().then(
      () => process.exit(0),
      (error: unknown) => fail(`could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  fail(error instanceof StartupError ? error.message : `could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
