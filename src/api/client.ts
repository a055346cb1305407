// The typed API client: builds URLs, fetches, and validates every response against the contract.
import type { z } from 'zod';
import type { ObservationQuery } from './contract';
import { ApiError } from './errors';
import { observationSearchParams } from './observationQuery';
import type { PublishBody } from './versions';
import type { AccountChangeBody, NewAccountBody } from './accounts';

type RequestOptions = { signal?: AbortSignal };

type Schemas = typeof import('./contract') & typeof import('./accounts') & typeof import('./versions');
/**
 * The schemas (and zod with them, a fifth of the first page's script) load with the first request,
 * alongside it: a page whose data came with its HTML needs neither until it asks the API again.
 */
const schemasModule = (): Promise<Schemas> =>
  Promise.all([import('./contract'), import('./accounts'), import('./versions')]).then(([contract, accounts, versions]) => ({
    ...contract,
    ...accounts,
    ...versions,
  }));

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

type Send = RequestOptions & { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; params?: URLSearchParams | null; body?: unknown };

/** Asks the API and checks its answer against the schema; a write with no answer (204) gives undefined. */
async function requestJson<S extends z.ZodType>(path: string, schemaOf: (s: Schemas) => S, send: Send): Promise<z.infer<S>>;
async function requestJson(path: string, schemaOf: null, send: Send): Promise<undefined>;
async function requestJson<S extends z.ZodType>(
  path: string,
  schemaOf: ((s: Schemas) => S) | null,
  { signal, method = 'GET', params = null, body: sent }: Send,
): Promise<unknown> {
  const url = `${apiBaseUrl()}${path}${params && [...params.keys()].length ? `?${params}` : ''}`;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (sent !== undefined) headers['Content-Type'] = 'application/json';
  const checks = schemasModule();
  // Awaited below, unless the request fails first: that failure is the one to report.
  checks.catch(() => undefined);
  let response: Response;
  let schemas: Schemas;
  try {
    await apiReady;
    response = await transport(url, { signal, method, headers, ...(sent === undefined ? {} : { body: JSON.stringify(sent) }) });
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
    throw new ApiError('http', path, `HTTP ${response.status}: ${detail}`, response.status, parsed.success ? parsed.data.error : null);
  }
  if (schemaOf === null) return undefined;
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

const getJson = <S extends z.ZodType>(path: string, schemaOf: (s: Schemas) => S, params: URLSearchParams | null, o: RequestOptions) =>
  requestJson(path, schemaOf, { ...o, params });

export const api = {
  /** Without the former communes unless asked: they serve lineage and old-name search, not charts. */
  units: (o: RequestOptions & { formerCommunes?: boolean } = {}) =>
    getJson('/units', (s) => s.unitsResponseSchema, new URLSearchParams({ former_communes: o.formerCommunes ? 'include' : 'exclude' }), o).then((r) => r.data),
  indicators: (o: RequestOptions = {}) => getJson('/indicators', (s) => s.indicatorsResponseSchema, null, o).then((r) => r.data),
  sources: (o: RequestOptions = {}) => getJson('/sources', (s) => s.sourcesResponseSchema, null, o).then((r) => r.data),
  events: (o: RequestOptions = {}) => getJson('/events', (s) => s.eventsResponseSchema, null, o).then((r) => r.data),
  /** The current data version and the date its data last changed. */
  dataUpdate: (o: RequestOptions = {}) => getJson('/data-version', (s) => s.dataUpdateResponseSchema, null, o).then((r) => r.data),
  observations: (q: ObservationQuery, o: RequestOptions = {}) =>
    getJson('/observations', (s) => s.observationsResponseSchema, observationSearchParams(q), o).then((r) => r.data),
  session: (o: RequestOptions = {}) => getJson('/session', (s) => s.sessionResponseSchema, null, o).then((r) => r.data),
  signIn: (credentials: { email: string; password: string }) =>
    requestJson('/session', (s) => s.sessionResponseSchema, { method: 'POST', body: credentials }).then((r) => r.data),
  signOut: () => requestJson('/session', null, { method: 'DELETE' }),
  versions: (o: RequestOptions = {}) => getJson('/versions', (s) => s.versionsResponseSchema, null, o).then((r) => r.data),
  publish: (body: PublishBody) => requestJson('/versions', (s) => s.publishedResponseSchema, { method: 'POST', body }).then((r) => r.data),
  accounts: (o: RequestOptions = {}) => getJson('/accounts', (s) => s.accountsResponseSchema, null, o).then((r) => r.data),
  createAccount: (body: NewAccountBody) => requestJson('/accounts', (s) => s.accountResponseSchema, { method: 'POST', body }).then((r) => r.data),
  changeAccount: (email: string, body: AccountChangeBody) =>
    requestJson(`/accounts/${encodeURIComponent(email)}`, (s) => s.accountResponseSchema, { method: 'PATCH', body }).then((r) => r.data),
  endSessions: (email: string) => requestJson(`/accounts/${encodeURIComponent(email)}/sessions`, null, { method: 'DELETE' }),
  audit: (page: { limit: number; offset: number }, o: RequestOptions = {}) =>
    getJson('/audit', (s) => s.auditResponseSchema, new URLSearchParams({ limit: String(page.limit), offset: String(page.offset) }), o),
  /** What version `id` changed against the version before it. */
  versionChanges: (id: string, o: RequestOptions = {}) =>
    getJson(`/versions/${encodeURIComponent(id)}/changes`, (s) => s.versionChangesResponseSchema, null, o).then((r) => r.data),
  restore: (id: string) => requestJson(`/versions/${encodeURIComponent(id)}/restore`, (s) => s.publishedResponseSchema, { method: 'POST' }).then((r) => r.data),
};

/** Whether this page's API can hold accounts: the Node server's (it marks its pages) or a configured one, not the in-browser mock. */
export function apiHostsEditing(): boolean {
  if (import.meta.env.VITE_API_BASE_URL) return true;
  return globalThis.document?.querySelector('meta[name="kpi-api"][content="server"]') != null;
}
