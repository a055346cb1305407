// `npm run bench:api`: the server under load. Starts `npm start`'s server on a fresh embedded
// database (PGlite) and on a throwaway PostgreSQL, then for each endpoint 50 concurrent clients for
// 20 s (autocannon, asking for compressed answers as browsers do) and reports median and p99
// latency, requests per second, errors, and the server's memory before and after, with the
// machine's load. Options: --duration=SECONDS, --connections=N, --dataset=seed|nationwide,
// --databases=pglite,postgres. Writes bench-results/api-<dataset>.{md,json}.
import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startPostgres } from '../postgres.mjs';
import { startAppServer } from './server.mjs';

const root = resolve(import.meta.dirname, '../..');
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const DURATION = Number(option('duration', 20));
const CONNECTIONS = Number(option('connections', 50));
const DATASET = option('dataset', 'seed');
const DATABASES = option('databases', 'pglite,postgres').split(',');

const ENDPOINTS = [
  '/api/observations?indicator=par_rank',
  '/api/observations?indicator=par_rank%2Cpar_score',
  '/api/observations?indicator=investment_projects%2Cinvestment_projects_cumulative',
  '/api/observations?indicator=par_rank%2Cpar_score&units=414',
  '/api/units',
  '/api/indicators',
  '/api/sources',
  '/api/events',
  '/',
  '/ranking',
];

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Math.round(Number(line[1]) / 1024) : NaN;
};

function load(url) {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { 'accept-encoding': 'br, gzip' } });
}

async function measure(database, env) {
  const server = await startAppServer(env);
  try {
    // One request each first: what is measured is the answer under load, not the first read from disk.
    for (const path of ENDPOINTS) await (await fetch(server.base + path)).arrayBuffer();
    const rssBefore = rssMb(server.pid);
    const rows = [];
    for (const path of ENDPOINTS) {
      const result = await load(server.base + path);
      const row = {
        database,
        path,
        p50: result.latency.p50,
        p99: result.latency.p99,
        requestsPerSecond: Math.round(result.requests.average),
        errors: result.errors + result.timeouts + result.non2xx,
        load1: Number(loadavg()[0].toFixed(2)),
      };
      console.log(
        `${database.padEnd(10)} ${path.padEnd(84)} p50 ${row.p50} ms  p99 ${row.p99} ms  ${row.requestsPerSecond}/s  errors ${row.errors}  load ${row.load1}`,
      );
      rows.push(row);
    }
    const rssAfter = rssMb(server.pid);
    console.log(`${database}: server memory ${rssBefore} MB before, ${rssAfter} MB after`);
    return { rows, memory: { database, rssBefore, rssAfter } };
  } finally {
    await server.stop();
  }
}

async function withPostgres(run) {
  const postgres = await startPostgres();
  const admin = new pg.Client({ connectionString: postgres.url });
  try {
    await admin.connect();
    await admin.query('CREATE DATABASE kpi_bench');
    return await run(postgres.url.replace(/\/postgres$/, '/kpi_bench'));
  } finally {
    await admin.end();
    postgres.stop();
  }
}

const results = [];
const memory = [];
console.log(
  `${CONNECTIONS} connections × ${DURATION} s per endpoint, ${DATASET} data set, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const database of DATABASES) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kpi-bench-data-'));
  try {
    const run = (env) => measure(database, { DATA_DIR: dataDir, DATASET, ...env });
    const measured = database === 'postgres' ? await withPostgres((url) => run({ DATABASE_URL: url })) : await run({});
    results.push(...measured.rows);
    memory.push(measured.memory);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const table = [
  `${CONNECTIONS} concurrent clients, ${DURATION} s per endpoint, the ${DATASET} data set, ${new Date().toISOString()}, ${cpus().length} cores`,
  '',
  '| database | endpoint | median ms | p99 ms | requests/s | errors | load (1 min) |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.database} | \`${r.path}\` | ${r.p50} | ${r.p99} | ${r.requestsPerSecond} | ${r.errors} | ${r.load1} |`),
  '',
  ...memory.map((m) => `- ${m.database}: server memory (RSS) ${m.rssBefore} MB before the runs, ${m.rssAfter} MB after`),
].join('\n');
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', `api-${DATASET}.md`), `${table}\n`);
writeFileSync(join(root, 'bench-results', `api-${DATASET}.json`), JSON.stringify({ results, memory }, null, 2));
console.log(`\n${table}`);
