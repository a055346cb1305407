// Embeds: one chart alone at /embed/<chart>?… for another site's page to show in an <iframe>,
// drawn by the app's renderer with the database's figures into a small page of its own: its
// stylesheet inline, no script (the figures read without one), and the one policy in the server
// that lets any page frame it. Kept per data version and URL, like the app's pages.
import type { Context } from 'hono';
import { createHash } from 'node:crypto';
import { keptBySize } from '../api/keptBySize';
import { answerHtml, etagOf, type PageRenderer } from './pages';

/** An embed is a few kB: a few hundred distinct ones fit. */
const MAX_CHARS = 4 * 1024 * 1024;

export type RenderedEmbeds = { serve(c: Context, dataVersion: string): Promise<Response> };

export function renderedEmbeds(renderer: PageRenderer, log: (line: string) => void): RenderedEmbeds {
  const styles = renderer.embedStyles;
  // Nothing runs and nothing loads but the inline stylesheet (allowed by its hash); any site may frame it.
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(styles).digest('base64')}'`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
  const kept = keptBySize<{ body: string; etag: string }>(MAX_CHARS, (page) => page.body.length);

  const documentOf = ({ html, title, lang }: { html: string; title: string; lang: string }) =>
    [
      '<!doctype html>',
      `<html lang="${lang}">`,
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="robots" content="noindex">',
      // No icon to fetch: opened on its own, the browser would otherwise ask for /favicon.ico (a 404).
      '<link rel="icon" href="data:,">',
      `<title>${title}</title>`,
      `<style>${styles}</style>`,
      '</head>',
      `<body>${html}</body>`,
      '</html>',
    ].join('\n');

  return {
    async serve(c, dataVersion) {
      const url = new URL(c.req.url);
      const href = `${url.pathname}${url.search}`;
      const key = `${dataVersion} ${href}`;
      const page = kept.get(key);
      if (page) return answerHtml(c, page, policy);
      const rendered = await renderer.renderEmbed(href);
      const body = documentOf(rendered);
      // Neither an unknown chart nor a failure is kept: the next request renders again.
      if (!rendered.found) return answerHtml(c, { body, etag: etagOf(body) }, policy, 404);
      if (rendered.failed) {
        log(JSON.stringify({ time: new Date().toISOString(), level: 'warn', message: 'embed without its data', href }));
        return answerHtml(c, { body, etag: etagOf(body) }, policy, 503);
      }
      const fresh = { body, etag: etagOf(body) };
      kept.keep(key, fresh);
      return answerHtml(c, fresh, policy);
    },
  };
}
