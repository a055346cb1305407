// The seed's invariants: the article's figures exact, every ranking year a true ranking.
import { describe, expect, it } from 'vitest';
import { observationSchema, type Observation } from '../../src/api/contract';
import { seed } from '../../mocks/seed';
import { illustrativeInvestment, illustrativeRankings, PAR_YEARS } from '../../mocks/seed/illustrative';
import { districtUnits, existedAtEndOf } from '../../mocks/seed/units';
import { expectTrueRanking } from '../rankingInvariant';

const find = (unitCode: string, indicatorId: string, start: string, end: string) =>
  seed.observations.filter((o) => o.unitCode === unitCode && o.indicatorId === indicatorId && o.period.start === start && o.period.end === end);

const ofYear = (indicatorId: string, year: number) =>
  seed.observations.filter((o) => o.indicatorId === indicatorId && o.period.start === `${year}-01` && o.period.end === `${year}-12` && o.unitCode !== '40');

describe('the article’s five figures', () => {
  it.each([
    ['par_rank', '2019-01', '2019-12', 17, 21],
    ['par_rank', '2020-01', '2020-12', 9, 21],
    ['par_rank', '2021-01', '2021-12', 9, 21],
    ['investment_projects', '2022-01', '2022-05', 7, null],
    ['investment_projects_cumulative', '2020-01', '2022-05', 18, null],
  ] as const)('Thái Hòa %s %s–%s is %d, reported, from the article', (indicator, start, end, value, of) => {
    const [o, ...rest] = find('414', indicator, start, end);
    expect(rest).toHaveLength(0);
    expect(o).toMatchObject({ value, rankedOf: of, provenance: 'reported', sourceId: 'baonghean-2022-06-thai-hoa' });
    expect(o!.quote).toBeTruthy();
  });

  it('gives 2020–2021 as one derived period of 11, with the arithmetic, and no yearly split', () => {
    const [o] = find('414', 'investment_projects', '2020-01', '2021-12');
    expect(o).toMatchObject({ value: 11, provenance: 'derived' });
    expect(o!.note?.en).toMatch(/18.*7.*11/);
    expect(find('414', 'investment_projects', '2020-01', '2020-12')).toHaveLength(0);
    expect(find('414', 'investment_projects', '2021-01', '2021-12')).toHaveLength(0);
  });

  it('records "up 8 places" as derived from 17 and 9', () => {
    const [o] = find('414', 'par_rank_change', '2019-01', '2020-12');
    expect(o).toMatchObject({ value: 8, provenance: 'derived' });
  });
});

describe('every ranking year', () => {
  it.each(PAR_YEARS)('%d ranks each unit that existed at its end exactly once, 1..N', (year) => {
    expectTrueRanking(
      ofYear('par_rank', year),
      districtUnits.filter((u) => existedAtEndOf(u, year)).map((u) => u.code),
    );
  });

  it('ranks 21 units until 2023 and 20 in 2024, after Cửa Lò merged into Vinh', () => {
    expect(ofYear('par_rank', 2023)).toHaveLength(21);
    expect(ofYear('par_rank', 2024)).toHaveLength(20);
    expect(ofYear('par_rank', 2024).some((o) => o.unitCode === '413')).toBe(false);
  });

  it.each([
    [2021, { '412': 1, '425': 2, '429': 3, '421': 4, '414': 9, '432': 11, '424': 21 }],
    [2022, { '412': 1, '425': 2, '429': 3, '421': 4, '432': 5 }],
    [2023, { '412': 1, '425': 2, '429': 3 }],
  ] as const)('%d keeps every rank a source gives in place', (year, known) => {
    const ranks = ofYear('par_rank', year);
    for (const [code, rank] of Object.entries(known)) {
      expect(ranks.find((o) => o.unitCode === code)).toMatchObject({ value: rank, provenance: expect.stringMatching(/^(reported|derived)$/) });
    }
  });

  it('2021: only Vinh, Hoàng Mai, Thái Hòa and Anh Sơn are stated; places 2–4 follow from “the 2022 top four were unchanged”', () => {
    const ranks = ofYear('par_rank', 2021);
    const provenance = (code: string) => ranks.find((o) => o.unitCode === code)?.provenance;
    expect(['412', '432', '414', '424'].map(provenance)).toEqual(['reported', 'reported', 'reported', 'reported']);
    expect(['425', '429', '421'].map(provenance)).toEqual(['derived', 'derived', 'derived']);
  });

  it('puts Tương Dương, Kỳ Sơn and Cửa Lò in the last three places of 2023, marked as illustrative order', () => {
    const last = ofYear('par_rank', 2023).filter((o) => ['418', '417', '413'].includes(o.unitCode));
    expect(last.map((o) => o.value).sort()).toEqual([19, 20, 21]);
    for (const o of last) expect(o.provenance).toBe('illustrative');
  });

  it.each(PAR_YEARS)('%d: a better rank always has a higher score', (year) => {
    const rank = new Map(ofYear('par_rank', year).map((o) => [o.unitCode, o.value]));
    const scores = ofYear('par_score', year).sort((a, b) => rank.get(a.unitCode)! - rank.get(b.unitCode)!);
    expect(scores).toHaveLength(rank.size);
    for (let i = 1; i < scores.length; i++) expect(scores[i]!.value).toBeLessThan(scores[i - 1]!.value);
  });

  it('2021: Vinh’s 84.76 is the highest score and Anh Sơn’s 79.01 the lowest, both reported', () => {
    const scores = ofYear('par_score', 2021);
    const max = scores.reduce((a, b) => (b.value > a.value ? b : a));
    const min = scores.reduce((a, b) => (b.value < a.value ? b : a));
    expect(max).toMatchObject({ unitCode: '412', value: 84.76, provenance: 'reported' });
    expect(min).toMatchObject({ unitCode: '424', value: 79.01, provenance: 'reported' });
  });
});

