// The mock API: MSW hands every /api request to the API app over a seed held in memory, once the
// fault switch (./scenario) has had its say. The browser worker and the tests use it alike.
import { delay, http, HttpResponse } from 'msw';
import type { ErrorBody, Observation } from '../src/api/contract';
import { API_BASE_PATH, createApiApp } from '../src/server/api/app';
import { createMemoryStorage } from '../src/server/storage/memory';
import { ENDPOINTS, getScenario, takeFault, type Endpoint, type Fault } from './scenario';
import { seed, type Seed } from './seed';

const errorResponse = (status: number, code: ErrorBody['error']['code'], message: string) =>
  HttpResponse.json<ErrorBody>({ error: { code, message } }, { status });

/** The endpoint a request names, for faults aimed at one; null for any other path (the OpenAPI document, a 404). */
function endpointOf(request: Request): Endpoint | null {
  const name = new URL(request.url).pathname.slice(API_BASE_PATH.length + 1);
  return (ENDPOINTS as readonly string[]).includes(name) ? (name as Endpoint) : null;
}

/** The answer a fault puts in place of the API's; null when the API still answers. */
function simulated(fault: Fault): Response | null {
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
    case 'slow':
    case 'duplicate-rank':
      return null;
  }
}

/** Breaks the ranking invariant on purpose: an illustrative unit takes another's rank. */
async function withDuplicateRank(response: Response): Promise<Response> {
  const { data } = (await response.json()) as { data: Observation[] };
  const victim = data.find((o) => o.indicatorId === 'par_rank' && o.provenance === 'illustrative' && o.value > 1);
  const headers = new Headers(response.headers);
  // No longer the answer its data version names, so it must not be revalidated as one.
  headers.delete('ETag');
  headers.delete('Content-Length');
  return HttpResponse.json({ data: data.map((o) => (o === victim ? { ...o, value: o.value - 1 } : o)) }, { status: response.status, headers });
}

export function createHandlers(data: Seed = seed) {
  const app = createApiApp(createMemoryStorage(data));
  return [
    http.all(`${API_BASE_PATH}/*`, async ({ request }) => {
      const endpoint = endpointOf(request);
      const fault = endpoint && takeFault(endpoint);
      const { latencyMs, slowMs } = getScenario();
      await delay(fault === 'slow' ? slowMs : latencyMs);
      const failure = fault && simulated(fault);
      if (failure) return failure;
      const response = await app.fetch(request);
      return fault === 'duplicate-rank' && endpoint === 'observations' && response.status === 200 ? withDuplicateRank(response) : response;
    }),
  ];
}

export const handlers = createHandlers();
