// The mock API: HTTP handlers over the seed, used by the browser worker and by the tests alike.
import { delay, http, HttpResponse, type DefaultBodyType, type StrictResponse } from 'msw';
import type { ErrorBody, Indicator, Observation } from '../src/api/contract';
import { parseObservationSearch } from '../src/api/observationQuery';
import { getScenario, takeFault, type Endpoint } from './scenario';
import { seed, type Seed } from './seed';

export const API_PREFIX = '/api';

const errorResponse = (status: number, code: ErrorBody['error']['code'], message: string, parameter?: string) =>
  HttpResponse.json<ErrorBody>({ error: { code, message, ...(parameter ? { parameter } : {}) } }, { status });

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
        const parsed = parseObservationSearch(new URL(request.url).searchParams, {
          indicator: (id) => data.indicators.some((i) => i.id === id),
          unit: (code) => data.units.some((u) => u.code === code),
        });
        if (!parsed.ok) return errorResponse(400, 'invalid_parameter', parsed.error.message, parsed.error.parameter);
        const { indicators, units, from, to } = parsed.filter;
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
