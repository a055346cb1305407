// Publishing a year's PAR Index ranking on both storages: the server runs the import page's checks
// again on the ranks and scores sent and on the file sent with them, and refuses, at the place in
// the body or in the file, with nothing written, what the page would not let through; a tie (a
// warning the editor acknowledged) and a ranking without scores publish.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/api/contract';
import { editorOver, storages } from './accountFixture';
import { decision, rankingCsv, sentFile, wholeRanking } from './rankingFixture';

// Vinh first, Thái Hòa 7th, Hoàng Mai (413) 8th: the cases below break this valid whole.
const valid = wholeRanking(2022, decision.id, { '412': 1, '414': 7, '413': 8 });
const at = (ranking: readonly Observation[], unit: string, indicator = 'par_rank') =>
  ranking.findIndex((o) => o.unitCode === unit && o.indicatorId === indicator);
/** The valid ranking with some figures changed. */
const changed = (changes: [unit: string, indicator: string, change: Partial<Observation>][]) =>
  valid.map((o) => ({ ...o, ...changes.find(([unit, indicator]) => o.unitCode === unit && o.indicatorId === indicator)?.[2] }));
const without = (unit: string, indicator: string) => valid.filter((o) => o.unitCode !== unit || o.indicatorId !== indicator);
const validFile = sentFile('cchc-2022.csv', rankingCsv(valid));
const ranks2022 = '/api/observations?indicator=par_rank,par_score&from=2022&to=2022';

describe.each(storages)('publishing a PAR Index ranking over the %s storage', (_, open) => {
  const editor = editorOver(open);

  const { versions } = editor;
  const read = async (path: string) => ((await (await editor.t.call('GET', path)).json()) as { data: Observation[] }).data;
  const publish = (observations: readonly Observation[], file: ReturnType<typeof sentFile> | null = null) =>
    editor.t.call('POST', '/api/versions', { cookie: editor.cookie, body: { source: decision, summary: 'Chỉ số CCHC 2022', observations, file } });

  it.each([
    ['a missing unit', valid.filter((o) => o.unitCode !== '414'), 'observations', /missing_unit.*Thái Hòa/],
    // The contract itself keeps a rank within 1..rankedOf, and rankedOf must be the year's N.
    ['a rank outside 1..N', changed([['414', 'par_rank', { value: 22 }]]), `observations.${at(valid, '414')}.value`, /from 1 to the number of units ranked/],
    ['a rank given twice', changed([['414', 'par_rank', { value: 8 }]]), `observations.${Math.max(at(valid, '414'), at(valid, '413'))}.value`, /rank_repeated/],
    [
      'a rank that contradicts the scores',
      changed([['414', 'par_score', { value: 99 }]]),
      `observations.${at(valid, '414')}.value`,
      /rank_contradicts_score.*Thái Hòa/,
    ],
    ['a score outside 0–100', changed([['414', 'par_score', { value: 100.5 }]]), `observations.${at(valid, '414', 'par_score')}.value`, /score_out_of_range/],
    ['rankedOf that is not the year’s units', changed([['414', 'par_rank', { rankedOf: 22 }]]), `observations.${at(valid, '414')}.rankedOf`, /rankedOf is 21/],
    [
      'a score ranked of something',
      changed([['414', 'par_score', { value: 20, rankedOf: 21 }]]),
      `observations.${at(valid, '414', 'par_score')}.rankedOf`,
      /null/,
    ],
    [
      'a score without its rank',
      without('414', 'par_rank'),
      `observations.${at(without('414', 'par_rank'), '414', 'par_score')}.indicatorId`,
      /score without its unit's rank/,
    ],
    ['two years in one publication', [...valid, ...wholeRanking(2023, decision.id)], `observations.${valid.length}.period`, /one year per publication: 2022/],
    ['a period that is not a year', [{ ...valid[0]!, period: { start: '2022-01', end: '2022-06' } }, ...valid.slice(1)], 'observations.0.period', /whole year/],
  ])('refuses %s at its place in the body and writes nothing', async (_, observations, parameter, message) => {
    const before = { version: await editor.opened.storage.dataVersion(), count: (await versions()).length };
    const response = await publish(observations);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_body', parameter, message: expect.stringMatching(message) } });
    expect(await editor.opened.storage.dataVersion()).toBe(before.version);
    expect(await versions()).toHaveLength(before.count);
  });

  const otherRanking = wholeRanking(2022, decision.id, { '412': 1, '414': 8, '413': 7 });
  const fileWith = (text: (csv: string) => string) => sentFile('cchc-2022.csv', new TextEncoder().encode(text(new TextDecoder().decode(rankingCsv(valid)))));
  it.each([
    ['whose figures are not those sent', sentFile('cchc-2022.csv', rankingCsv(otherRanking)), /not those in the file/],
    ['that leaves out a score that was sent', fileWith((csv) => csv.replace(/^(414;[^;]*;7);[^\n]*/m, '$1;')), /not those in the file/],
    ['with an error at its row', fileWith((csv) => csv.replace(/^414;([^;]*);7;/m, '414;$1;22;')), /^row \d+: rank_out_of_range/],
    ['that misses a unit', fileWith((csv) => csv.replace(/^414;[^\n]*\n/m, '')), /^row -: missing_unit/],
    ['with no header naming a rank', fileWith((csv) => csv.replace('Xếp hạng', 'Ghi chú')), /no header row naming a unit and a rank/],
    ['that cannot be read', { ...validFile, name: 'cchc-2022.pdf' }, /cannot be read: type/],
  ])('refuses a file %s at `file` and writes nothing', async (_, file, message) => {
    const before = { version: await editor.opened.storage.dataVersion(), count: (await versions()).length };
    const response = await publish(valid, file);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_body', parameter: 'file', message: expect.stringMatching(message) } });
    expect(await editor.opened.storage.dataVersion()).toBe(before.version);
    expect(await versions()).toHaveLength(before.count);
  });

  it('publishes a whole ranking with a tie in the scores, a warning the editor acknowledged, with its file', async () => {
    const tie = changed([['414', 'par_score', { value: valid[at(valid, '413', 'par_score')]!.value }]]);
    const file = sentFile('cchc-2022.csv', rankingCsv(tie));
    const response = await publish(tie, file);
    expect(response.status).toBe(201);
    const published = await read(ranks2022);
    expect(published).toHaveLength(tie.length);
    expect(published).toEqual(expect.arrayContaining(tie));
    expect((await versions())[0]!.file?.name).toBe('cchc-2022.csv');
  });

  it('publishes the 130 communes’ and wards’ 2025 ranks without scores, a rank alone being what some decisions give', async () => {
    const ranks = wholeRanking(2025, decision.id, {}, { scores: false });
    expect(ranks).toHaveLength(130);
    const response = await publish(ranks, sentFile('cchc-2025.csv', rankingCsv(ranks)));
    expect(response.status).toBe(201);
    const published = await read('/api/observations?indicator=par_rank&from=2025&to=2025');
    expect(published.filter((o) => o.provenance === 'reported' && o.rankedOf === 130)).toHaveLength(130);
  });
});
