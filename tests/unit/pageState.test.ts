// The packed query cache a server-drawn page carries: what the app unpacks is what the server had,
// value for value, and a nationwide ranking's observations go in a fraction of their plain JSON.
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import { nationwideSeed } from '../../mocks/seed/nationwide';
import { packPageData, unpackPageData } from '../../src/queries/pageState';

/** What the page carries: the packed data as JSON text, read back. */
const throughPage = (data: unknown) => unpackPageData(JSON.parse(JSON.stringify(packPageData(data))));

describe('the data a server-drawn page carries', () => {
  it('gives back the seed’s observations, units and sources exactly, Thái Hòa’s 17, 9, 9 with their quotes', () => {
    for (const list of [seed.observations, seed.units, seed.sources]) expect(throughPage(list)).toEqual(list);
    const ranks = (throughPage(seed.observations) as typeof seed.observations).filter((o) => o.unitCode === '414' && o.indicatorId === 'par_rank');
    expect(ranks.slice(0, 3).map((o) => [o.value, o.rankedOf])).toEqual([
      [17, 21],
      [9, 21],
      [9, 21],
    ]);
    expect(ranks[0]!.quote).toContain('từ thứ 17/21 (năm 2019)');
  });

  it('carries a nationwide ranking’s observations in under a quarter of their plain JSON', () => {
    const ranking = nationwideSeed().observations.filter((o) => o.indicatorId === 'par_rank' || o.indicatorId === 'par_score');
    expect(ranking.length).toBeGreaterThan(10_000);
    const packed = JSON.stringify(packPageData(ranking));
    expect(packed.length).toBeLessThan(JSON.stringify(ranking).length / 4);
    expect(throughPage(ranking)).toEqual(ranking);
  });

  it('tells apart values JSON tells apart: 1 and "1", null and "null", equal objects in other key orders', () => {
    const records = Array.from({ length: 12 }, (_, i) => ({
      value: i % 2 ? 1 : '1',
      note: i % 3 ? null : 'null',
      period: i % 2 ? { start: 'a', end: 'b' } : { end: 'b', start: 'a' },
    }));
    expect(throughPage(records)).toEqual(records);
    expect((throughPage(records) as typeof records).map((r) => Object.keys(r.period)[0])).toEqual(records.map((r) => Object.keys(r.period)[0]));
  });

  it('leaves as they are what is not a list of like records: other keys, an undefined value, a short list, other data', () => {
    const mixed = Array.from({ length: 10 }, (_, i) => (i === 5 ? { code: String(i), extra: true } : { code: String(i) }));
    const withUndefined = Array.from({ length: 10 }, (_, i) => ({ code: String(i), name: i === 3 ? undefined : 'x' }));
    for (const data of [mixed, withUndefined, seed.indicators.slice(0, 2), { data: 1 }, 'text', null, undefined]) expect(packPageData(data)).toBe(data);
  });
});
