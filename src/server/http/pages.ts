// Pages rendered by the server: every view, with the request's own choices (path and query) and
// the database's figures, drawn into the app's HTML with the data the page needs beside it, so the
// first paint shows the chart and the app hydrates instead of fetching. Kept per data version; a
// page that cannot be rendered (a query failed) is left to the browser as the plain shell.
import type { Context } from 'hono';
import { createHash } from 'node:crypto';
import { keptBySize } from '../api/keptBySize';

/** What dist-server/render.js (built from src/app/server.tsx) provides. */
export type PageRenderer = {
  /** `dataVersion`: what the database holds now, so that answers fetched for it serve the next page too. */
  renderPage(href: string, dataVersion?: string): Promise<{ html: string; state: unknown; lang: string }>;
  /** One chart alone (/embed/<chart>?…): `found` false for an unknown chart, `failed` when its data could not be had. */
  renderEmbed(href: string): Promise<{ html: string; title: string; lang: string; found: boolean; failed: boolean }>;
  /** The stylesheet every embed carries in its page. */
  embedStyles: string;
  setApiTransport(send: (url: string, init: RequestInit) => Promise<Response>): void;
};

/** Bounded by size: a nationwide page carries megabytes of data; the oldest pages go first. */
const MAX_CHARS = 32 * 1024 * 1024;
const ROOT = /<div id="root">[\s\S]*?<\/div>\s*(?=<\/body>)/;

/**
 * Nothing of the page is painted before all of its markup has arrived: a browser that painted a
 * half-parsed header (the response comes in pieces) moved it when the rest came, a layout shift.
 * The data after the markup is not waited for. Browsers without render-blocking `expect` links
 * paint as the markup arrives, as they did.
 */
const DRAWN = '<template id="page-drawn"></template>';
const DRAWN_BEFORE_PAINT = '<link rel="expect" href="#page-drawn" blocking="render">';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export type RenderedPages = {
  /** The page for this request, or null when it is left to the browser (the caller serves the shell). */
  serve(c: Context, dataVersion: string): Promise<Response | null>;
};

/** `template` is the unprerendered page (shell.html) as served: its root is filled per request. */
export function renderedPages(renderer: PageRenderer, template: string, policy: string, log: (line: string) => void): RenderedPages {
  if (!ROOT.test(template)) throw new Error('the app’s page has no <div id="root"> before </body> to render into');
  const pages = keptBySize<{ body: string; etag: string }>(MAX_CHARS, (page) => page.body.length);

  async function render(href: string, dataVersion: string): Promise<{ body: string; etag: string } | null> {
    try {
      const { html, state, lang } = await renderer.renderPage(href, dataVersion);
      // JSON in a non-executed script element: allowed by the CSP, and "<" escaped so it cannot close it.
      const json = JSON.stringify(state).replace(/</g, '\\u003c');
      const body = template
        .replace(/<html lang="[^"]*"/, `<html lang="${lang}" data-prerendered="${escapeAttribute(href)}"`)
        .replace('</head>', `  ${DRAWN_BEFORE_PAINT}\n  </head>`)
        .replace(ROOT, () => `<div id="root">${html}</div>${DRAWN}\n    <script type="application/json" id="prerendered-state">${json}</script>\n  `);
      return { body, etag: etagOf(body) };
    } catch (error) {
      log(JSON.stringify({ time: new Date().toISOString(), level: 'warn', message: `page left to the browser: ${(error as Error).message}`, href }));
      return null;
    }
  }

  return {
    async serve(c, dataVersion) {
      const url = new URL(c.req.url);
      const href = `${url.pathname}${url.search}`;
      const page = await pages.getOrMake(`${dataVersion} ${href}`, () => render(href, dataVersion));
      return page && answerHtml(c, page, policy);
    },
  };
}

export const etagOf = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

/** A kept HTML page, revalidated by its ETag (304 when the browser holds it). */
export function answerHtml(c: Context, page: { body: string; etag: string }, policy: string, status: 200 | 404 | 503 = 200): Response {
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    ETag: page.etag,
    'Content-Security-Policy': policy,
  });
  const held = (c.req.header('If-None-Match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (status === 200 && held.includes(page.etag)) return new Response(null, { status: 304, headers });
  return new Response(page.body, { status, headers });
}
