// The typed API client: builds URLs, fetches, and validates every response against the contract.
import type { z } from 'zod';
import {
  errorBodySchema,
  eventsResponseSchema,
  indicatorsResponseSchema,
  observationsResponseSchema,
  sourcesResponseSchema,
  unitsResponseSchema,
  type ObservationQuery,
} from './contract';
import { ApiError } from './errors';
import { observationSearchParams } from './observationQuery';
import { sessionResponseSchema } from './accounts';
import { publishedResponseSchema, versionsResponseSchema, type PublishBody } from './versions';

type RequestOptions = { signal?: AbortSignal };

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

type Send = RequestOptions & { method?: 'GET' | 'POST' | 'DELETE'; params?: URLSearchParams | null; body?: unknown };

/** Asks the API and checks its answer against the schema; a write with no answer (204) gives undefined. */
async function requestJson<S extends z.ZodType>(path: string, schema: S, send: Send): Promise<z.infer<S>>;
async function requestJson(path: string, schema: null, send: Send): Promise<undefined>;
async function requestJson<S extends z.ZodType>(path: string, schema: S | null, { signal, method = 'GET', params = null, body: sent }: Send): Promise<unknown> {
  const url = `${apiBaseUrl()}${path}${params && [...params.keys()].length ? `?${params}` : ''}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (sent !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    await apiReady;
    response = await transport(url, { signal, method, headers, ...(sent === undefined ? {} : { body: JSON.stringify(sent) }) });
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
    const parsed = errorBodySchema.safeParse(body);
    const detail = parsed.success ? parsed.data.error.message : response.statusText || 'no details';
    throw new ApiError('http', path, `HTTP ${response.status}: ${detail}`, response.status, parsed.success ? parsed.data.error : null);
  }
  if (schema === null) return undefined;
  if (body === undefined) {
    throw new ApiError('not-json', path, `the API answered with ${contentType || 'an unknown type'}, not JSON`, response.status);
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'response';
    throw new ApiError('invalid-payload', path, `unexpected data at ${where}: ${first?.message ?? 'invalid'}`, response.status);
  }
  return result.data;
}

const getJson = <S extends z.ZodType>(path: string, schema: S, params: URLSearchParams | null, o: RequestOptions) =>
  requestJson(path, schema, { ...o, params });

export const api = {
  units: (o: RequestOptions = {}) => getJson('/units', unitsResponseSchema, null, o).then((r) => r.data),
  indicators: (o: RequestOptions = {}) => getJson('/indicators', indicatorsResponseSchema, null, o).then((r) => r.data),
  sources: (o: RequestOptions = {}) => getJson('/sources', sourcesResponseSchema, null, o).then((r) => r.data),
  events: (o: RequestOptions = {}) => getJson('/events', eventsResponseSchema, null, o).then((r) => r.data),
  observations: (q: ObservationQuery, o: RequestOptions = {}) =>
    getJson('/observations', observationsResponseSchema, observationSearchParams(q), o).then((r) => r.data),
  session: (o: RequestOptions = {}) => getJson('/session', sessionResponseSchema, null, o).then((r) => r.data),
  signIn: (credentials: { email: string; password: string }) =>
    requestJson('/session', sessionResponseSchema, { method: 'POST', body: credentials }).then((r) => r.data),
  signOut: () => requestJson('/session', null, { method: 'DELETE' }),
  versions: (o: RequestOptions = {}) => getJson('/versions', versionsResponseSchema, null, o).then((r) => r.data),
  publish: (body: PublishBody) => requestJson('/versions', publishedResponseSchema, { method: 'POST', body }).then((r) => r.data),
  restore: (id: string) => requestJson(`/versions/${encodeURIComponent(id)}/restore`, publishedResponseSchema, { method: 'POST' }).then((r) => r.data),
};

/** Whether this page's API can hold accounts: the Node server's (it marks its pages) or a configured one, not the in-browser mock. */
export function apiHostsEditing(): boolean {
  if (import.meta.env.VITE_API_BASE_URL) return true;
  return globalThis.document?.querySelector('meta[name="kpi-api"][content="server"]') != null;
}
