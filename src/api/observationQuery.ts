// The observations endpoint's query string, written once for both sides: the client writes it
// from an ObservationQuery, the API reads and checks it (every rejection names the parameter).
import type { ObservationQuery } from './contract';

/** What `from` and `to` accept: a year or a month. */
export const MONTH_OR_YEAR = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export function observationSearchParams(q: ObservationQuery): URLSearchParams {
  const params = new URLSearchParams({ indicator: q.indicators.join(',') });
  if (q.units?.length) params.set('units', q.units.join(','));
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  return params;
}

/** A checked query: months inclusive ("YYYY-MM"); `units` null means every unit. */
export type ObservationFilter = { indicators: string[]; units: string[] | null; from: string; to: string };

export type ParameterError = { parameter: string; message: string };

export function parseObservationSearch(
  params: URLSearchParams,
  known: { indicator: (id: string) => boolean; unit: (code: string) => boolean },
): { ok: true; filter: ObservationFilter } | { ok: false; error: ParameterError } {
  const fail = (parameter: string, message: string) => ({ ok: false as const, error: { parameter, message } });
  const list = (name: string) =>
    (params.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);

  const indicators = list('indicator');
  if (indicators.length === 0) return fail('indicator', 'indicator is required: one or more indicator ids, comma-separated');
  const unknownIndicator = indicators.find((id) => !known.indicator(id));
  if (unknownIndicator) return fail('indicator', `unknown indicator: ${unknownIndicator}`);

  const units = list('units');
  const unknownUnit = units.find((code) => !known.unit(code));
  if (unknownUnit) return fail('units', `unknown unit code: ${unknownUnit}`);

  const from = params.get('from') ?? '0000';
  const to = params.get('to') ?? '9999';
  if (params.has('from') && !MONTH_OR_YEAR.test(from)) return fail('from', 'from must be YYYY or YYYY-MM');
  if (params.has('to') && !MONTH_OR_YEAR.test(to)) return fail('to', 'to must be YYYY or YYYY-MM');
  // A bare year bounds the whole year: from=2019 means 2019-01, to=2021 means 2021-12.
  const fromMonth = from.length === 4 ? `${from}-01` : from;
  const toMonth = to.length === 4 ? `${to}-12` : to;
  if (fromMonth > toMonth) return fail('from', 'from is after to');
  return { ok: true, filter: { indicators, units: units.length ? units : null, from: fromMonth, to: toMonth } };
}
