// Every check of a period's investment counts, each at its row and column, on the seed's units and
// published figures; and the cumulative counts an import derives (never shown as reported).
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import type { Observation, Period } from '../../src/api/contract';
import { checkInvestment, investmentObservations, parseCount, unitsCountedIn, type InvestmentRow } from '../../src/domain/importInvestment';
import { readInvestmentTable } from '../../src/domain/importTable';
import { publishedObservations, recomputeCumulative } from '../../src/domain/investmentCumulative';
import { refuseInvestment, refuseInvestmentFile } from '../../src/server/api/investmentCheck';

const { units, observations } = seed;
const YEAR_2024: Period = { start: '2024-01', end: '2024-12' };
const source = {
  id: 'bc-so-khdt-2025',
  title: 'Báo cáo thu hút đầu tư',
  publisher: 'Sở KH&ĐT Nghệ An',
  published: '2025-01-15',
  url: 'https://example.vn/bc',
  note: null,
};
const tableFor = (period: Period, count = (i: number) => String(i)): InvestmentRow[] =>
  unitsCountedIn(period, units).map((u, i) => ({ row: i + 2, unit: u.name, count: count(i) }));
const issuesOf = (period: Period, rows: InvestmentRow[], published: Observation[] = observations) =>
  checkInvestment(period, rows, units, published).issues.map((i) => [i.severity, i.code, i.row, i.column]);
const rowOf = (rows: InvestmentRow[], name: string) => rows.find((r) => r.unit === name)!.row;

describe('checkInvestment', () => {
  it('passes a complete table of whole counts; "12,0" is twelve as a spreadsheet writes it', () => {
    const rows = tableFor(YEAR_2024, (i) => (i === 0 ? '12,0' : String(i)));
    const { values, issues } = checkInvestment(YEAR_2024, rows, units, observations);
    expect(issues).toEqual([]);
    // 2024 counts the 20 district-level units at its end: Cửa Lò joined Vinh on 1 Dec 2024.
    expect(values).toHaveLength(20);
    expect(values[0]).toMatchObject({ row: 2, count: 12 });
  });

  it('refuses counts that are not whole numbers ≥ 0, at their row and column', () => {
    for (const bad of ['12,5', '-1', 'abc', '', '1.234']) {
      const rows = tableFor(YEAR_2024, (i) => (i === 3 ? bad : '4'));
      expect(issuesOf(YEAR_2024, rows)).toEqual([['error', 'count_invalid', 5, 'count']]);
    }
    expect([parseCount('0'), parseCount(' 7 '), parseCount('7.0'), parseCount('-0'), parseCount('7,5')]).toEqual([0, 7, 7, 0, null]);
  });

  it('names an unknown unit with suggestions, a duplicate, a unit that did not exist, and a missing one as a warning', () => {
    const rows = tableFor(YEAR_2024);
    const thaiHoa = rowOf(rows, 'Thái Hòa');
    const edited = rows.map((r) => (r.row === thaiHoa ? { ...r, unit: 'Thai Hao' } : r.unit === 'Vinh' ? r : r));
    const withExtra = [...edited, { row: 30, unit: 'TX Cửa Lò', count: '1' }, { row: 31, unit: 'vinh', count: '2' }];
    const { issues } = checkInvestment(YEAR_2024, withExtra, units, observations);
    expect(issues).toEqual([
      { severity: 'error', code: 'unknown_unit', row: thaiHoa, column: 'unit', params: { name: 'Thai Hao', suggestions: expect.stringContaining('Thái Hòa') } },
      { severity: 'error', code: 'unit_not_in_period', row: 30, column: 'unit', params: { name: 'Cửa Lò', period: '01/2024–12/2024' } },
      { severity: 'error', code: 'duplicate_unit', row: 31, column: 'unit', params: { name: 'Vinh', first: rowOf(rows, 'Vinh') } },
      { severity: 'warning', code: 'unit_not_counted', row: null, column: null, params: { name: 'Thái Hòa' } },
    ]);
  });

  it('counts the level of the period: districts to Jun 2025 (all 20), communes and wards after', () => {
    expect(unitsCountedIn({ start: '2025-01', end: '2025-06' }, units).map((u) => u.level)).toEqual(Array(20).fill('district'));
    const h2 = { start: '2025-07', end: '2025-12' };
    expect(unitsCountedIn(h2, units)).toHaveLength(130);
    const { values, issues } = checkInvestment(
      h2,
      [
        { row: 2, unit: 'Thái Hòa', count: '3' },
        { row: 3, unit: 'Vinh', count: '1' },
      ],
      units,
      observations,
    );
    expect(values[0]!.unit).toMatchObject({ type: 'ward', level: 'commune' });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown_unit', row: 3 }));
  });

  describe('against what is published (Thái Hòa: 7 reported in Jan–May 2022, 18 since 2020 by May 2022, 11 derived by Dec 2021)', () => {
    const only = (period: Period, count: string) => issuesOf(period, [{ row: 2, unit: 'Thái Hòa', count }]).filter(([, code]) => code !== 'unit_not_counted');
    it('a period that contains a published one cannot count fewer', () => {
      expect(only({ start: '2022-01', end: '2022-12' }, '5')).toEqual([['error', 'part_exceeds_count', 2, 'count']]);
      expect(only({ start: '2022-01', end: '2022-12' }, '9')).toEqual([]);
    });
    it('a period inside a published one (the cumulative count too) cannot count more', () => {
      // 2021 lies inside "since 2020 by Dec 2021" (11, derived) and "since 2020 by May 2022" (18, reported).
      expect(only({ start: '2021-01', end: '2021-12' }, '12')).toEqual([['error', 'count_exceeds_whole', 2, 'count']]);
      expect(only({ start: '2021-01', end: '2021-12' }, '19')).toEqual([
        ['error', 'count_exceeds_whole', 2, 'count'],
        ['error', 'count_exceeds_whole', 2, 'count'],
      ]);
      expect(only({ start: '2021-01', end: '2021-12' }, '6')).toEqual([]);
    });
    it('the same period with another figure is a correction to acknowledge; illustrative figures are simply replaced', () => {
      expect(only({ start: '2022-01', end: '2022-05' }, '8')).toEqual([['warning', 'differs_from_published', 2, 'count']]);
      expect(only({ start: '2022-01', end: '2022-05' }, '7')).toEqual([]);
      expect(issuesOf({ start: '2021-01', end: '2021-12' }, [{ row: 2, unit: 'Vinh', count: '500' }]).filter(([s]) => s === 'error')).toEqual([]);
    });
  });
});

