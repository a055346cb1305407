// The nationwide-scale data set (`?dataset=nationwide`): served through the same handlers, it meets
// the contract, every ranking year is a true ranking of ~700 units, and it is the same on every run.
import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { observationsResponseSchema, unitsResponseSchema } from '../../src/api/contract';
import { createHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { parseDataset } from '../../mocks/scenario';
import { buildNationwideSeed, NATIONWIDE_INVESTMENT_YEARS, NATIONWIDE_UNIT_COUNT, NATIONWIDE_YEARS, nationwideSeed } from '../../mocks/seed/nationwide';
import { existedAtEndOf, PROVINCE_CODE } from '../../mocks/seed/units';
import { expectTrueRanking } from '../rankingInvariant';

const data = nationwideSeed();
const district = data.units.filter((u) => u.parentCode === PROVINCE_CODE);
const ofYear = (indicatorId: string, year: number) =>
  data.observations.filter((o) => o.indicatorId === indicatorId && o.period.start === `${year}-01` && o.period.end === `${year}-12`);

describe('the nationwide data set', () => {
  it('has ~700 district-level units with distinct codes and names, and keeps the province and Nghệ An’s units', () => {
    expect(district).toHaveLength(NATIONWIDE_UNIT_COUNT);
    expect(new Set(data.units.map((u) => u.code)).size).toBe(data.units.length);
    expect(new Set(data.units.map((u) => u.name)).size).toBe(data.units.length);
    expect(data.units.find((u) => u.code === PROVINCE_CODE)).toMatchObject({ type: 'province', parentCode: null });
    expect(data.units.find((u) => u.code === '414')).toMatchObject({ name: 'Thái Hòa' });
    expect(new Set(district.map((u) => u.type))).toEqual(new Set(['city', 'town', 'district']));
  });

  it('meets the contract, served by the same handlers and read by the same client', async () => {
    expect(unitsResponseSchema.safeParse({ data: data.units }).success).toBe(true);
    expect(observationsResponseSchema.safeParse({ data: data.observations }).success).toBe(true);
    server.use(...createHandlers(data));
    expect(await api.units()).toHaveLength(NATIONWIDE_UNIT_COUNT + 1);
    const ranking = await api.observations({ indicators: ['par_rank', 'par_score'] });
    expect(ranking.length).toBeGreaterThan(2 * NATIONWIDE_UNIT_COUNT * NATIONWIDE_YEARS.length - 10);
    const investment = await api.observations({ indicators: ['investment_projects'], units: ['414'] });
    expect(investment.map((o) => o.period.start)).toEqual(NATIONWIDE_INVESTMENT_YEARS.map((y) => `${y}-01`));
  });

  it('is all illustrative, with no source', () => {
    expect(data.observations.every((o) => o.provenance === 'illustrative' && o.sourceId === null)).toBe(true);
  });

  it.each(NATIONWIDE_YEARS)('%d ranks each unit that existed at its end exactly once, 1..N, scores falling with rank', (year) => {
    const ranks = ofYear('par_rank', year);
    expectTrueRanking(
      ranks,
      district.filter((u) => existedAtEndOf(u, year)).map((u) => u.code),
    );

    const score = new Map(ofYear('par_score', year).map((o) => [o.unitCode, o.value]));
    const byRank = [...ranks].sort((a, b) => a.value - b.value).map((o) => score.get(o.unitCode)!);
    for (let i = 1; i < byRank.length; i++) expect(byRank[i]).toBeLessThan(byRank[i - 1]!);
  });

  it('ranks 700 units to 2023 and 699 in 2024, after Cửa Lò merged into Vinh', () => {
    expect(ofYear('par_rank', 2023)).toHaveLength(NATIONWIDE_UNIT_COUNT);
    expect(ofYear('par_rank', 2024)).toHaveLength(NATIONWIDE_UNIT_COUNT - 1);
  });

  it('counts projects cumulatively from 2020: each running total is the sum of the years so far', () => {
    for (const unit of district.slice(0, 50)) {
      const yearly = data.observations.filter((o) => o.unitCode === unit.code && o.indicatorId === 'investment_projects');
      const cumulative = data.observations.filter((o) => o.unitCode === unit.code && o.indicatorId === 'investment_projects_cumulative');
      let total = 0;
      expect(cumulative.map((o) => o.value)).toEqual(yearly.map((o) => (total += o.value)));
      expect(cumulative.every((o) => o.period.start === '2020-01')).toBe(true);
    }
  });

  it('is the same on every run, and different for another seed', () => {
    expect(buildNationwideSeed()).toEqual(data);
    expect(buildNationwideSeed({ seed: 1 }).observations).not.toEqual(data.observations);
    expect(buildNationwideSeed({ unitCount: 100 }).units.filter((u) => u.parentCode === PROVINCE_CODE)).toHaveLength(100);
  });
});

describe('the dataset switch', () => {
  it.each([
    ['nationwide', 'nationwide'],
    [null, 'seed'],
    ['seed', 'seed'],
    ['everything', 'seed'],
  ] as const)('?dataset=%s serves the %s', (value, expected) => {
    expect(parseDataset(value)).toBe(expected);
  });
});
