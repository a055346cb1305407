// Contract tests: every endpoint of the mock answers in the shape the client's schemas demand,
// bad parameters get a 400 with a JSON body, and every kind of failure becomes a typed error.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, apiBaseUrl } from '../../src/api/client';
import { errorBodySchema } from '../../src/api/contract';
import { ApiError } from '../../src/api/errors';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenario';
import { seed } from '../../mocks/seed';

describe('the mock API meets the contract', () => {
  it('lists the province, its 21 district-level units, the 130 communes and wards of 2025 and the 412 before them', async () => {
    const units = await api.units({ formerCommunes: true });
    const count = (level: string, validTo: string | null, list = units) =>
      list.filter((u) => u.level === level && u.validTo === validTo && u.parentCode !== null).length;
    expect(count('district', '2025-06-30') + count('district', '2024-11-30')).toBe(21);
    expect(count('commune', null)).toBe(130);
    expect(count('commune', '2025-06-30')).toBe(412);
    // What charts are drawn with: the same units but the former communes, which carry no figures.
    const charted = await api.units();
    expect(charted).toHaveLength(units.length - 412);
    expect(count('commune', '2025-06-30', charted)).toBe(0);
    expect(count('commune', null, charted)).toBe(130);
    expect(charted.filter((u) => u.level === 'province')).toHaveLength(units.filter((u) => u.level === 'province').length);
    expect(units.find((u) => u.code === '414')).toMatchObject({ name: 'Thái Hòa', type: 'town', level: 'district', parentCode: '40' });
    expect(units.find((u) => u.code === '413')).toMatchObject({
      validTo: '2024-11-30',
      successorCode: '412',
      lineage: [{ date: '2024-12-01', kind: 'merged_into', before: ['413'], after: ['412'] }],
    });
  });

  it('lists events: Thái Hòa’s conference of 19 May 2022 and Cửa Lò’s merger', async () => {
    const events = await api.events();
    expect(events.find((e) => e.unitCode === '414' && e.kind === 'event')).toMatchObject({ date: '2022-05-19', sourceId: 'baonghean-2022-06-thai-hoa' });
    expect(events.find((e) => e.unitCode === '413')).toMatchObject({ date: '2024-12-01', kind: 'boundary' });
  });

  it('lists indicators and sources', async () => {
    expect((await api.indicators()).map((i) => i.id)).toEqual(expect.arrayContaining(['par_rank', 'par_score', 'investment_projects', 'province_par_rank']));
    expect((await api.sources()).map((s) => s.id)).toContain('baonghean-2022-06-thai-hoa');
  });

  it('answers every indicator’s observations in the contract’s shape', async () => {
    const all = await api.observations({ indicators: seed.indicators.map((i) => i.id) });
    expect(all).toHaveLength(seed.observations.length);
  });

  it('filters by units and by a period range, years or months', async () => {
    const ranks = await api.observations({ indicators: ['par_rank'], units: ['414'], from: '2019', to: '2021' });
    expect(ranks.map((o) => o.value)).toEqual([17, 9, 9]);
    const janMay = await api.observations({ indicators: ['investment_projects'], units: ['414'], from: '2022-01', to: '2022-05' });
    expect(janMay.map((o) => o.value)).toEqual([7]);
  });

  it.each([
    ['', 'indicator'],
    ['indicator=nope', 'indicator'],
    ['indicator=par_rank&units=999', 'units'],
    ['indicator=par_rank&from=2019-13', 'from'],
    ['indicator=par_rank&to=last-year', 'to'],
    ['indicator=par_rank&from=2022&to=2019', 'from'],
  ])('rejects "%s" with 400 naming %s', async (query, parameter) => {
    const response = await fetch(`${apiBaseUrl()}/observations?${query}`);
    expect(response.status).toBe(400);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error).toMatchObject({ code: 'invalid_parameter', parameter });
    expect(body.error.message.length).toBeGreaterThan(5);
  });

  it('dates the seed by its newest source (June 2025: the 130 communes and wards), not by when it was loaded', async () => {
    const update = await api.dataUpdate();
    expect(update).toEqual({ version: expect.any(String), basis: 'newest-source', date: '2025-06' });
    const response = await fetch(`${apiBaseUrl()}/units`);
    expect(response.headers.get('X-Data-Version')).toBe(update.version);
  });

  it('rejects a publication date that is not a day', async () => {
    server.use(http.get('*/api/data-version', () => HttpResponse.json({ data: { version: 'v2', basis: 'published', date: '2026' } })));
    await expect(api.dataUpdate()).rejects.toMatchObject({ kind: 'invalid-payload', message: expect.stringMatching(/data\.date/) });
  });

  it('answers an unknown endpoint with a JSON 404', async () => {
    const response = await fetch(`${apiBaseUrl()}/nothing-here`);
    expect(response.status).toBe(404);
    expect(errorBodySchema.safeParse(await response.json()).success).toBe(true);
  });
});

describe('the client turns every failure into a typed, readable error', () => {
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.fail('should have failed'),
      (e: unknown) => e as ApiError,
    );

  it.each([
    ['error', 'http', 500, true],
    ['notfound', 'http', 404, false],
    ['offline', 'network', null, true],
    ['malformed', 'not-json', 200, false],
    ['invalid', 'invalid-payload', 200, false],
  ] as const)('mock=%s → %s error', async (fault, kind, status, retryable) => {
    setScenario({ fault });
    const error = await failure(api.units());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind, status, endpoint: '/units' });
    expect(error.retryable).toBe(retryable);
    expect(error.message).not.toBe('');
  });

  it('says where a payload breaks the schema', async () => {
    server.use(http.get('*/api/units', () => HttpResponse.json({ data: [{ code: '414' }] })));
    const error = await failure(api.units());
    expect(error.message).toMatch(/data\.0\.name/);
  });

  it('rejects a rank outside 1..N, even when every field has the right type', async () => {
    const [valid] = seed.observations.filter((o) => o.indicatorId === 'par_rank');
    server.use(http.get('*/api/observations', () => HttpResponse.json({ data: [{ ...valid, value: 22, rankedOf: 21 }] })));
    const error = await failure(api.observations({ indicators: ['par_rank'] }));
    expect(error.kind).toBe('invalid-payload');
  });

  it('empties only the scenario’s endpoint, and only for the calls it names', async () => {
    setScenario({ fault: 'empty', endpoint: 'units', times: 1 });
    expect(await api.indicators()).not.toHaveLength(0);
    expect(await api.units({ formerCommunes: true })).toHaveLength(0);
    expect(await api.units({ formerCommunes: true })).toHaveLength(seed.units.length);
  });
});
