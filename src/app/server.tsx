// Entry for rendering pages outside the browser: the Node server renders every page it serves
// with its own data (built as dist-server/render.js), and the build prerenders the static pages
// with the mock's. The app then hydrates the markup instead of starting blank.
import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { translate } from '../i18n/catalogue';
import { createQueryClient } from '../queries';
import { packPageData } from '../queries/pageState';
import { parseEmbedPath } from '../routing/embed';
import { languageOf, setPrerenderedLocation } from '../routing/location';
import { App } from './App';
import { EmbedApp } from './Embed';
import embedCss from './embed.css?raw';
import chartCss from '../ui/chart/chart.css?raw';
import themeCss from '../ui/theme.css?raw';

export { setApiTransport } from '../api/client';

export type RenderedPage = { html: string; state: DehydratedState; lang: string };
/** An embed's body and title; `found` is false for an unknown chart, `failed` when its data could not be had. */
export type RenderedEmbed = { html: string; title: string; lang: string; found: boolean; failed: boolean };

const MAX_PASSES = 8;
/** React's mark for a Suspense boundary left to the browser: here, a view whose code was still loading. */
const CLIENT_RENDERED = '<!--$!-->';

/**
 * One render at a time: the location is a module-wide value read while rendering, and waiting for
 * a view's code renders asynchronously, so two at once could read each other's location.
 */
let rendering: Promise<unknown> = Promise.resolve();
function alone<T>(render: () => T | Promise<T>): Promise<T> {
  const result = rendering.then(render);
  rendering = result.catch(() => undefined);
  return result;
}

/**
 * Waits until the lazily loaded views this page shows have their code: React's static prerender
 * resolves only then. Its output is not used — it finishes late boundaries with inline scripts,
 * which the page's CSP forbids — the next synchronous render has the code at hand.
 */
async function loadViewsOf(href: string, root: () => ReactElement): Promise<void> {
  await alone(async () => {
    setPrerenderedLocation(href);
    const { prelude } = await prerenderToNodeStream(root());
    for await (const chunk of prelude) void chunk;
  });
}

/**
 * Renders `href` (a path and query) until every query the page asks for has its data and every
 * lazily loaded view is in: each pass may reveal new ones. Rejects when a query fails: the page is
 * then left to the browser, which shows the failure with its retry (a failed query is not in the
 * state handed over, so markup showing it would not match what the browser draws).
 */
export async function renderPage(href: string, dataVersion?: string): Promise<RenderedPage> {
  const client = createQueryClient();
  const html = await renderLoaded(href, client, () => <App queryClient={client} />, dataVersion);
  return { html, state: dehydrate(client, { serializeData: packPageData }), lang: languageOf(new URL(href, 'http://localhost')) };
}

/**
 * The answers pages of one data version have fetched, by query: a page with new choices (units,
 * years) asks for the same observations as the last one, and gets them without asking the API
 * and reading its answer again; the same objects, so the views' shaped data is reused too. Only
 * the answers a page asks for enter its state. A new data version starts afresh.
 */
let answered: { dataVersion: string; byQuery: Map<string, { data: unknown; updatedAt: number }> } | null = null;

function answersOf(dataVersion: string | undefined) {
  if (dataVersion === undefined) return null;
  if (answered?.dataVersion !== dataVersion) answered = { dataVersion, byQuery: new Map() };
  return answered.byQuery;
}

/**
 * Renders the embed `href` names (/embed/<chart>?…): the chart alone, with its data drawn in and
 * no script needed to read it. An unknown chart, or data that cannot be had, renders what the
 * reader is told instead (the server answers those with 404 and 503).
 */
export async function renderEmbed(href: string): Promise<RenderedEmbed> {
  const url = new URL(href, 'http://localhost');
  const chart = parseEmbedPath(url.pathname);
  const lang = languageOf(url);
  const client = createQueryClient();
  let failed = false;
  let html: string;
  try {
    html = await renderLoaded(href, client, () => <EmbedApp queryClient={client} chart={chart} />);
  } catch {
    // The message asks for no data: one plain render.
    failed = true;
    html = await alone(() => {
      setPrerenderedLocation(href);
      return renderToString(<EmbedApp queryClient={client} chart={chart} failed />);
    });
  }
  // Already escaped by React, as it goes into the page's <title>.
  const title = /class="chart-frame__title"[^>]*>([^<]*)</.exec(html)?.[1] ?? translate(lang, 'app.name');
  return { html, title, lang, found: chart !== null, failed };
}

/** What an embed's page carries for its look: the palette and the charts' rules, and no more. */
export const embedStyles = [themeCss, chartCss, embedCss]
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  // No space is needed around these; a space before ":" can matter (".a :hover"), so only the one after goes.
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}')
  .trim();

async function renderLoaded(href: string, client: ReturnType<typeof createQueryClient>, root: () => ReactElement, dataVersion?: string): Promise<string> {
  const known = answersOf(dataVersion);
  // No retries here: a failing API is shown at once and retried by the browser, not held up.
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const html = await alone(() => {
      setPrerenderedLocation(href);
      return renderToString(root());
    });
    if (html.includes(CLIENT_RENDERED)) {
      await loadViewsOf(href, root);
      continue;
    }
    const waiting = client
      .getQueryCache()
      .getAll()
      // A query waiting for another's answer (enabled: false until then) is not fetched by itself.
      .filter((q) => q.state.status === 'pending' && (q.options as { enabled?: unknown }).enabled !== false);
    const failed = client
      .getQueryCache()
      .getAll()
      .find((q) => q.state.status === 'error');
    if (failed) throw new Error(`${href}: ${String(failed.state.error)}`);
    if (waiting.length === 0) return html;
    const asked = known ? waiting.filter((q) => !known.has(q.queryHash)) : waiting;
    for (const q of waiting) {
      const answer = known?.get(q.queryHash);
      if (answer) client.setQueryData(q.queryKey, answer.data, { updatedAt: answer.updatedAt });
    }
    await Promise.all(asked.map((q) => q.fetch().catch(() => undefined)));
    for (const q of asked) if (q.state.status === 'success') known?.set(q.queryHash, { data: q.state.data, updatedAt: q.state.dataUpdatedAt });
  }
  throw new Error(`${href} still waited for data or code after ${MAX_PASSES} passes`);
}
