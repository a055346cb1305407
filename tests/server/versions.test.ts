// Publishing on both storages: an editor's figures become a new data version at once (reported,
// with their source), the original file is kept with its SHA-256, a bad publication writes nothing,
// and restoring an old version publishes it again — no version is ever lost.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/api/contract';
import { withVersionCache } from '../../src/server/api/versionCache';
import { editorOver, storages } from './accountFixture';
import { decision, rankingCsv, sentFile, wholeRanking } from './rankingFixture';

// As the server holds it: a publication must show at once even with the version held for a minute.
const cachedSql: (typeof storages)[number] = [
  'PGlite, version held in the process',
  async () => {
    const opened = await storages.find(([name]) => name === 'PGlite')![1]();
    return { ...opened, storage: withVersionCache(opened.storage, { maxAgeMs: 60_000 }) };
  },
];

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
// The whole 2022 ranking, as the server requires it, with Thái Hòa 7th and Vinh 1st.
const ranking = wholeRanking(2022, decision.id, { '414': 7, '412': 1 });
const FILE = rankingCsv(ranking);
const ranks2022 = '/api/observations?indicator=par_rank&units=412,414&from=2022&to=2022';

describe.each([...storages, cachedSql])('data versions over the %s storage', (_, open) => {
  const editor = editorOver(open);

  const read = async (path: string) => {
    const response = await editor.t.call('GET', path);
    return { version: response.headers.get('X-Data-Version')!, data: ((await response.json()) as { data: unknown[] }).data };
  };
  const { versions } = editor;
  const publish = (body: unknown) => editor.t.call('POST', '/api/versions', { cookie: editor.cookie, body });
  const dataUpdate = async () => ((await (await editor.t.call('GET', '/api/data-version')).json()) as { data: unknown }).data;

  it('publishes reported figures with their source as a new version, keeps the file, and restores the old one', async () => {
    const before = await read(ranks2022);
    const sourcesBefore = await read('/api/sources');
    const all = '/api/observations?indicator=par_rank,par_score,investment_projects';
    const everythingBefore = await read(all);
    expect(await dataUpdate()).toEqual({ version: before.version, basis: 'newest-source', date: '2025-06' });

    const published = await publish({
      source: decision,
      summary: 'Chỉ số CCHC 2022 theo QĐ 1048',
      observations: ranking,
      file: sentFile('cchc-2022.csv', FILE),
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
    // Every 2022 rank and score is the decision's; everything else is as it was.
    const in2022 = (o: unknown) => (o as Observation).period.start === '2022-01' && (o as Observation).indicatorId.startsWith('par_');
    const now = (await read(all)).data;
    expect(now.filter(in2022)).toEqual(expect.arrayContaining(ranking));
    expect(now.filter(in2022)).toHaveLength(ranking.length);
    expect(now.filter((o) => !in2022(o))).toEqual(everythingBefore.data.filter((o) => !in2022(o)));

    const listed = await versions();
    expect(listed.map((v) => [v.id, v.author, v.current, v.restoredFrom])).toEqual([
      [id, expect.stringMatching(/^editor-\d+@nghean.gov.vn$/), true, null],
      [before.version, null, false, null],
    ]);
    expect(listed[0]!.file).toEqual({ name: 'cchc-2022.csv', type: 'text/csv', size: FILE.length, sha256: createHash('sha256').update(FILE).digest('hex') });
    expect(listed[0]!.source).toEqual(decision);

    // A restore is a publication of its own: dated by it (the same day here), under its own version.
    const restored = await editor.t.call('POST', `/api/versions/${before.version}/restore`, { cookie: editor.cookie });
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
    expect((await editor.t.call('POST', `/api/versions/${id}/restore`, { cookie: editor.cookie })).status).toBe(201);
    expect((await read(ranks2022)).data).toEqual([rank('412', 1), rank('414', 7)]);
    expect((await editor.opened.storage.accounts.auditLog(3)).map((e) => e.action)).toEqual(['version_restored', 'version_restored', 'version_published']);
  });

  it.each([
    ['an illustrative value', [{ ...rank('414', 7), provenance: 'illustrative', sourceId: null }], 'observations.0'],
    ['a value of another source', [{ ...rank('414', 7), sourceId: 'dcs-par-2022' }], 'observations.0'],
    ['an unknown unit', [rank('999', 7)], 'observations.0.unitCode'],
    ['two values for one place', [rank('414', 7), rank('414', 8)], 'observations.1'],
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
    const response = await editor.t.call('POST', '/api/versions/no-such-version/restore', { cookie: editor.cookie });
    expect(response.status).toBe(404);
  });
});
