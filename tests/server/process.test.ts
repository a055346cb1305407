// The server as a process, built as `npm start` builds it: a first start creates and seeds its
// DATA_DIR, a restart keeps it, a second server on it is refused, SIGTERM stops it with exit 0 and
// frees the lock, and it refuses to start, in one line, on a taken port, an unwritable DATA_DIR or
// an unreachable DATABASE_URL. Then, over real HTTP: the headers, 304, gzip and health checks. The
// same server on a real PostgreSQL (DATABASE_URL): migrated and seeded once, kept over a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import { writeFixtureSpa } from './fixtures';
import { emptyPostgresDatabase } from './postgres';

type Started = { port: number; created: boolean; ms: number };
type Server = { child: ChildProcess; started: Promise<Started>; exited: Promise<{ code: number | null; stderr: string }> };

let root: string;
const running: ChildProcess[] = [];

function startServer(env: Record<string, string>): Server {
  const child = spawn(process.execPath, [join(root, 'dist-server/main.js')], { env: { ...process.env, PORT: '0', ...env }, stdio: 'pipe' });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; stderr: string }>((done) => child.on('exit', (code) => done({ code, stderr })));
  const started = new Promise<Started>((done, fail) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.includes('"listening on'));
      if (line) done(JSON.parse(line) as Started);
    });
    void exited.then(({ code }) => fail(new Error(`the server exited (${code}) before listening: ${stderr}`)));
  });
  // A server expected to refuse to start is awaited for its exit only.
  started.catch(() => {});
  return { child, started, exited };
}

async function stop(server: Server) {
  server.child.kill('SIGTERM');
  return server.exited;
}

beforeAll(async () => {
  // Inside the project, so that the built server finds its packages in node_modules as dist-server/ does.
  await mkdir(resolve('node_modules/.cache'), { recursive: true });
  root = await mkdtemp(resolve('node_modules/.cache/kpi-process-'));
  await writeFixtureSpa(join(root, 'dist'));
  await build({ configFile: resolve('vite.server.config.ts'), logLevel: 'silent', build: { outDir: join(root, 'dist-server') } });
});
afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

describe('the server process', () => {
  let server: Server;
  let base: string;
  const dataDir = () => join(root, 'data');

  it('creates and seeds an empty DATA_DIR on its first start, and stops on SIGTERM with exit 0, freeing the lock', async () => {
    const first = startServer({ DATA_DIR: dataDir() });
    const started = await first.started;
    expect(started.created).toBe(true);
    console.info(`first start on an empty DATA_DIR: ${started.ms} ms`);
    expect(await readdir(dataDir())).toEqual(['pglite', 'server.pid']);
    const units = await (await fetch(`http://127.0.0.1:${started.port}/api/units`)).json();
    expect(units.data).toHaveLength(seed.units.length);
    expect(await stop(first)).toMatchObject({ code: 0 });
    expect(await readdir(dataDir())).toEqual(['pglite']);
  });

  it('keeps the data over a restart', async () => {
    // A copy for the taken-port test below, made while no server has the directory open.
    await cp(dataDir(), join(root, 'copy'), { recursive: true });
    server = startServer({ DATA_DIR: dataDir() });
    const started = await server.started;
    expect(started.created).toBe(false);
    console.info(`restart: ${started.ms} ms`);
    base = `http://127.0.0.1:${started.port}`;
    const ranks = await (await fetch(`${base}/api/observations?indicator=par_rank&units=414&to=2021`)).json();
    expect(ranks.data.map((o: { value: number }) => o.value)).toEqual([17, 9, 9]);
  });

  it('refuses a second server on the same DATA_DIR, in one line, with a non-zero exit', async () => {
    const { code, stderr } = await startServer({ DATA_DIR: dataDir() }).exited;
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^kpi-server: DATA_DIR .* is in use by another server \(pid \d+\)/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a taken port', () => ({ DATA_DIR: join(root, 'copy'), PORT: base.split(':').pop()! }), /port \d+ is already in use/],
    ['an unwritable DATA_DIR', () => ({ DATA_DIR: '/dev/null/data' }), /DATA_DIR \/dev\/null\/data is not writable/],
    ['an unreachable DATABASE_URL', () => ({ DATABASE_URL: 'postgres://kpi:secret@127.0.0.1:1/kpi' }), /cannot reach DATABASE_URL postgres:\/\/kpi:\*\*\*@/],
  ])('refuses to start on %s, in one line, with a non-zero exit', async (_, env, message) => {
    const { code, stderr } = await startServer(env()).exited;
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toContain('secret');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('leaves no lock behind when it refused to start', async () => {
    expect(await readdir(join(root, 'copy'))).toEqual(['pglite']);
  });

  it('answers over HTTP with the security headers, 304, gzip, JSON errors and health checks', async () => {
    const units = await fetch(`${base}/api/units`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(units.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(units.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(units.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    const etag = units.headers.get('ETag')!;
    expect((await fetch(`${base}/api/units`, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    // fetch would decompress on its own; a raw request shows what the server sent.
    const { request } = await import('node:http');
    const gzipped = await new Promise<{ encoding: string | undefined; body: Buffer }>((done, fail) => {
      request(`${base}/api/observations?indicator=par_rank`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', fail)
        .end();
    });
    expect(gzipped.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.body).toString('utf8')).data.length).toBeGreaterThan(100);

    for (const [path, status] of [
      ['/api/nowhere', 404],
      ['/api/observations?indicator=nope', 400],
    ] as const) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(status);
      expect(await response.text()).not.toMatch(/ at |stack/);
    }
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'alive' });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    expect(await (await fetch(`${base}/ranking`)).text()).toContain('<meta name="kpi-api" content="server" />');
  });

  it('stops on SIGTERM with exit 0 and frees the lock', async () => {
    expect(await stop(server)).toMatchObject({ code: 0 });
    expect(await readdir(dataDir())).toEqual(['pglite']);
  });
});

describe('the server process on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof emptyPostgresDatabase>>;
  beforeAll(async () => {
    database = await emptyPostgresDatabase();
  });
  afterAll(() => database?.drop());

  it('migrates and seeds an empty database on its first start, keeps it over a restart, and stops on SIGTERM with exit 0', async () => {
    const first = startServer({ DATABASE_URL: database.url, DATA_DIR: '/dev/null/unused' });
    const started = await first.started;
    expect(started.created).toBe(true);
    const base = `http://127.0.0.1:${started.port}`;
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    expect((await (await fetch(`${base}/api/units`)).json()).data).toHaveLength(seed.units.length);
    expect(await stop(first)).toMatchObject({ code: 0 });

    const second = startServer({ DATABASE_URL: database.url });
    const restarted = await second.started;
    expect(restarted.created).toBe(false);
    const ranks = await (await fetch(`http://127.0.0.1:${restarted.port}/api/observations?indicator=par_rank&units=414&to=2021`)).json();
    expect(ranks.data.map((o: { value: number }) => o.value)).toEqual([17, 9, 9]);
    expect(await stop(second)).toMatchObject({ code: 0 });
  });
});
