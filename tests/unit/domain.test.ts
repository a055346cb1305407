// Pure transforms behind the charts: rank paths and changes, tables, periods, cumulative series.
import { describe, expect, it } from 'vitest';
import type { Observation, Provenance } from '../../src/api/contract';
import { cumulativeSeries, periodColumns } from '../../src/domain/investment';
import { comparePeriods, isPartial, periodMonths, yearRanges } from '../../src/domain/periods';
import { duplicateRanks, pathPoints, rankAxisTicks, rankPaths, rankTable, summarisePath } from '../../src/domain/ranking';
import { mergers } from '../../src/domain/units';
import { seed } from '../../mocks/seed';

const obs = (
  unitCode: string,
  indicatorId: string,
  start: string,
  end: string,
  value: number,
  provenance: Provenance = 'illustrative',
  rankedOf: number | null = null,
): Observation => ({
  unitCode,
  indicatorId,
  period: { start, end },
  value,
  rankedOf,
  provenance,
  sourceId: provenance === 'illustrative' ? null : 's',
  quote: null,
  note: null,
});
const rank = (unit: string, year: number, value: number, provenance: Provenance = 'illustrative') =>
  obs(unit, 'par_rank', `${year}-01`, `${year}-12`, value, provenance, 3);

describe('rank paths', () => {
  const ranks = [
    rank('A', 2019, 3, 'reported'),
    rank('A', 2020, 1, 'reported'),
    rank('A', 2021, 2),
    rank('B', 2019, 1),
    rank('B', 2020, 2),
    rank('B', 2021, 1),
    rank('C', 2019, 2),
    rank('C', 2020, 3),
    rank('C', 2021, 3),
  ];
  const scores = [obs('A', 'par_score', '2020-01', '2020-12', 90.5)];
  const paths = rankPaths(ranks, scores);

  it('gives each year’s change from the year before: up is positive, derived only between sourced ranks', () => {
    expect(paths.get('A')!.get(2019)!.change).toBeNull();
    expect(paths.get('A')!.get(2020)!.change).toMatchObject({ places: 2, provenance: 'derived' });
    expect(paths.get('A')!.get(2021)!.change).toMatchObject({ places: -1, provenance: 'illustrative' });
    expect(paths.get('A')!.get(2020)!.score?.value).toBe(90.5);
  });

  it('turns a path into chart points for rank or score', () => {
    expect(pathPoints(paths.get('A'), 'rank').map((p) => [p.x, p.value, p.provenance])).toEqual([
      [2019, 3, 'reported'],
      [2020, 1, 'reported'],
      [2021, 2, 'illustrative'],
    ]);
    expect(pathPoints(paths.get('A'), 'score')).toEqual([{ x: 2020, value: 90.5, provenance: 'illustrative' }]);
    expect(pathPoints(undefined, 'rank')).toEqual([]);
  });

  it('sorts a year’s table by any column, ties by rank', () => {
    const names = new Map([
      ['A', 'Đô Lương'],
      ['B', 'Anh Sơn'],
      ['C', 'Cửa Lò'],
    ]);
    const by = (column: Parameters<typeof rankTable>[3]['column'], direction: 'ascending' | 'descending' = 'ascending') =>
      rankTable(paths, 2020, names, { column, direction }, 'vi-VN').map((c) => c.rank.unitCode);
    expect(by('rank')).toEqual(['A', 'B', 'C']);
    expect(by('rank', 'descending')).toEqual(['C', 'B', 'A']);
    expect(by('unit')).toEqual(['B', 'C', 'A']); // Anh Sơn, Cửa Lò, Đô Lương: Vietnamese order puts Đ after C
    expect(by('change', 'descending')).toEqual(['A', 'B', 'C']); // B and C both lost one place: rank breaks the tie
  });

  it('summarises a path: sourced span, shown span and the illustrative years', () => {
    const s = summarisePath('A', paths.get('A'), [2019, 2020, 2021]);
    expect(s.sourced?.from.year).toBe(2019);
    expect(s.sourced?.to.year).toBe(2020);
    expect(s.illustrativeYears).toEqual([2021]);
  });

  it('finds units sharing a rank in a year', () => {
    expect(duplicateRanks(ranks)).toEqual([]);
    expect(duplicateRanks([...ranks, rank('D', 2021, 1)])).toEqual([{ year: 2021, rank: 1, unitCodes: ['B', 'D'] }]);
  });
});

describe('periods', () => {
  it('measures and classifies periods', () => {
    expect(periodMonths({ start: '2022-01', end: '2022-05' })).toBe(5);
    expect(periodMonths({ start: '2020-01', end: '2021-12' })).toBe(24);
    expect(isPartial({ start: '2022-01', end: '2022-05' })).toBe(true);
    expect(isPartial({ start: '2020-01', end: '2021-12' })).toBe(false);
  });

  it('orders periods by end, the shorter first', () => {
    const periods = [
      { start: '2022-01', end: '2022-05' },
      { start: '2020-01', end: '2021-12' },
      { start: '2021-01', end: '2021-12' },
      { start: '2020-01', end: '2020-12' },
    ];
    expect([...periods].sort(comparePeriods).map((p) => `${p.start}/${p.end}`)).toEqual([
      '2020-01/2020-12',
      '2021-01/2021-12',
      '2020-01/2021-12',
      '2022-01/2022-05',
    ]);
  });

  it('writes year lists as ranges', () => {
    expect(yearRanges([2024, 2019, 2020, 2023])).toBe('2019–2020, 2023–2024');
    expect(yearRanges([2022])).toBe('2022');
  });
});

describe('investment', () => {
  it('keeps a two-year period as one column, never split', () => {
    const columns = periodColumns([
      obs('414', 'investment_projects', '2020-01', '2021-12', 11, 'derived'),
      obs('414', 'investment_projects', '2022-01', '2022-05', 7, 'reported'),
    ]);
    expect(columns.map((c) => c.key)).toEqual(['2020-01/2021-12', '2022-01/2022-05']);
  });

  it('places cumulative values at the month their period ends, in order', () => {
    const points = cumulativeSeries([obs('414', 'c', '2020-01', '2022-05', 18, 'reported'), obs('414', 'c', '2020-01', '2021-12', 11, 'derived')]).get('414')!;
    expect(points.map((p) => [p.value, p.provenance])).toEqual([
      [11, 'derived'],
      [18, 'reported'],
    ]);
    expect(points[1]!.x - points[0]!.x).toBe(5);
  });
});

describe('units', () => {
  it('knows Cửa Lò merged into Vinh on 1 Dec 2024', () => {
    expect(mergers(seed.units).map((m) => [m.unit.name, m.successor.name, m.effective])).toEqual([['Cửa Lò', 'Vinh', '2024-12-01']]);
  });
});

describe('rank axis ticks', () => {
  it('shows every rank for 21 units, every other on a slide, a few round ones for 700', () => {
    expect(rankAxisTicks(21, false)).toHaveLength(21);
    expect(rankAxisTicks(21, true)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21]);
    expect(rankAxisTicks(700, false)).toEqual([1, 100, 200, 300, 400, 500, 600, 700]);
    expect(rankAxisTicks(699, false)).toEqual([1, 100, 200, 300, 400, 500, 600, 699]);
  });
});
