// The mock API: HTTP handlers over the seed, used by the browser worker and by the tests alike.
import { delay, http, HttpResponse, type DefaultBodyType, type StrictResponse } from 'msw';
import type { ErrorBody, Indicator, Observation } from '../src/api/contract';
import { getScenario, takeFault, type Endpoint } from './scenario';
import { seed, type Seed } from './seed';

export const API_PREFIX = '/api';

const errorResponse = (status: number, code: ErrorBody['error']['code'], message: string, parameter?: string) =>
  HttpResponse.json<ErrorBody>({ error: { code, message, ...(parameter ? { parameter } : {}) } }, { status });

const MONTH_OR_YEAR = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

type Parsed<T> = { ok: true; value: T } | { ok: false; response: StrictResponse<ErrorBody> };

/** Validates the observations query; every rejection says which parameter and why. */
export function parseObservationParams(
  params: URLSearchParams,
  data: Seed,
): Parsed<{ indicators: string[]; units: string[] | null; from: string; to: string }> {
  const fail = (parameter: string, message: string) => ({ ok: false as const, response: errorResponse(400, 'invalid_parameter', message, parameter) });
  const list = (name: string) =>
    (params.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);

  const indicators = list('indicator');
  if (indicators.length === 0) return fail('indicator', 'indicator is required: one or more indicator ids, comma-separated');
  const unknownIndicator = indicators.find((id) => !data.indicators.some((i) => i.id === id));
  if (unknownIndicator) return fail('indicator', `unknown indicator: ${unknownIndicator}`);

  const unitCodes = list('units');
  const unknownUnit = unitCodes.find((code) => !data.units.some((u) => u.code === code));
  if (unknownUnit) return fail('units', `unknown unit code: ${unknownUnit}`);

  const from = params.get('from') ?? '0000';
  const to = params.get('to') ?? '9999';
  if (params.has('from') && !MONTH_OR_YEAR.test(from)) return fail('from', 'from must be YYYY or YYYY-MM');
  if (params.has('to') && !MONTH_OR_YEAR.test(to)) return fail('to', 'to must be YYYY or YYYY-MM');
  // A bare year bounds the whole year: from=2019 means 2019-01, to=2021 means 2021-12.
  const fromMonth = from.length === 4 ? `${from}-01` : from;
  const toMonth = to.length === 4 ? `${to}-12` : to;
  if (fromMonth > toMonth) return fail('from', 'from is after to');
  return { ok: true, value: { indicators, units: unitCodes.length ? unitCodes : null, from: fromMonth, to: toMonth } };
}

/** Breaks the ranking invariant on purpose: an illustrative unit takes another's rank. */
function withDuplicateRank(observations: Observation[]): Observation[] {
  const victim = observations.find((o) => o.indicatorId === 'par_rank' && o.provenance === 'illustrative' && o.value > 1);
  return observations.map((o) => (o === victim ? { ...o, value: o.value - 1 } : o));
}

async function respond(endpoint: Endpoint, body: () => StrictResponse<DefaultBodyType>) {
  const fault = takeFault(endpoint);
  const { latencyMs, slowMs } = getScenario();
  await delay(fault === 'slow' ? slowMs : latencyMs);
  switch (fault) {
    case 'error':
      return errorResponse(500, 'internal', 'the server failed (simulated)');
    case 'notfound':
      return errorResponse(404, 'not_found', 'no such resource (simulated)');
    case 'offline':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('<!doctype html><title>Not the API</title>', { headers: { 'Content-Type': 'text/html' } });
    case 'invalid':
      return HttpResponse.json({ data: [{ code: 414, name: null }] });
    case 'empty':
      return HttpResponse.json({ data: [] });
    default:
      return body();
  }
}

/** Each indicator with the months its observations cover, so clients can bound their choices. */
function withCoverage(data: Seed): Indicator[] {
  return data.indicators.map((indicator) => {
    const own = data.observations.filter((o) => o.indicatorId === indicator.id);
    if (own.length === 0) return { ...indicator, coverage: null };
    const start = own.reduce((m, o) => (o.period.start < m ? o.period.start : m), own[0]!.period.start);
    const end = own.reduce((m, o) => (o.period.end > m ? o.period.end : m), own[0]!.period.end);
    return { ...indicator, coverage: { start, end } };
  });
}

export function createHandlers(data: Seed = seed) {
  const indicators = withCoverage(data);
  return [
    http.get(`${API_PREFIX}/units`, () => respond('units', () => HttpResponse.json({ data: data.units }))),
    http.get(`${API_PREFIX}/indicators`, () => respond('indicators', () => HttpResponse.json({ data: indicators }))),
    http.get(`${API_PREFIX}/sources`, () => respond('sources', () => HttpResponse.json({ data: data.sources }))),
    http.get(`${API_PREFIX}/events`, () => respond('events', () => HttpResponse.json({ data: data.events }))),
    http.get(`${API_PREFIX}/observations`, ({ request }) =>
      respond('observations', () => {
        const parsed = parseObservationParams(new URL(request.url).searchParams, data);
        if (!parsed.ok) return parsed.response;
        const { indicators, units, from, to } = parsed.value;
        let observations = data.observations.filter(
          (o) => indicators.includes(o.indicatorId) && (units === null || units.includes(o.unitCode)) && o.period.start >= from && o.period.end <= to,
        );
        if (getScenario().fault === 'duplicate-rank') observations = withDuplicateRank(observations);
        return HttpResponse.json({ data: observations });
      }),
    ),
    http.all(`${API_PREFIX}/*`, ({ request }) => errorResponse(404, 'not_found', `no endpoint ${new URL(request.url).pathname}`)),
  ];
}

export const handlers = createHandlers();
