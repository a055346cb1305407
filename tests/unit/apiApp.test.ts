// The API app in process (app.request), as the Node server will host it: every endpoint in the
// contract's shape, error bodies that name what went wrong and hide how, data versions and 304s,
// and an OpenAPI document that is valid and lists the endpoints.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it, vi } from 'vitest';
import {
  dataUpdateResponseSchema,
  errorBodySchema,
  eventsResponseSchema,
  indicatorsResponseSchema,
  observationsResponseSchema,
  sourcesResponseSchema,
  unitsResponseSchema,
} from '../../src/api/contract';
import { observationSearchParams } from '../../src/api/observationQuery';
import { createApiApp } from '../../src/server/api/app';
import type { Storage } from '../../src/server/api/storage';
import { createMemoryStorage } from '../../src/server/storage/memory';
import { seed } from '../../mocks/seed';

const storage = createMemoryStorage(seed);
const app = createApiApp(storage);
const ranks414 = `/api/observations?${observationSearchParams({ indicators: ['par_rank'], units: ['414'], from: '2019', to: '2021' })}`;

describe('the API app', () => {
  it.each([
    ['/api/units', unitsResponseSchema, seed.units.length],
    ['/api/units?former_communes=include', unitsResponseSchema, seed.units.length],
    ['/api/units?former_communes=exclude', unitsResponseSchema, seed.units.filter((u) => !(u.level === 'commune' && u.validTo !== null)).length],
    ['/api/indicators', indicatorsResponseSchema, seed.indicators.length],
    ['/api/sources', sourcesResponseSchema, seed.sources.length],
    ['/api/events', eventsResponseSchema, seed.events.length],
    [`/api/observations?indicator=${seed.indicators.map((i) => i.id).join(',')}`, observationsResponseSchema, seed.observations.length],
  ])('answers %s with 200 and a body the client’s schema accepts', async (path, schema, count) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(schema.parse(await response.json()).data).toHaveLength(count);
  });

  it('reads the query the client writes: Thái Hòa’s ranks 2019–2021 are 17, 9, 9', async () => {
    const { data } = observationsResponseSchema.parse(await (await app.request(ranks414)).json());
    expect(data.map((o) => [o.period.start, o.value])).toEqual([
      ['2019-01', 17],
      ['2020-01', 9],
      ['2021-01', 9],
    ]);
  });

  it('rejects units?former_communes= anything but include or exclude, naming it', async () => {
    const response = await app.request('/api/units?former_communes=some');
    expect(response.status).toBe(400);
    expect(errorBodySchema.parse(await response.json()).error).toMatchObject({ code: 'invalid_parameter', parameter: 'former_communes' });
  });

  it.each([
    ['', 'indicator'],
    ['indicator=nope', 'indicator'],
    ['indicator=par_rank&units=414,999', 'units'],
    ['indicator=par_rank&from=2019-13', 'from'],
    ['indicator=par_rank&to=last-year', 'to'],
    ['indicator=par_rank&from=2022&to=2019', 'from'],
  ])('rejects observations?%s with 400 naming %s', async (query, parameter) => {
    const response = await app.request(`/api/observations?${query}`);
    expect(response.status).toBe(400);
    const { error } = errorBodySchema.parse(await response.json());
    expect(error).toMatchObject({ code: 'invalid_parameter', parameter });
    expect(error.message.length).toBeGreaterThan(5);
  });

  it.each([
    ['GET', '/api/nothing-here'],
    ['GET', '/api'],
    ['POST', '/api/units'],
  ])('answers %s %s with a JSON 404', async (method, path) => {
    const response = await app.request(path, { method });
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('not_found');
  });

  it('answers a storage failure with a 500 that says nothing of how it failed', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing: Storage = {
      ...storage,
      units: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.7:5432 (password for kpi_reader)')),
    };
    const response = await createApiApp(failing).request('/api/units');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(errorBodySchema.parse(JSON.parse(text)).error).toEqual({ code: 'internal', message: 'the server failed' });
    expect(text).not.toMatch(/ECONNREFUSED|kpi_reader|\bat\s|\.ts:\d|stack/);
    expect(logged).toHaveBeenCalledOnce();
  });
});

