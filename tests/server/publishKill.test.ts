// A server process killed (SIGKILL) in the middle of a publication: after a restart the previous
// data version answers, whole, as before, and publishing works again. Built as npm start builds it,
// on an embedded database made as a first start makes it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import type { Observation } from '../../src/api/contract';
import { argon2Passwords } from '../../src/server/auth/argon2';
import { openEmbedded } from '../../src/server/db/open';
import { createSqlStorage } from '../../src/server/storage/sql';
import { writeFixtureSpa } from './fixtures';
import { wholeRanking } from './rankingFixture';

const EDITOR = 'bien.tap@nghean.gov.vn';
const PASSWORD = 'mật khẩu đủ dài 12+';
const source = { id: 'qd-cchc-2024', title: 'Quyết định công bố Chỉ số CCHC', publisher: 'UBND tỉnh Nghệ An', published: '2025-04-01', url: null };
const PROBE = '/api/observations?indicator=par_rank,investment_projects';

let root: string;
const running: ChildProcess[] = [];

type Server = { child: ChildProcess; lines: string[]; base: Promise<string>; exited: Promise<number | null> };

function startServer(): Server {
  const child = spawn(process.execPath, [join(root, 'dist-server/main.js')], { env: { ...process.env, PORT: '0', DATA_DIR: join(root, 'data') } });
  running.push(child);
  const lines: string[] = [];
  let pending = '';
  const base = new Promise<string>((done) =>
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const complete = pending.split('\n');
      pending = complete.pop()!;
      lines.push(...complete);
      const listening = complete.find((l) => l.includes('"listening on'));
      if (listening) done(`http://127.0.0.1:${(JSON.parse(listening) as { port: number }).port}`);
    }),
  );
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, lines, base, exited };
}

/** A line the server logged, once it has logged it. */
function logged(server: Server, text: string): Promise<void> {
  return new Promise((done) => {
    const check = () => (server.lines.some((l) => l.includes(text)) ? done() : undefined);
    check();
    server.child.stdout!.on('data', check);
  });
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { Origin: base, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: EDITOR, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('Set-Cookie')!.split(';')[0]!;
}

const publish = (base: string, cookie: string, observations: unknown[]) =>
  fetch(`${base}/api/versions`, {
    method: 'POST',
    headers: { Origin: base, Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ source, summary: 'Chỉ số CCHC', observations, file: null }),
  });

/**
 * Months of illustrative scores for every district unit, which the database holds before the test:
 * a publication rewrites the current figures, so with these it takes a while.
 */
function manyFigures(): Observation[] {
  const districts = seed.units.filter((u) => u.level === 'district');
  const months = Array.from({ length: 800 }, (_, i) => `${1950 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return districts.flatMap((u) =>
    months.map((month, i) => ({
      ...{ unitCode: u.code, indicatorId: 'par_score', period: { start: month, end: month }, value: i % 7, rankedOf: null },
      ...{ provenance: 'illustrative' as const, sourceId: null, quote: null, note: null },
    })),
  );
}

beforeAll(async () => {
  await mkdir(resolve('node_modules/.cache'), { recursive: true });
  root = await mkdtemp(resolve('node_modules/.cache/kpi-publish-'));
  await writeFixtureSpa(join(root, 'dist'));
  await build({ configFile: resolve('vite.server.config.ts'), logLevel: 'silent', build: { outDir: join(root, 'dist-server') } });
  const database = await openEmbedded(join(root, 'data'), 'src/server/db/migrations');
  try {
    const at = new Date();
    const storage = createSqlStorage(database.db);
    await storage.accounts.createAccount(
      { id: crypto.randomUUID(), email: EDITOR, role: 'editor', passwordHash: await argon2Passwords.hash(PASSWORD), createdAt: at },
      { at, actor: null, address: 'test', action: 'account_created', detail: {} },
    );
    const bulk = { id: crypto.randomUUID(), at, author: null, summary: 'many figures', source: null, restoredFrom: null, file: null };
    await storage.versions.publish(bulk, (current) => ({ ...current, observations: [...current.observations, ...manyFigures()] }), {
      ...{ at, actor: null, address: 'test', action: 'version_published', detail: {} },
    });
  } finally {
    await database.close();
  }
});
afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

describe('a server killed during a publication', () => {
  let before: { version: string | null; body: string; versions: unknown };
  const versions = async (base: string, cookie: string) =>
    ((await (await fetch(`${base}/api/versions`, { headers: { Cookie: cookie } })).json()) as { data: { id: string }[] }).data.map((v) => v.id);

  it('is killed while the publication is under way, before it commits', async () => {
    const server = startServer();
    const base = await server.base;
    const probe = await fetch(`${base}${PROBE}`);
    const cookie = await signIn(base);
    before = { version: probe.headers.get('X-Data-Version'), body: await probe.text(), versions: await versions(base, cookie) };
    const ranking = wholeRanking(2022, source.id);

    const answer = publish(base, cookie, ranking).catch((error: unknown) => error);
    await logged(server, '"publishing data version"');
    server.child.kill('SIGKILL');
    expect(await server.exited).toBeNull();
    // The kill came before the commit, or this test would prove nothing.
    expect(server.lines.some((l) => l.includes('"published data version"'))).toBe(false);
    expect(await answer).toBeInstanceOf(Error);
    console.info(`killed during a publication of ${ranking.length} figures over ${manyFigures().length} more`);
  });

  it('answers with the previous version, whole, after a restart, and publishes again', async () => {
    const server = startServer();
    const base = await server.base;
    const probe = await fetch(`${base}${PROBE}`);
    expect(probe.headers.get('X-Data-Version')).toBe(before.version);
    expect(await probe.text()).toBe(before.body);

    const cookie = await signIn(base);
    expect(await versions(base, cookie)).toEqual(before.versions);

    const published = await publish(base, cookie, wholeRanking(2024, source.id, { '414': 3 }));
    expect(published.status).toBe(201);
    const after = await fetch(`${base}/api/observations?indicator=par_rank&units=414&from=2024&to=2024`);
    expect(((await after.json()) as { data: { value: number; provenance: string }[] }).data).toMatchObject([{ value: 3, provenance: 'reported' }]);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
