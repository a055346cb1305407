// URL state: parsing is tolerant (garbage is dropped and reported, never thrown), serialising is
// minimal, and the two round-trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  impliedLevel,
  MAX_SELECTED,
  parseViewState,
  serialiseViewState,
  type ViewState,
  type ViewStateLimits,
} from '../../src/domain/viewState';
import { seed } from '../../mocks/seed';
import { chartedUnits } from '../../src/domain/units';

const limits: ViewStateLimits = {
  unitLevels: new Map(chartedUnits(seed.units).map((u) => [u.code, u.level])),
  years: [2019, 2020, 2021, 2022, 2023, 2024],
};
const parse = (query: string) => parseViewState(new URLSearchParams(query), limits);
const toQuery = (state: ViewState) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(serialiseViewState(state))) if (v !== null) params.set(k, v);
  return params.toString();
};

describe('parseViewState', () => {
  it('defaults to Thái Hòa, ranks, chart, all years', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, dropped: [] });
  });

  it('reads every choice', () => {
    const { state, dropped } = parse('units=414,425&level=district&metric=score&mode=table&measure=cumulative&year=2021&from=2019&to=2022');
    expect(dropped).toEqual([]);
    expect(state).toEqual({
      units: ['414', '425'],
      level: 'district',
      metric: 'score',
      mode: 'table',
      measure: 'cumulative',
      year: 2021,
      from: 2019,
      to: 2022,
      slide: null,
      auto: null,
    });
    expect(parse('slide=3&auto=15').state).toMatchObject({ slide: 3, auto: 15 });
    expect(parse('slide=0&auto=1').dropped).toEqual([
      { param: 'slide', value: '0' },
      { param: 'auto', value: '1' },
    ]);
  });

  it('drops unknown units, years out of range and garbage, saying which', () => {
    const { state, dropped } = parse('units=414,999,abc,414&metric=best&from=1900&to=2022&year=soon&mode=');
    expect(state.units).toEqual(['414']);
    expect(state.metric).toBe('rank');
    expect(state.from).toBeNull();
    expect(state.to).toBe(2022);
    expect(dropped).toEqual([
      { param: 'units', value: '999' },
      { param: 'units', value: 'abc' },
      { param: 'metric', value: 'best' },
      { param: 'mode', value: '' },
      { param: 'year', value: 'soon' },
      { param: 'from', value: '1900' },
    ]);
  });

  it('drops a range that ends before it starts', () => {
    const { state, dropped } = parse('from=2023&to=2020');
    expect(state.from).toBe(2023);
    expect(state.to).toBeNull();
    expect(dropped).toEqual([{ param: 'to', value: '2020' }]);
  });

  it('keeps at most 40 units and reports the rest', () => {
    const many = Array.from({ length: 45 }, (_, i) => String(10_000 + i));
    const { state, dropped } = parseViewState(new URLSearchParams(`units=${many.join(',')}`), {
      ...limits,
      unitLevels: new Map(many.map((code) => [code, 'district' as const])),
    });
    expect(state.units).toHaveLength(MAX_SELECTED);
    expect(dropped.map((d) => d.value)).toEqual(many.slice(MAX_SELECTED));
  });

  it('keeps an explicitly empty selection empty', () => {
    expect(parse('units=').state.units).toEqual([]);
  });
});

describe('impliedLevel: a link without a level', () => {
  const implied = (query: string) => {
    const params = new URLSearchParams(query);
    return impliedLevel(parseViewState(params, limits).state, params, limits.unitLevels);
  };
  const commune = [...limits.unitLevels].find(([, level]) => level === 'commune')![0];

  it('shared before the reform, naming district-level units or years to 2024, means the district level', () => {
    expect(implied('units=414,425&to=2021')).toBe('district');
    expect(implied('units=414')).toBe('district');
    expect(implied('to=2021')).toBe('district');
    expect(implied('from=2020')).toBe('district');
    expect(implied('year=2022')).toBe('district');
  });

  it('naming a current commune or ward means the communes, whatever the years', () => {
    expect(implied(`units=${commune},414`)).toBe('commune');
    expect(implied(`units=414,${commune}`)).toBe('district');
  });

  it('naming nothing shows the current units; a chosen level always wins', () => {
    expect(implied('')).toBeNull();
    expect(implied('units=&metric=score')).toBeNull();
    expect(implied('level=commune&units=414&to=2021')).toBe('commune');
  });
});

describe('URL state properties', () => {
  const stateArbitrary: fc.Arbitrary<ViewState> = fc.record({
    units: fc.uniqueArray(fc.constantFrom(...limits.unitLevels.keys()), { maxLength: MAX_SELECTED }),
    level: fc.option(fc.constantFrom('district' as const, 'commune' as const), { nil: null }),
    metric: fc.constantFrom('rank', 'score'),
    mode: fc.constantFrom('chart', 'table'),
    measure: fc.constantFrom('period', 'cumulative'),
    year: fc.option(fc.constantFrom(...limits.years), { nil: null }),
    from: fc.constant(null),
    to: fc.option(fc.constantFrom(...limits.years), { nil: null }),
    slide: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
    auto: fc.option(fc.integer({ min: 5, max: 3600 }), { nil: null }),
  });

  it('parse(serialise(state)) gives the state back', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        expect(parse(toQuery(state))).toEqual({ state, dropped: [] });
      }),
    );
  });

  it('serialise(parse(x)) is stable for any query string, and parsing never throws', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.constantFrom('units', 'level', 'metric', 'mode', 'measure', 'year', 'from', 'to', 'slide', 'auto', 'lang', 'x'), fc.string()),
        (raw, dict) => {
          for (const query of [raw, new URLSearchParams(dict).toString()]) {
            const once = toQuery(parse(query).state);
            expect(toQuery(parse(once).state)).toBe(once);
            expect(parse(once).dropped).toEqual([]);
          }
        },
      ),
    );
  });
});