describe('readInvestmentTable', () => {
  it('finds the header by its names and reads the rows under it', () => {
    const table = readInvestmentTable([['Báo cáo năm 2024'], ['Mã ĐVHC', 'Đơn vị', 'Số dự án'], ['412', 'Vinh', '31'], ['', '', ''], ['', 'Thái Hòa', '4']]);
    expect(table).toEqual({
      ok: true,
      rows: [
        { row: 3, unit: '412', count: '31' },
        { row: 5, unit: 'Thái Hòa', count: '4' },
      ],
    });
    expect(readInvestmentTable([['Đơn vị', 'Thứ hạng']])).toEqual({ ok: false, reason: 'no_header' });
  });
});

describe('the cumulative counts an import derives', () => {
  const cumulative = (data: Observation[], unit: string) =>
    data
      .filter((o) => o.unitCode === unit && o.indicatorId === 'investment_projects_cumulative')
      .sort((a, b) => a.period.end.localeCompare(b.period.end))
      .map((o) => [o.period.end, o.value, o.provenance]);
  const vinh = (period: Period, count: number) => investmentObservations(period, [{ row: 2, unit: units.find((u) => u.code === '412')!, count }], source);

  it('recomputes the later sums; a sum with an illustrative part stays illustrative, never reported', () => {
    const before = cumulative(observations, '412');
    const after = cumulative(publishedObservations(observations, vinh({ start: '2021-01', end: '2021-12' }, 100), source.id), '412');
    expect(after.map(([end, , provenance]) => [end, provenance])).toEqual([
      ['2020-12', 'illustrative'],
      ['2021-12', 'illustrative'],
      ['2022-05', 'illustrative'],
    ]);
    const old2021 = observations.find((o) => o.unitCode === '412' && o.indicatorId === 'investment_projects' && o.period.start === '2021-01')!.value;
    expect(after[1]![1]).toBe((before[1]![1] as number) - old2021 + 100);
    expect(after[2]![1]).toBe((before[2]![1] as number) - old2021 + 100);
  });

  it('derives the sums of reported counts with the arithmetic in the note, and adds a month they newly reach', () => {
    let data = observations;
    for (const [period, count] of [
      [{ start: '2020-01', end: '2020-12' }, 10],
      [{ start: '2021-01', end: '2021-12' }, 20],
      [{ start: '2022-01', end: '2022-12' }, 5],
    ] as const)
      data = publishedObservations(data, vinh(period, count), source.id);
    expect(cumulative(data, '412')).toEqual([
      ['2020-12', 10, 'derived'],
      ['2021-12', 30, 'derived'],
      // Jan–May 2022 is still illustrative: its sum stays illustrative.
      ['2022-05', expect.any(Number), 'illustrative'],
      ['2022-12', 35, 'derived'],
    ]);
    const dec2022 = data.find((o) => o.unitCode === '412' && o.indicatorId === 'investment_projects_cumulative' && o.period.end === '2022-12')!;
    expect(dec2022).toMatchObject({ sourceId: source.id, note: { en: expect.stringContaining('10 + 20 + 5 = 35') } });
  });

  it('keeps a reported cumulative count as its source gives it', () => {
    const data = publishedObservations(
      observations,
      investmentObservations({ start: '2022-01', end: '2022-05' }, [{ row: 2, unit: units.find((u) => u.code === '414')!, count: 8 }], source),
      source.id,
    );
    expect(cumulative(data, '414')).toEqual([
      ['2021-12', 11, 'derived'],
      ['2022-05', 18, 'reported'],
    ]);
    expect(recomputeCumulative(observations, new Set(['414']), source.id)).toEqual([]);
  });
});

