// The built single-page app (dist/), held in memory: the right HTML for each path, hashed assets
// cached for good, HTML marked as served by the server so the page talks to its /api. A page
// prerendered at build time holds the seed's figures: it is served only while the database still
// holds that same data version, and the plain shell (the page fetches its figures) after that.
import type { Context } from 'hono';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { StartupError } from '../startupError';
import { compress, isCompressible, MIN_BYTES, negotiate, type Encoding } from './compression';

/** What src/app/main.tsx looks for to use this server's API instead of starting the mock. */
export const SERVER_API_MARKER = '<meta name="kpi-api" content="server" />';
/** The unprerendered page that scripts/prerender.mjs keeps beside the prerendered ones. */
const SHELL = '/shell.html';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

type StaticFile = {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
  cacheControl: string;
  /** Compressed once, on first request, and kept. */
  encoded: Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>;
  /** The page's own policy (its meta tag), for HTML. */
  policy: string | null;
  /** For a prerendered page, the data version its figures are from. */
  dataVersion: string | null;
};

export type Spa = {
  /** The policy of the app's pages, to send on every answer (frame-ancestors only works as a header). */
  policy: string;
  /** Answers a request for a file or a page; `dataVersion` is the data the database holds now. */
  serve(c: Context, dataVersion: () => Promise<string>): Promise<Response>;
  /** Whether a path names a view of the app rather than a file. */
  isPage(path: string): boolean;
  /** The unprerendered page, as served: what the server renders each page into. */
  shellHtml: string;
  /** A file's text (a stylesheet a page carries in itself), or null when there is no such file. */
  text(path: string): string | null;
  /** Answers with the unprerendered page: the browser fetches the figures and draws them. */
  serveShell(c: Context): Promise<Response>;
  /**
   * Compresses every file in the background (zlib's thread pool), so that no visitor waits for
   * Brotli's best level (0.7 s for the largest chunk here).
   */
  precompress(): void;
};

const unescapeHtml = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The build's meta CSP, plus what only a header can say: no page may frame this one. */
function policyOf(html: string): string | null {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  return meta?.[1] ? `${unescapeHtml(meta[1])}; frame-ancestors 'none'` : null;
}

const dataVersionOf = (html: string) => /<meta name="kpi-data-version" content="([^"]*)"/.exec(html)?.[1] ?? null;

function markServed(html: string): string {
  return html.includes('</head>') ? html.replace('</head>', `  ${SERVER_API_MARKER}\n  </head>`) : `${SERVER_API_MARKER}${html}`;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export async function loadSpa(distDir: string): Promise<Spa> {
  let paths: string[];
  try {
    paths = await filesUnder(distDir);
  } catch {
    paths = [];
  }
  if (!paths.some((p) => relative(distDir, p) === 'index.html')) throw new StartupError(`no built app in ${distDir}: run \`npm run build\` first`);
  const files = new Map<string, StaticFile>();
  for (const path of paths) {
    const url = `/${relative(distDir, path).split(sep).join('/')}`;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const html = type.startsWith('text/html');
    const raw = await readFile(path);
    const body = html ? new TextEncoder().encode(markServed(raw.toString('utf8'))) : new Uint8Array(raw);
    files.set(url, {
      body,
      type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      // Vite names what it emits under assets/ by content hash: a changed file gets a new name.
      cacheControl: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      encoded: new Map(),
      policy: html ? policyOf(raw.toString('utf8')) : null,
      dataVersion: html ? dataVersionOf(raw.toString('utf8')) : null,
    });
  }
  const index = files.get('/index.html')!;
  const shell = files.get(SHELL);
  if (!shell && [...files.values()].some((f) => f.dataVersion))
    throw new StartupError(`the build in ${distDir} has no ${SHELL.slice(1)}: run \`npm run build\` again`);
  const policy = index.policy ?? "default-src 'self'; frame-ancestors 'none'";

  /** A path names a file, a page of the app (ranking.html for /ranking), or any other view (index.html). */
  function fileFor(path: string): StaticFile | undefined {
    const exact = files.get(path);
    if (exact) return exact;
    if (path === '/ranking' || path === '/ranking/') return files.get('/ranking.html') ?? index;
    // A missing file (a script, an image) is a 404, not the app's HTML under the file's name.
    return extname(path) === '' ? index : undefined;
  }

  const compressible = (file: StaticFile) => isCompressible(file.type) && file.body.byteLength >= MIN_BYTES;
  function encodedAs(file: StaticFile, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
    let encoded = file.encoded.get(encoding);
    if (!encoded) file.encoded.set(encoding, (encoded = compress(file.body, encoding, true)));
    return encoded;
  }

  return {
    policy,
    precompress() {
      for (const file of files.values()) if (compressible(file)) for (const encoding of ['br', 'gzip'] as const) void encodedAs(file, encoding);
    },
    isPage: (path) => !files.has(path) && extname(path) === '',
    shellHtml: new TextDecoder().decode((shell ?? index).body),
    text: (path) => {
      const file = files.get(path);
      return file ? new TextDecoder().decode(file.body) : null;
    },
    serveShell: (c) => send(c, shell ?? index),
    async serve(c, dataVersion) {
      let file = fileFor(c.req.path);
      if (!file) return c.json({ error: { code: 'not_found', message: `no file ${c.req.path}` } }, 404);
      if (file.dataVersion && shell && file.dataVersion !== (await dataVersion())) file = shell;
      return send(c, file);
    },
  };

  async function send(c: Context, file: StaticFile): Promise<Response> {
    const headers = new Headers({ 'Content-Type': file.type, 'Cache-Control': file.cacheControl, ETag: file.etag, Vary: 'Accept-Encoding' });
    if (file.policy) headers.set('Content-Security-Policy', file.policy);
    const held = (c.req.header('If-None-Match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (held.includes(file.etag) || held.includes('*')) return new Response(null, { status: 304, headers });
    const encoding = compressible(file) ? negotiate(c.req.header('Accept-Encoding')) : null;
    if (!encoding) return new Response(file.body, { headers });
    headers.set('Content-Encoding', encoding);
    return new Response(await encodedAs(file, encoding), { headers });
  }
}
