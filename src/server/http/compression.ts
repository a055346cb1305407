// Compression of answers (Brotli or gzip, as the client accepts): JSON and HTML shrink 5–10×.
import type { Context, MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { keptBySize } from '../api/keptBySize';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this, compression saves less than the headers and the CPU it costs. */
export const MIN_BYTES = 1_024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

/** The encoding to answer in: Brotli when accepted, else gzip, else none (q=0 refuses one). */
export function negotiate(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name, q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  const allows = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return allows('br') ? 'br' : allows('gzip') ? 'gzip' : null;
}

/** `thorough` for files compressed once and kept; a quick level for answers made per request. */
export async function compress(bytes: Uint8Array, encoding: Encoding, thorough: boolean): Promise<Uint8Array<ArrayBuffer>> {
  const compressed =
    encoding === 'gzip'
      ? await gzipAsync(bytes, { level: thorough ? 9 : 6 })
      : await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: thorough ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } });
  // zlib allocates its output on a plain ArrayBuffer, never a shared one; the types cannot say so.
  return compressed as Uint8Array<ArrayBuffer>;
}

export const isCompressible = (contentType: string | null) => contentType !== null && COMPRESSIBLE.test(contentType);

/**
 * Puts `response` in place of the answer, whose headers it carries already. Hono's setter would
 * copy them again and, to do so, rebuild the response around its body as a stream: the server
 * then writes it chunk by chunk instead of in one piece.
 */
function replace(c: Context, response: Response): void {
  c.res = undefined;
  c.res = response;
}

/** Compressed answers kept, by bytes: a nationwide ranking is 2.6 MB of JSON, ~90 kB compressed. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;

/**
 * Compresses answers made per request (the API's); files come compressed already (see spa.ts). An
 * answer with an ETag is the same bytes for the same URL and ETag, so its compressed form is kept
 * and not made again for the next client (Brotli of the largest answer costs tens of ms).
 */
export function compression(): MiddlewareHandler {
  const kept = keptBySize<Uint8Array<ArrayBuffer>>(MAX_KEPT_BYTES, (bytes) => bytes.byteLength);

  return async (c, next) => {
    await next();
    const response = c.res;
    // Headers and status only, until the body is known to be needed: reading an answer's body (or
    // asking whether it has one) turns the server's light response into a full one and encodes its
    // text again, which under load cost more than the rest of a kept answer.
    if (response.headers.has('Content-Encoding') || !isCompressible(response.headers.get('Content-Type'))) return;
    if (!/accept-encoding/i.test(response.headers.get('Vary') ?? '')) response.headers.append('Vary', 'Accept-Encoding');
    const encoding = negotiate(c.req.header('Accept-Encoding'));
    if (!encoding) return;
    const headers = new Headers(response.headers);
    headers.delete('Content-Length');
    const etag = response.status === 200 ? response.headers.get('ETag') : null;
    const key = etag && `${encoding} ${etag} ${c.req.url}`;
    let compressed = key ? kept.get(key) : undefined;
    if (!compressed) {
      if (!response.body) return;
      let bytes: Uint8Array<ArrayBuffer> | undefined;
      const readAndCompress = async () => {
        bytes = new Uint8Array(await response.arrayBuffer());
        return bytes.byteLength < MIN_BYTES ? null : compress(bytes, encoding, false);
      };
      // Clients asking at once for an answer not yet compressed share one compression.
      compressed = (key ? await kept.getOrMake(key, readAndCompress) : await readAndCompress()) ?? undefined;
      if (!compressed) {
        bytes ??= new Uint8Array(await response.arrayBuffer());
        replace(c, new Response(bytes, { status: response.status, headers }));
        return;
      }
    }
    headers.set('Content-Encoding', encoding);
    replace(c, new Response(compressed, { status: response.status, headers }));
  };
}
