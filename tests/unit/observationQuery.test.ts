// The observations query string, written by the client and read by the API from one module: what
// one side writes, the other reads back as the same question; what it cannot read, it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observationSearchParams, parseObservationSearch } from '../../src/api/observationQuery';

const INDICATORS = ['par_rank', 'par_score', 'investment_projects'];
const UNITS = ['40', '412', '414', '425'];
const known = { indicator: (id: string) => INDICATORS.includes(id), unit: (code: string) => UNITS.includes(code) };
const read = (search: string) => parseObservationSearch(new URLSearchParams(search), known);

describe('the observations query string', () => {
  it('reads back every query the client can write, with bare years widened to whole years', () => {
    const month = fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }));
    const text = ([y, m]: [number, number | undefined]) => (m === undefined ? String(y) : `${y}-${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...INDICATORS), { minLength: 1 }),
        fc.uniqueArray(fc.constantFrom(...UNITS)),
        month,
        month,
        (indicators, units, a, b) => {
          const [from, to] = [text(a), text(b)].sort();
          const parsed = parseObservationSearch(observationSearchParams({ indicators, units, from, to }), known);
          const fromMonth = from!.length === 4 ? `${from}-01` : from;
          const toMonth = to!.length === 4 ? `${to}-12` : to;
          if (fromMonth! > toMonth!) return expect(parsed).toMatchObject({ ok: false, error: { parameter: 'from' } });
          expect(parsed).toEqual({ ok: true, filter: { indicators, units: units.length ? units : null, from: fromMonth, to: toMonth } });
        },
      ),
    );
  });

  it('asks for every unit and all time when only indicators are given', () => {
    expect(read('indicator=par_rank')).toEqual({ ok: true, filter: { indicators: ['par_rank'], units: null, from: '0000-01', to: '9999-12' } });
  });

  it.each([
    ['', 'indicator', 'indicator is required'],
    ['indicator=gdp', 'indicator', 'unknown indicator: gdp'],
    ['indicator=par_rank&units=414,999', 'units', 'unknown unit code: 999'],
    ['indicator=par_rank&from=2019-13', 'from', 'from must be YYYY or YYYY-MM'],
    ['indicator=par_rank&to=last', 'to', 'to must be YYYY or YYYY-MM'],
    ['indicator=par_rank&from=2022&to=2021', 'from', 'from is after to'],
  ])('refuses "%s", naming the parameter %s', (search, parameter, message) => {
    const parsed = read(search);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.parameter).toBe(parameter);
      expect(parsed.error.message).toContain(message);
    }
  });
});
