// The HTTP API of docs/api.md, written once over a Storage: the Node server, the browser mock (through
// MSW) and the tests (app.request) all host this same app.
import type { Context } from 'hono';
// The tiny preset routes with one small router: six routes need no more, and the browser mock loads less.
import { Hono } from 'hono/tiny';
import { parseObservationSearch } from '../../api/observationQuery';
import { isFormerCommune } from '../../domain/lineage';
import { dataVersionRoute, eventsRoute, FORMER_COMMUNES, indicatorsRoute, observationsRoute, sourcesRoute, unitsRoute } from './routes';
import { answerCache } from './answerCache';
import type { Storage } from './storage';
import { accountRoutes, type EditingOptions } from './accountRoutes';
import { errorBody, type ApiEnv } from './sessions';
import { versionRoutes } from './versionRoutes';

/** Where the app answers; its OpenAPI document names it as the server, its paths relative to it. */
export const API_BASE_PATH = '/api';

/**
 * Weak, because the tag names the data an answer was made from rather than its bytes: a proxy that
 * compresses the answer changes the bytes, not the data.
 */
const etagOf = (dataVersion: string) => `W/"${dataVersion}"`;

/** Whether If-None-Match names this tag, compared weakly as RFC 9110 asks for GET, or is "*". */
function alreadyHeld(ifNoneMatch: string | undefined, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim() === '*' || (tag.trim() !== '' && opaque(tag) === opaque(etag)));
}

export function createApiApp(storage: Storage, editing: EditingOptions = {}): Hono<ApiEnv> {
  /**
   * Answers `{ data }` made from the current data version, or 304 with no body when the client holds
   * that version already — then the data is not even read. Called only once the request is known to
   * be valid: a precondition never turns a 400 into a 304.
   */
  async function versioned<T>(c: Context, load: () => Promise<T>) {
    const dataVersion = await storage.dataVersion();
    const etag = etagOf(dataVersion);
    c.header('ETag', etag);
    c.header('X-Data-Version', dataVersion);
    if (alreadyHeld(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    return c.json({ data: await load() }, 200);
  }

  const api = new Hono<ApiEnv>();
  api.use(answerCache(() => storage.dataVersion(), etagOf));

  api.get(unitsRoute.path, (c) => {
    const former = c.req.query(FORMER_COMMUNES) ?? 'include';
    if (former !== 'include' && former !== 'exclude') {
      return c.json(errorBody('invalid_parameter', `${FORMER_COMMUNES} must be include or exclude, not ${former}`, { parameter: FORMER_COMMUNES }), 400);
    }
    return versioned(c, async () => (former === 'include' ? storage.units() : (await storage.units()).filter((u) => !isFormerCommune(u))));
  });
  api.get(indicatorsRoute.path, (c) => versioned(c, () => storage.indicators()));
  api.get(sourcesRoute.path, (c) => versioned(c, () => storage.sources()));
  api.get(eventsRoute.path, (c) => versioned(c, () => storage.events()));
  api.get(dataVersionRoute.path, (c) => versioned(c, () => storage.dataUpdate()));
  api.get(observationsRoute.path, async (c) => {
    const [units, indicators] = await Promise.all([storage.units(), storage.indicators()]);
    const parsed = parseObservationSearch(new URL(c.req.url).searchParams, {
      indicator: (id) => indicators.some((i) => i.id === id),
      unit: (code) => units.some((u) => u.code === code),
    });
    if (!parsed.ok) return c.json(errorBody('invalid_parameter', parsed.error.message, { parameter: parsed.error.parameter }), 400);
    return versioned(c, () => storage.observations(parsed.filter));
  });

  accountRoutes(api, storage.accounts, editing);
  versionRoutes(api, storage, storage.accounts, editing.now ?? (() => new Date()));

  api.get('/openapi.json', async (c) => {
    // Loaded when asked for, so that the browser mock's chunk does not carry the generator.
    const { openApiDocument } = await import('./openapi');
    return c.json(openApiDocument(API_BASE_PATH));
  });

  const app = new Hono<ApiEnv>();
  // Answers may be kept, but only used after asking whether their data version is still current;
  // answers about a person (sessions, accounts) say no-store themselves.
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache');
  });
  app.route(API_BASE_PATH, api);
  app.notFound((c) => c.json(errorBody('not_found', `no endpoint ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => {
    // The details are for whoever runs the server; the client learns only that it failed.
    console.error('API failure:', error);
    return c.json(errorBody('internal', 'the server failed'), 500);
  });
  return app;
}