describe('data versions', () => {
  const version = () => storage.dataVersion();

  it('names the data version of every answer in ETag and X-Data-Version, and asks clients to revalidate', async () => {
    for (const path of ['/api/units', '/api/indicators', ranks414, '/api/data-version']) {
      const response = await app.request(path);
      expect(response.headers.get('ETag')).toBe(`W/"${await version()}"`);
      expect(response.headers.get('X-Data-Version')).toBe(await version());
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
    }
    expect((await app.request('/api/nothing-here')).headers.get('Cache-Control')).toBe('no-cache');
  });

  it.each([
    ['its weak tag', (v: string) => `W/"${v}"`],
    ['its tag written strong', (v: string) => `"${v}"`],
    ['a list holding its tag', (v: string) => `"older", W/"${v}"`],
    ['*', () => '*'],
  ])('answers If-None-Match with %s by 304, no body and no read of the data', async (_, tag) => {
    const counted = { ...storage, observations: vi.fn(storage.observations) };
    const response = await createApiApp(counted).request(ranks414, { headers: { 'If-None-Match': tag(await version()) } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('ETag')).toBe(`W/"${await version()}"`);
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(counted.observations).not.toHaveBeenCalled();
  });

  it('answers in full when the version held is not the current one, and never turns a 400 into a 304', async () => {
    expect((await app.request('/api/units', { headers: { 'If-None-Match': 'W/"older"' } })).status).toBe(200);
    expect((await app.request('/api/observations?indicator=nope', { headers: { 'If-None-Match': '*' } })).status).toBe(400);
  });

  it('answers a question asked before from memory until the data version changes', async () => {
    let version = 'v1';
    let reads = 0;
    const counting: Storage = {
      ...storage,
      dataVersion: async () => version,
      observations: async (filter) => {
        reads++;
        return storage.observations(filter);
      },
    };
    const app = createApiApp(counting);
    const ask = () => app.request('/api/observations?indicator=par_rank&units=414');
    const first = await ask();
    const second = await ask();
    expect(reads).toBe(1);
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(await second.json()).toEqual(await first.json());
    expect((await app.request('/api/observations?indicator=par_rank&units=999')).status).toBe(400);
    version = 'v2';
    const third = await ask();
    expect(reads).toBe(2);
    expect(third.headers.get('X-Data-Version')).toBe('v2');
    // Many asking at once for what is not kept yet (a new version) wait for one reading.
    version = 'v3';
    const crowd = await Promise.all(Array.from({ length: 5 }, ask));
    expect(reads).toBe(3);
    expect(crowd.map((r) => [r.status, r.headers.get('X-Data-Version')])).toEqual(Array.from({ length: 5 }, () => [200, 'v3']));
    expect(new Set(await Promise.all(crowd.map((r) => r.text()))).size).toBe(1);
    // An answer that is not kept (a 400) is made again for each, the one asking first included.
    const refused = await Promise.all([1, 2].map(() => app.request('/api/observations?indicator=par_rank&units=999')));
    expect(refused.map((r) => r.status)).toEqual([400, 400]);
  });

  it('says which version is current and when its data changed, in the version’s own answer', async () => {
    const response = await app.request('/api/data-version');
    expect(response.status).toBe(200);
    const { data } = dataUpdateResponseSchema.parse(await response.json());
    expect(data).toEqual({ version: await version(), basis: 'newest-source', date: '2025-06' });
    const held = await app.request('/api/data-version', { headers: { 'If-None-Match': `W/"${await version()}"` } });
    expect(held.status).toBe(304);
  });

  it('changes whenever the data changes, and only then', async () => {
    const same = createMemoryStorage({ ...seed, units: seed.units.map((u) => ({ ...u })) });
    const renamed = createMemoryStorage({ ...seed, units: seed.units.map((u) => (u.code === '414' ? { ...u, name: 'Thái Hoà' } : u)) });
    expect(await same.dataVersion()).toBe(await version());
    expect(await renamed.dataVersion()).not.toBe(await version());
  });
});

describe('the OpenAPI document at /api/openapi.json', () => {
  it('is valid OpenAPI 3 and lists the six public endpoints anyone reads, with what observations reads', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = await response.json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toMatch(/^3\./);
    expect(document.servers).toEqual([{ url: '/api' }]);
    const open = Object.keys(document.paths).filter((path) => Object.values(document.paths[path]).some((op) => !(op as { security?: unknown }).security));
    expect(open.sort()).toEqual(['/data-version', '/events', '/indicators', '/observations', '/session', '/sources', '/units']);
    const observations = document.paths['/observations'].get;
    expect(observations.parameters.map((p: { name: string; required: boolean }) => [p.name, p.required])).toEqual([
      ['indicator', true],
      ['units', false],
      ['from', false],
      ['to', false],
      ['If-None-Match', false],
    ]);
    expect(Object.keys(observations.responses).sort()).toEqual(['200', '304', '400', '500']);
    for (const path of open.filter((p) => p !== '/session')) {
      expect((await app.request(`/api${path}?indicator=par_rank`)).status, path).toBe(200);
    }
  });

  it('documents every route the app serves, each with its method, and nothing it does not serve', async () => {
    const document = await (await app.request('/api/openapi.json')).json();
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    // Hono lists middleware as "ALL"; the document does not describe itself.
    const served = app.routes
      .filter((route) => route.method !== 'ALL' && route.path !== '/api/openapi.json')
      .map((route) => `${route.method} ${route.path.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual(documented);
    expect(documented).toContain('PATCH /accounts/{email}');
    expect(documented).toContain('POST /versions/{id}/restore');
    // Editing routes say that they need the session cookie.
    expect(document.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(document.paths['/audit'].get.security).toEqual([{ session: [] }]);
  });
});
