// Publishing a period's investment counts on both storages: a new data version with the counts
// reported by their source and the cumulative counts recomputed (never reported), a contradiction
// refused with nothing written, and a restore that brings the old values back.
import { describe, expect, it } from 'vitest';
import type { Observation, Source } from '../../src/api/contract';
import { editorOver, storages } from './accountFixture';

const report: Source = {
  id: 'bc-123-skhdt-2022',
  title: 'Báo cáo 123/BC-SKHĐT tình hình thu hút đầu tư năm 2021',
  publisher: 'Sở Kế hoạch và Đầu tư Nghệ An',
  published: '2022-01-20',
  url: 'https://skhdt.nghean.gov.vn/bc-123',
  note: null,
};
const count = (unitCode: string, value: number): Observation => ({
  unitCode,
  indicatorId: 'investment_projects',
  period: { start: '2021-01', end: '2021-12' },
  value,
  rankedOf: null,
  provenance: 'reported',
  sourceId: report.id,
  quote: null,
  note: null,
});
const ALL = '/api/observations?indicator=investment_projects,investment_projects_cumulative&units=412,414';

describe.each(storages)('publishing investment counts over the %s storage', (_, open) => {
  const editor = editorOver(open);

  const read = async () => {
    const response = await editor.t.call('GET', ALL);
    return { version: response.headers.get('X-Data-Version')!, data: ((await response.json()) as { data: Observation[] }).data };
  };
  const { versions } = editor;
  const publish = (observations: Observation[]) =>
    editor.t.call('POST', '/api/versions', { cookie: editor.cookie, body: { source: report, summary: 'Dự án đầu tư 2021', observations, file: null } });
  /** A count per period is found by its period's end, a cumulative one (from Jan 2020) too. */
  const find = (data: Observation[], unit: string, indicator: string, end: string) =>
    data.find(
      (o) =>
        o.unitCode === unit &&
        o.indicatorId === indicator &&
        o.period.end === end &&
        (indicator !== 'investment_projects' || o.period.start === `${end.slice(0, 4)}-01`),
    );

  it('refuses a count the published figures contradict, and writes nothing', async () => {
    const before = await read();
    const listed = (await versions()).length;
    // Thái Hòa had 11 projects from 2020 to Dec 2021 (derived from the article): 2021 alone cannot have 12.
    const response = await publish([count('412', 30), count('414', 12)]);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_body', parameter: 'observations.1.value', message: expect.stringContaining('count_exceeds_whole') },
    });
    expect(await read()).toEqual(before);
    expect(await versions()).toHaveLength(listed);
  });

  it('publishes the counts as a new version, recomputes the cumulative ones, and a restore brings the old values back', async () => {
    const before = await read();
    const response = await publish([count('412', 30), count('414', 6)]);
    expect(response.status).toBe(201);
    const { id } = ((await response.json()) as { data: { id: string } }).data;
    const after = await read();
    expect(after.version).toBe(id);
    expect(find(after.data, '412', 'investment_projects', '2021-12')).toEqual(count('412', 30));
    expect(find(after.data, '414', 'investment_projects', '2021-12')).toEqual(count('414', 6));
    // Vinh's sums since 2020 include its illustrative 2020: recomputed, and still illustrative.
    const vinh2020 = find(before.data, '412', 'investment_projects', '2020-12')!.value;
    expect(find(after.data, '412', 'investment_projects_cumulative', '2021-12')).toMatchObject({
      value: vinh2020 + 30,
      provenance: 'illustrative',
      sourceId: null,
    });
    // Thái Hòa's reported 18 since 2020 stays as the article gives it.
    expect(find(after.data, '414', 'investment_projects_cumulative', '2022-05')).toMatchObject({ value: 18, provenance: 'reported' });

    // The History's answer: what the publication changed against the version before it.
    const changesOf = async (version: string) => {
      const answer = await editor.t.call('GET', `/api/versions/${version}/changes`, { cookie: editor.cookie });
      expect(answer.status).toBe(200);
      return (
        (await answer.json()) as { data: { previous: string | null; changes: { kind: string; before: Observation | null; after: Observation | null }[] } }
      ).data;
    };
    const published = await changesOf(id);
    expect(published.previous).toBe(before.version);
    expect(published.changes).toContainEqual({
      kind: 'replaces_illustrative',
      before: find(before.data, '412', 'investment_projects', '2021-12'),
      after: count('412', 30),
    });
    expect(published.changes).toContainEqual({ kind: 'new', before: null, after: count('414', 6) });
    expect(published.changes.filter((c) => c.kind === 'changed').map((c) => [c.after!.unitCode, c.after!.indicatorId])).toContainEqual([
      '412',
      'investment_projects_cumulative',
    ]);

    expect((await editor.t.call('POST', `/api/versions/${before.version}/restore`, { cookie: editor.cookie })).status).toBe(201);
    expect((await read()).data).toEqual(before.data);
    const [restore] = await versions();
    const restored = await changesOf(restore!.id);
    expect(restored.previous).toBe(id);
    // Thái Hòa's 2021 count, which the earlier version did not have, is removed again.
    expect(restored.changes).toContainEqual({ kind: 'removed', before: count('414', 6), after: null });
    const first = (await versions()).at(-1)!;
    expect(await changesOf(first.id)).toEqual({ previous: null, changes: [] });
    expect((await editor.t.call('GET', `/api/versions/no-such-version/changes`, { cookie: editor.cookie })).status).toBe(404);
    expect((await editor.t.call('GET', `/api/versions/${id}/changes`)).status).toBe(401);
  });
});