describe('the seed as a whole', () => {
  it('passes the API contract, observation by observation', () => {
    for (const o of seed.observations) expect(observationSchema.safeParse(o).success, JSON.stringify(o)).toBe(true);
  });

  it('has no two observations for the same unit, indicator and period', () => {
    const keys = seed.observations.map((o) => `${o.unitCode}|${o.indicatorId}|${o.period.start}|${o.period.end}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names a known source for every reported or derived value', () => {
    const ids = new Set(seed.sources.map((s) => s.id));
    const sourced = seed.observations.filter((o: Observation) => o.provenance !== 'illustrative');
    for (const o of sourced) expect(ids.has(o.sourceId!)).toBe(true);
  });

  it('gives Nghệ An’s reported rank among 63 provinces for 2019–2024', () => {
    const ranks = seed.observations
      .filter((o) => o.unitCode === '40' && o.indicatorId === 'province_par_rank')
      .sort((a, b) => a.period.start.localeCompare(b.period.start));
    expect(ranks.map((o) => o.value)).toEqual([24, 18, 17, 16, 15, 27]);
    for (const o of ranks) expect(o).toMatchObject({ rankedOf: 63, provenance: 'reported' });
  });

  it('keeps the units’ Jan–May 2022 projects within the province’s 41 for that time', () => {
    const units = seed.observations.filter(
      (o) => o.indicatorId === 'investment_projects' && o.unitCode !== '40' && o.period.start === '2022-01' && o.period.end === '2022-05',
    );
    expect(units).toHaveLength(21);
    expect(units.reduce((sum, o) => sum + o.value, 0)).toBeLessThanOrEqual(41);
  });

  it('gives every cumulative value as the running sum of its periods', () => {
    const cumulative = seed.observations.filter((o) => o.indicatorId === 'investment_projects_cumulative' && o.provenance === 'illustrative');
    for (const c of cumulative) {
      const sum = seed.observations
        .filter((o) => o.unitCode === c.unitCode && o.indicatorId === 'investment_projects' && o.period.start >= '2020-01' && o.period.end <= c.period.end)
        .reduce((s, o) => s + o.value, 0);
      expect(sum, `${c.unitCode} ${c.period.end}`).toBe(c.value);
    }
  });

  it('is generated the same way on every run', () => {
    const inputs = { units: districtUnits, existedAtEndOf, knownRanks: [], knownScores: [], groups: new Map() };
    expect(illustrativeRankings(inputs)).toEqual(illustrativeRankings(inputs));
    const investment = { units: districtUnits, reportedJanMay2022: 7, provinceJanMay2022: 41 };
    expect(illustrativeInvestment(investment)).toEqual(illustrativeInvestment(investment));
  });
});
