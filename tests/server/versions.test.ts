// Publishing on both storages: an editor's figures become a new data version at once (reported,
// with their source), the original file is kept with its SHA-256, a bad publication writes nothing,
// and restoring an old version publishes it again — no version is ever lost.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation, Source } from '../../src/api/contract';
import type { DataVersion } from '../../src/api/versions';
import { withVersionCache } from '../../src/server/api/versionCache';
import { editingApp, storages } from './accountFixture';

// As the server holds it: a publication must show at once even with the version held for a minute.
const cachedSql: (typeof storages)[number] = [
  'PGlite, version held in the process',
  async () => {
    const opened = await storages.find(([name]) => name === 'PGlite')![1]();
    return { ...opened, storage: withVersionCache(opened.storage, { maxAgeMs: 60_000 }) };
  },
];

const decision: Source = {
  id: 'qd-1048-2023',
  title: 'Quyết định 1048/QĐ-UBND công bố Chỉ số CCHC năm 2022',
  publisher: 'UBND tỉnh Nghệ An',
  published: '2023-04-18',
  url: 'https://nghean.gov.vn/qd-1048',
  note: null,
};
const rank = (unitCode: string, value: number): Observation => ({
  unitCode,
  indicatorId: 'par_rank',
  period: { start: '2022-01', end: '2022-12' },
  value,
  rankedOf: 21,
  provenance: 'reported',
  sourceId: decision.id,
  quote: null,
  note: null,
});
const FILE = new TextEncoder().encode('Mã;Đơn vị;Xếp hạng\n414;Thái Hòa;7\n412;Vinh;1\n');
const ranks2022 = '/api/observations?indicator=par_rank&units=412,414&from=2022&to=2022';

describe.each([...storages, cachedSql])('data versions over the %s storage', (_, open) => {
  let opened: Awaited<ReturnType<typeof open>>;
  let t: ReturnType<typeof editingApp>;
  let cookie: string;
  beforeAll(async () => {
    opened = await open();
    t = editingApp(opened.storage);
    cookie = await t.signIn(await t.account('editor'));
  });
  afterAll(() => opened?.close());

  const read = async (path: string) => {
    const response = await t.call('GET', path);
    return { version: response.headers.get('X-Data-Version')!, data: ((await response.json()) as { data: unknown[] }).data };
  };
  const versions = async () => ((await (await t.call('GET', '/api/versions', { cookie })).json()) as { data: DataVersion[] }).data;
  const publish = (body: unknown) => t.call('POST', '/api/versions', { cookie, body });
  const dataUpdate = async () => ((await (await t.call('GET', '/api/data-version')).json()) as { data: unknown }).data;

  it('publishes reported figures with their source as a new version, keeps the file, and restores the old one', async () => {
    const before = await read(ranks2022);
    const sourcesBefore = await read('/api/sources');
    const all = '/api/observations?indicator=par_rank,par_score,investment_projects';
    const everythingBefore = await read(all);
    expect(await dataUpdate()).toEqual({ version: before.version, basis: 'newest-source', date: '2025-06' });

    const published = await publish({
      source: decision,
      summary: 'Chỉ số CCHC 2022 theo QĐ 1048',
      observations: [rank('414', 7), rank('412', 1)],
      file: { name: 'cchc-2022.csv', type: 'text/csv', base64: Buffer.from(FILE).toString('base64') },
    });
    expect(published.status).toBe(201);
    const { id } = ((await published.json()) as { data: { id: string } }).data;

    const after = await read(ranks2022);
    expect(after.version).toBe(id);
    expect(after.version).not.toBe(before.version);
    expect(after.data).toEqual([rank('412', 1), rank('414', 7)]);
    // Published at 15:00 in Vietnam on 18 April 2026 (the test's clock).
    expect(await dataUpdate()).toEqual({ version: id, basis: 'published', date: '2026-04-18' });
    expect((await read('/api/sources')).data).toEqual([...sourcesBefore.data, decision]);
    // Everything else is as it was.
    const untouched = (await read(all)).data.filter((o) => !(o as Observation).sourceId?.startsWith('qd-'));
    expect(untouched).toEqual(
      everythingBefore.data.filter(
        (o) =>
          !['412', '414'].includes((o as Observation).unitCode) ||
          (o as Observation).period.start !== '2022-01' ||
          (o as Observation).indicatorId !== 'par_rank',
      ),
    );

    const listed = await versions();
    expect(listed.map((v) => [v.id, v.author, v.current, v.restoredFrom])).toEqual([
      [id, expect.stringMatching(/^editor-\d+@nghean.gov.vn$/), true, null],
      [before.version, null, false, null],
    ]);
    expect(listed[0]!.file).toEqual({ name: 'cchc-2022.csv', type: 'text/csv', size: FILE.length, sha256: createHash('sha256').update(FILE).digest('hex') });
    expect(listed[0]!.source).toEqual(decision);

    // A restore is a publication of its own: dated by it (the same day here), under its own version.
    const restored = await t.call('POST', `/api/versions/${before.version}/restore`, { cookie });
    expect(restored.status).toBe(201);
    const back = await read(ranks2022);
    expect(await dataUpdate()).toEqual({ version: back.version, basis: 'published', date: '2026-04-18' });
    expect(back.data).toEqual(before.data);
    expect(back.version).not.toBe(id);
    expect((await read('/api/sources')).data).toEqual(sourcesBefore.data);
    expect((await read(all)).data).toEqual(everythingBefore.data);
    const history = await versions();
    expect(history.map((v) => [v.id, v.restoredFrom, v.current])).toEqual([
      [back.version, before.version, true],
      [id, null, false],
      [before.version, null, false],
    ]);
    // Nothing is lost: the publication can be brought back in turn.
    expect((await t.call('POST', `/api/versions/${id}/restore`, { cookie })).status).toBe(201);
    expect((await read(ranks2022)).data).toEqual([rank('412', 1), rank('414', 7)]);
    expect((await opened.storage.accounts.auditLog(3)).map((e) => e.action)).toEqual(['version_restored', 'version_restored', 'version_published']);
  });

  it.each([
    ['an illustrative value', [{ ...rank('414', 7), provenance: 'illustrative', sourceId: null }], 'observations.0'],
    ['a value of another source', [{ ...rank('414', 7), sourceId: 'dcs-par-2022' }], 'observations.0'],
    ['an unknown unit', [rank('999', 7)], 'observations.0.unitCode'],
    ['two values for one place', [rank('414', 7), rank('414', 8)], 'observations.1'],
    ['a rank outside 1..N', [rank('414', 22)], 'observations.0.value'],
  ])('refuses %s at its field and writes nothing', async (_, observations, parameter) => {
    const before = await read(ranks2022);
    const count = (await versions()).length;
    const response = await publish({ source: decision, summary: 'sai', observations, file: null });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_body', parameter } });
    expect(await read(ranks2022)).toEqual(before);
    expect(await versions()).toHaveLength(count);
  });

  it('answers 404 for a version that does not exist', async () => {
    const response = await t.call('POST', '/api/versions/no-such-version/restore', { cookie });
    expect(response.status).toBe(404);
  });
});
