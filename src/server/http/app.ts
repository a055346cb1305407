// The server's HTTP app: the API app at /api, the built SPA for every other path, health checks,
// and what every answer gets (security headers, compression, a log line, JSON errors).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ErrorBody } from '../../api/contract';
import { API_BASE_PATH, createApiApp } from '../api/app';
import type { PasswordHasher } from '../api/accountStore';
import type { Storage } from '../api/storage';
import { compression } from './compression';
import { renderedEmbeds } from './embeds';
import { inlineStylesheets, scriptsAfterFirstPaint } from './inlinePage';
import { renderedPages, type PageRenderer } from './pages';
import type { Spa } from './spa';

/** Sign-ins and account changes are small; a request that sends more than this is not one of ours. */
const MAX_BODY_BYTES = 64 * 1024;
/** A publication carries its figures and the original file (base64): a spreadsheet of a few MB. */
const MAX_PUBLICATION_BYTES = 8 * 1024 * 1024;
/** How long /readyz waits for the database before calling it unreachable. */
const READY_TIMEOUT_MS = 2_000;

export type ServerAppOptions = {
  storage: Storage;
  /** For sign-in and accounts; without it they answer 503. */
  passwords?: PasswordHasher;
  spa: Spa;
  /** Rejects when the storage cannot answer. */
  ping(): Promise<void>;
  /** True once the server is shutting down: /readyz then sends load balancers elsewhere. */
  stopping(): boolean;
  /** Where the request log goes, one JSON line per request. */
  log(line: string): void;
  /** Renders each page with its data (dist-server/render.js); without it pages are the built files. */
  renderer?: PageRenderer;
};

const errorBody = (code: ErrorBody['error']['code'], message: string): ErrorBody => ({ error: { code, message } });

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The client's address for lockouts and the audit log: the socket's peer, or — when that peer is
 * a proxy on this machine (nginx, docs/deploy.md) — the address it appended to X-Forwarded-For.
 */
function clientAddress(c: Context): string | undefined {
  const peer = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
  const forwarded = c.req.header('X-Forwarded-For');
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  if (loopback && forwarded) return forwarded.split(',').at(-1)!.trim();
  return peer;
}

export function createServerApp({ storage, passwords, spa, ping, stopping, log, renderer }: ServerAppOptions): Hono {
  const api = createApiApp(storage, { passwords });
  // The renderer's queries go to the API app in process: the same answers a browser gets.
  renderer?.setApiTransport(async (url, init) => api.request(url, init));
  const page = scriptsAfterFirstPaint(inlineStylesheets({ template: spa.shellHtml, policy: spa.policy }, (href) => spa.text(href)));
  const pages = renderer && renderedPages(renderer, page.template, page.policy, log);
  const embeds = renderer && renderedEmbeds(renderer, log);
  const app = new Hono();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log(JSON.stringify({ time: new Date().toISOString(), method: c.req.method, path: c.req.path, status: c.res.status, ms }));
  });
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', spa.policy);
  });
  app.use(compression());
  const limit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => c.json(errorBody('payload_too_large', `request bodies are limited to ${maxSize} bytes`), 413) });
  const [small, publication] = [limit(MAX_BODY_BYTES), limit(MAX_PUBLICATION_BYTES)];
  // GET and HEAD carry no body (the server drops one): asking for it would cost every page and answer.
  app.use((c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (c.req.method === 'POST' && c.req.path === `${API_BASE_PATH}/versions` ? publication : small)(c, next);
  });

  app.get('/healthz', (c) => c.json({ status: 'alive' }));
  app.get('/readyz', async (c) => {
    if (stopping()) return c.json({ status: 'stopping' }, 503);
    try {
      await withTimeout(ping(), READY_TIMEOUT_MS);
      return c.json({ status: 'ready' });
    } catch (error) {
      log(JSON.stringify({ time: new Date().toISOString(), level: 'error', message: `storage unreachable: ${(error as Error).message}` }));
      return c.json({ status: 'storage unreachable' }, 503);
    }
  });
  app.all(API_BASE_PATH, (c) => api.fetch(c.req.raw, { clientAddress: clientAddress(c) }));
  app.all(`${API_BASE_PATH}/*`, (c) => api.fetch(c.req.raw, { clientAddress: clientAddress(c) }));
  // The one route other sites may frame (its own policy says so); without a renderer it is the app's not-found view.
  if (embeds) app.get('/embed/*', async (c) => embeds.serve(c, await storage.dataVersion()));
  app.get('*', async (c) => {
    if (!pages || !spa.isPage(c.req.path)) return spa.serve(c, () => storage.dataVersion());
    return (await pages.serve(c, await storage.dataVersion())) ?? spa.serveShell(c);
  });

  app.notFound((c) => c.json(errorBody('not_found', `no resource ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => {
    // The details are for whoever runs the server; the client learns only that it failed.
    log(JSON.stringify({ time: new Date().toISOString(), level: 'error', message: error.message, stack: error.stack }));
    return c.json(errorBody('internal', 'the server failed'), 500);
  });
  return app;
}
