// The typed API client: builds URLs, fetches, and validates every response against the contract.
import type { z } from 'zod';
import type { ObservationQuery } from './contract';
import { ApiError } from './errors';
import { observationSearchParams } from './observationQuery';

type RequestOptions = { signal?: AbortSignal };

type Contract = typeof import('./contract');
/**
 * The schemas (and zod with them, a fifth of the first page's script) load with the first request,
 * alongside it: a page whose data came with its HTML needs neither until it asks the API again.
 */
const contract = (): Promise<Contract> => import('./contract');

/**
 * Resolves when the API can answer. The embedded mock needs its service worker running first;
 * the app renders (skeletons and all) meanwhile, and requests wait here instead of failing.
 */
let apiReady: Promise<unknown> = Promise.resolve();
export function waitForApiBefore(requests: Promise<unknown>): void {
  apiReady = requests;
}

/**
 * How requests reach the API: the browser's fetch, or — when the server renders a page — the API
 * app itself, in process, with no network in between.
 */
let transport: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init);
export function setApiTransport(send: (url: string, init: RequestInit) => Promise<Response>): void {
  transport = send;
}

/** Where the API lives: VITE_API_BASE_URL for a real server, else /api on the page's own origin. */
export function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE_URL;
  if (configured) return configured.replace(/\/$/, '');
  // Rendering on the server there is no page: any origin will do for the in-process transport.
  return `${globalThis.location?.origin ?? 'http://localhost'}${import.meta.env.BASE_URL.replace(/\/$/, '')}/api`;
}

async function getJson<S extends z.ZodType>(
  path: string,
  schemaOf: (c: Contract) => S,
  params: URLSearchParams | null,
  { signal }: RequestOptions,
): Promise<z.infer<S>> {
  const url = `${apiBaseUrl()}${path}${params && [...params.keys()].length ? `?${params}` : ''}`;
  const checks = contract();
  // Awaited below, unless the request fails first: that failure is the one to report.
  checks.catch(() => undefined);
  let response: Response;
  let schemas: Contract;
  try {
    await apiReady;
    response = await transport(url, { signal, headers: { Accept: 'application/json' } });
    // A failure to load them is the network's too (and worth retrying), not the data's.
    schemas = await checks;
  } catch (cause) {
    if (signal?.aborted) throw new ApiError('aborted', path, 'request cancelled');
    throw new ApiError('network', path, `could not reach the API (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  // A static host answers unknown paths with index.html: say so at once instead of retrying.
  const contentType = response.headers.get('Content-Type') ?? '';
  let body: unknown;
  try {
    body = contentType.includes('json') ? await response.json() : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const parsed = schemas.errorBodySchema.safeParse(body);
    const detail = parsed.success ? parsed.data.error.message : response.statusText || 'no details';
    throw new ApiError('http', path, `HTTP ${response.status}: ${detail}`, response.status);
  }
  if (body === undefined) {
    throw new ApiError('not-json', path, `the API answered with ${contentType || 'an unknown type'}, not JSON`, response.status);
  }
  const result = schemaOf(schemas).safeParse(body);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'response';
    throw new ApiError('invalid-payload', path, `unexpected data at ${where}: ${first?.message ?? 'invalid'}`, response.status);
  }
  return result.data;
}

export const api = {
  units: (o: RequestOptions = {}) => getJson('/units', (c) => c.unitsResponseSchema, null, o).then((r) => r.data),
  indicators: (o: RequestOptions = {}) => getJson('/indicators', (c) => c.indicatorsResponseSchema, null, o).then((r) => r.data),
  sources: (o: RequestOptions = {}) => getJson('/sources', (c) => c.sourcesResponseSchema, null, o).then((r) => r.data),
  events: (o: RequestOptions = {}) => getJson('/events', (c) => c.eventsResponseSchema, null, o).then((r) => r.data),
  /** The current data version and the date its data last changed. */
  dataUpdate: (o: RequestOptions = {}) => getJson('/data-version', (c) => c.dataUpdateResponseSchema, null, o).then((r) => r.data),
  observations: (q: ObservationQuery, o: RequestOptions = {}) =>
    getJson('/observations', (c) => c.observationsResponseSchema, observationSearchParams(q), o).then((r) => r.data),
};
