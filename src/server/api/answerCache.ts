// Answers kept per data version: an answer made from one version never changes, so a request
// asked before is answered from memory (one read of the version instead of several queries).
import type { MiddlewareHandler } from 'hono';
import { keptBySize } from './keptBySize';

/** Bounded by size, since one nationwide answer is megabytes; the oldest answers go first. */
const MAX_CHARS = 32 * 1024 * 1024;

export function answerCache(dataVersion: () => Promise<string>, etagOf: (version: string) => string): MiddlewareHandler {
  const answers = keptBySize<string>(MAX_CHARS, (body) => body.length);

  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const version = await dataVersion();
    const url = new URL(c.req.url);
    const key = `${version} ${url.pathname}${url.search}`;
    // Only valid answers (200) are kept: a request not seen before is checked by its route first.
    const keepable = async () => (c.res.status === 200 && c.res.headers.get('ETag') === etagOf(version) ? c.res.clone().text() : null);
    // A client holding an answer is told by its route whether it still holds the current one.
    if (c.req.header('If-None-Match') !== undefined) {
      await next();
      const body = await keepable();
      if (body !== null) answers.keep(key, body);
      return;
    }
    // Clients asking at once for an answer not kept yet wait for the first one's: one query, not fifty.
    let answeredHere = false;
    const kept = await answers.getOrMake(key, async () => {
      answeredHere = true;
      await next();
      return keepable();
    });
    if (answeredHere) return;
    if (kept === null) return next();
    c.header('ETag', etagOf(version));
    c.header('X-Data-Version', version);
    return c.body(kept, 200, { 'Content-Type': 'application/json' });
  };
}
