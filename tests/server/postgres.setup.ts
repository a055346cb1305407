// The server project's real PostgreSQL: the one TEST_DATABASE_URL names (a server on which the
// tests may create databases), or else a throwaway PostgreSQL 15+ started here and stopped after.
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../scripts/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  const started = Date.now();
  const postgres = await startPostgres();
  console.info(`PostgreSQL for the server tests started in ${Date.now() - started} ms`);
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
