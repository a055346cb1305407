// The server's HTTP app in process, over the memory storage and a stand-in build: which file each
// path gets and how it may be cached, compression, security headers, JSON errors without stacks,
// health checks, the request log, and a shutdown that lets a slow request finish.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seed } from '../../mocks/seed';
import { nationwideSeed } from '../../mocks/seed/nationwide';
import type { Storage } from '../../src/server/api/storage';
import { createServerApp, type ServerAppOptions } from '../../src/server/http/app';
import { listen } from '../../src/server/http/listen';
import { loadSpa, SERVER_API_MARKER, type Spa } from '../../src/server/http/spa';
import { createMemoryStorage } from '../../src/server/storage/memory';
import { FIXTURE_POLICY, writeFixtureSpa } from './fixtures';

let root: string;
let spa: Spa;
const logged: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kpi-http-'));
  await writeFixtureSpa(join(root, 'dist'));
  spa = await loadSpa(join(root, 'dist'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const appOver = (overrides: Partial<ServerAppOptions> = {}) =>
  createServerApp({
    storage: createMemoryStorage(seed),
    spa,
    ping: async () => {},
    stopping: () => false,
    log: (line) => logged.push(line),
    ...overrides,
  });

describe('the server app', () => {
  let app: ReturnType<typeof appOver>;
  beforeAll(() => void (app = appOver()));

  it.each([
    ['/', 'overview'],
    ['/ranking', 'ranking'],
    ['/units/414', 'overview'],
    ['/compare?units=414,425', 'overview'],
  ])('serves %s the %s page, marked as served with the API, never cached unasked', async (path, title) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(SERVER_API_MARKER);
  });

  it('serves the pages prerendered with the seed only while the database holds the seed; then the shell, whose page fetches its figures', async () => {
    const published = appOver({ storage: { ...createMemoryStorage(seed), dataVersion: async () => 'published-after-the-build' } });
    for (const path of ['/', '/ranking', '/units/414']) {
      const html = await (await published.request(path)).text();
      expect(html, path).toContain('<title>shell</title>');
      expect(html, path).toContain(SERVER_API_MARKER);
    }
  });

  it('serves hashed assets as immutable, and a missing one as a JSON 404 rather than the page', async () => {
    const asset = await app.request('/assets/index-C4eiAnFD.js');
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    const missing = await app.request('/assets/gone-123.js');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('puts the security headers on every answer, with the build’s policy and no framing', async () => {
    for (const path of ['/', '/api/units', '/api/nowhere', '/healthz', '/assets/index-C4eiAnFD.js']) {
      const { headers } = await app.request(path);
      expect(headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(headers.get('Referrer-Policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('Content-Security-Policy'), path).toBe(`${FIXTURE_POLICY}; frame-ancestors 'none'`);
    }
  });

  it.each(['/api/observations?indicator=par_rank', '/'])('compresses %s with gzip or Brotli, as accepted', async (path) => {
    const gzipped = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(gzipped.headers.get('Vary')).toBe('Accept-Encoding');
    const plain = await (await app.request(path)).text();
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString('utf8')).toBe(plain);
    const brotli = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(brotli.headers.get('Content-Encoding')).toBe('br');
    expect((await app.request(path, { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' } })).headers.get('Content-Encoding')).toBeNull();
  });

  it.each(['/api/observations?indicator=par_rank', '/ranking'])('answers %s again from its kept compressed form, headers and bytes alike', async (path) => {
    const ask = () => app.request(path, { headers: { 'Accept-Encoding': 'br' } });
    const first = await ask();
    const firstBytes = Buffer.from(await first.arrayBuffer());
    const again = await ask();
    expect(Object.fromEntries(again.headers)).toEqual(Object.fromEntries(first.headers));
    expect(again.headers.get('ETag')).toMatch(/^(W\/)?"/);
    expect(Buffer.from(await again.arrayBuffer()).equals(firstBytes)).toBe(true);
    expect(brotliDecompressSync(firstBytes).toString('utf8')).toBe(await (await app.request(path)).text());
  });

  it('sends the nationwide ranking (2.6 MB of JSON) in under 400 kB, the same bytes to the next client', async () => {
    const nationwide = appOver({ storage: createMemoryStorage(nationwideSeed()) });
    const path = '/api/observations?indicator=par_rank,par_score';
    const plain = await (await nationwide.request(path)).text();
    expect(plain.length).toBeGreaterThan(2_000_000);
    for (const encoding of ['br', 'gzip']) {
      const [first, second] = await Promise.all(
        [1, 2].map(async () => Buffer.from(await (await nationwide.request(path, { headers: { 'Accept-Encoding': encoding } })).arrayBuffer())),
      );
      expect(first!.byteLength, encoding).toBeLessThan(400_000);
      expect((encoding === 'br' ? brotliDecompressSync(first!) : gunzipSync(first!)).toString('utf8')).toBe(plain);
      expect(second!.equals(first!)).toBe(true);
    }
  });

  it.each(['/api/units', '/ranking'])('answers %s with 304 to the ETag it gave, compressed or not', async (path) => {
    const etag = (await app.request(path)).headers.get('ETag')!;
    for (const encoding of ['identity', 'br']) {
      const again = await app.request(path, { headers: { 'If-None-Match': etag, 'Accept-Encoding': encoding } });
      expect(again.status, encoding).toBe(304);
      expect(await again.text(), encoding).toBe('');
    }
  });

  it('answers errors in JSON without a stack: 404, 400, 413 and 500', async () => {
    // The failure is logged for whoever runs the server; here it is expected.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing: Storage = { ...createMemoryStorage(seed), units: () => Promise.reject(new Error('disk on fire at /var/lib/secret')) };
    const answers = [
      [await app.request('/api/nowhere'), 404, 'not_found'],
      [await app.request('/nowhere', { method: 'POST' }), 404, 'not_found'],
      [await app.request('/api/observations?indicator=nope'), 400, 'invalid_parameter'],
      [await app.request('/api/units', { method: 'POST', body: 'x'.repeat(70_000), headers: { 'Content-Length': '70000' } }), 413, 'payload_too_large'],
      [await appOver({ storage: failing }).request('/api/units'), 500, 'internal'],
    ] as const;
    for (const [response, status, code] of answers) {
      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = await response.text();
      expect(JSON.parse(body)).toMatchObject({ error: { code } });
      expect(body).not.toMatch(/secret|at .*\.ts|Error:/);
    }
  });

  it('is alive at /healthz, and ready at /readyz only while the storage answers and it is not stopping', async () => {
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'alive' });
    expect((await app.request('/readyz')).status).toBe(200);
    expect((await appOver({ ping: () => Promise.reject(new Error('gone')) }).request('/readyz')).status).toBe(503);
    expect((await appOver({ stopping: () => true }).request('/readyz')).status).toBe(503);
  });

  it('logs one JSON line per request: method, path, status, time', async () => {
    logged.length = 0;
    await app.request('/api/units?x=1');
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ method: 'GET', path: '/api/units', status: 200, ms: expect.any(Number) });
  });
});

describe('a server that stops', () => {
  it('answers the request under way before it closes, and takes no new one', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const memory = createMemoryStorage(seed);
    const slow: Storage = { ...memory, units: async () => (await held, memory.units()) };
    const server = await listen(appOver({ storage: slow }), 0, '127.0.0.1');
    const url = `http://127.0.0.1:${server.port}`;
    const slowAnswer = fetch(`${url}/api/units`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closed).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    release();
    const response = await slowAnswer;
    expect(response.status).toBe(200);
    expect((await response.json()).data).toHaveLength(seed.units.length);
    await closing;
    expect(closed).toBe(true);
  });
});