describe('the server’s check of published counts', () => {
  const counts = (values: [string, number][], period: Period = YEAR_2024) =>
    values.map(([unitCode, value]) => ({
      ...investmentObservations(period, [], source)[0],
      unitCode,
      indicatorId: 'investment_projects',
      period,
      value,
      rankedOf: null,
      provenance: 'reported' as const,
      sourceId: source.id,
      quote: null,
      note: null,
    }));
  it('passes what the page would publish and refuses each error at its place in the body', () => {
    expect(
      refuseInvestment(
        counts([
          ['412', 3],
          ['414', 0],
        ]),
        units,
        observations,
      ),
    ).toBeNull();
    expect(
      refuseInvestment(
        counts([
          ['412', 3],
          ['414', -1],
        ]),
        units,
        observations,
      ),
    ).toMatchObject({ parameter: 'observations.1.value', message: expect.stringContaining('count_invalid') });
    expect(
      refuseInvestment(
        counts([
          ['412', 3],
          ['413', 1],
        ]),
        units,
        observations,
      ),
    ).toMatchObject({ parameter: 'observations.1.unitCode' });
    expect(refuseInvestment(counts([['412', 3]], { start: '2024-03', end: '2024-12' }), units, observations)).toMatchObject({
      parameter: 'observations.0.period',
    });
    const mixed = [...counts([['412', 3]]), ...counts([['414', 1]], { start: '2023-01', end: '2023-12' })];
    expect(refuseInvestment(mixed, units, observations)).toMatchObject({ parameter: 'observations.1.period' });
    const cumulative = counts([['412', 3]]).map((o) => ({ ...o, indicatorId: 'investment_projects_cumulative' }));
    expect(refuseInvestment(cumulative, units, observations)).toMatchObject({ parameter: 'observations.0.indicatorId' });
    // Thái Hòa's 2021 cannot exceed the 11 projects published since 2020 by Dec 2021.
    expect(refuseInvestment(counts([['414', 12]], { start: '2021-01', end: '2021-12' }), units, observations)).toMatchObject({
      parameter: 'observations.0.value',
      message: expect.stringContaining('count_exceeds_whole'),
    });
  });
});

describe('the server reads the kept file again', () => {
  const period: Period = { start: '2021-01', end: '2021-12' };
  const sent = investmentObservations(
    period,
    [
      { row: 2, unit: units.find((u) => u.code === '412')!, count: 42 },
      { row: 3, unit: units.find((u) => u.code === '414')!, count: 5 },
    ],
    source,
  );
  const csv = (text: string) => ({ name: 'du-an.csv', bytes: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer> });
  it('passes counts that are the file’s, and refuses a file with an error or other counts', async () => {
    expect(await refuseInvestmentFile(csv('Mã ĐVHC;Đơn vị;Số dự án\n412;Vinh;42\n414;Thái Hòa;5,0\n'), sent, units, observations)).toBeNull();
    expect(await refuseInvestmentFile(csv('Mã ĐVHC;Đơn vị;Số dự án\n412;Vinh;42\n414;Thái Hòa;"12,5"\n'), sent, units, observations)).toMatchObject({
      parameter: 'file',
      message: expect.stringMatching(/^row 3: count_invalid/),
    });
    expect(await refuseInvestmentFile(csv('Mã ĐVHC;Đơn vị;Số dự án\n412;Vinh;41\n414;Thái Hòa;5\n'), sent, units, observations)).toMatchObject({
      message: 'the counts sent are not the counts in the file',
    });
    expect(await refuseInvestmentFile(csv('Đơn vị;Thứ hạng\nVinh;1\n'), sent, units, observations)).toMatchObject({ parameter: 'file' });
    expect(await refuseInvestmentFile({ name: 'du-an.pdf', bytes: new Uint8Array(4) }, sent, units, observations)).toMatchObject({ parameter: 'file' });
  });
});
