// Pages rendered by the server app with the app's own renderer (src/app/server.tsx) over a
// storage: the request's choices and language drawn with the storage's figures and the data beside
// them; rendered once per data version; a page whose data fails is left to the browser.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import * as renderer from '../../src/app/server';
import { unpackPageData } from '../../src/queries/pageState';
import type { Storage } from '../../src/server/api/storage';
import { createServerApp } from '../../src/server/http/app';
import { loadSpa, type Spa } from '../../src/server/http/spa';
import { createMemoryStorage } from '../../src/server/storage/memory';
import { FIXTURE_STYLESHEET, writeFixtureSpa } from './fixtures';

let root: string;
let spa: Spa;
const logged: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kpi-pages-'));
  await writeFixtureSpa(join(root, 'dist'));
  spa = await loadSpa(join(root, 'dist'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const appOver = (storage: Storage) =>
  createServerApp({ storage, spa, renderer, ping: async () => {}, stopping: () => false, log: (line) => logged.push(line) });

type Dehydrated = { queries: { queryKey: unknown[]; state: { data: { unitCode: string; indicatorId: string; value: number }[] } }[] };
function stateOf(html: string): Dehydrated {
  const state = JSON.parse(/<script type="application\/json" id="prerendered-state">(.*?)<\/script>/s.exec(html)![1]!) as Dehydrated;
  for (const query of state.queries) query.state.data = unpackPageData(query.state.data) as Dehydrated['queries'][number]['state']['data'];
  return state;
}

describe('pages rendered by the server', () => {
  it('draws the request’s own choices and language with the storage’s figures, and hands the data to the page', async () => {
    const response = await appOver(createMemoryStorage(seed)).request('/ranking?units=414,425&to=2021&lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toContain('<html lang="en" data-prerendered="/ranking?units=414,425&amp;to=2021&amp;lang=en"');
    expect(html).toMatch(/class="trend-chart__end-label"[^>]*>[^<]*Thái Hòa/);
    expect(html).toContain('Administrative reform');
    const ranks = stateOf(html)
      .queries.flatMap((q) => q.state.data)
      .filter((o) => o?.unitCode === '414' && o.indicatorId === 'par_rank');
    expect(ranks.map((o) => o.value).slice(0, 3)).toEqual([17, 9, 9]);
  });

  it('carries the stylesheet in the page, allowed by its hash in the page’s one policy, so the first paint waits for no second answer', async () => {
    const response = await appOver(createMemoryStorage(seed)).request('/ranking');
    const html = await response.text();
    expect(html).toContain(`<style>${FIXTURE_STYLESHEET}</style>`);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).not.toContain('http-equiv="Content-Security-Policy"');
    const hash = createHash('sha256').update(FIXTURE_STYLESHEET).digest('base64');
    expect(response.headers.get('Content-Security-Policy')).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });

  it('asks for the app’s scripts once the page is painted, by a loader the policy allows by its hash', async () => {
    const response = await appOver(createMemoryStorage(seed)).request('/ranking');
    const html = await response.text();
    expect(html).not.toMatch(/<script[^>]* src=/);
    expect(html).not.toContain('rel="modulepreload"');
    const loader = /<script>(.*?)<\/script>/s.exec(html)![1]!;
    expect(loader).toContain('requestAnimationFrame');
    expect(loader).toContain('import("/assets/index-C4eiAnFD.js")');
    expect(loader).toContain('["/assets/catalogue-B2xRdd6e.js"]');
    const hash = createHash('sha256').update(loader).digest('base64');
    expect(response.headers.get('Content-Security-Policy')).toMatch(new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
  });

  it('holds the first paint until the page’s markup has arrived, not its data', async () => {
    const html = await (await appOver(createMemoryStorage(seed)).request('/ranking')).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="expect" href="#page-drawn" blocking="render">');
    // The marker closes the markup and comes before the data.
    expect(html).toMatch(/<div id="root">[\s\S]*<\/div><template id="page-drawn"><\/template>\s*<script type="application\/json" id="prerendered-state">/);
  });

  /** The bar chart's drawing for a desktop screen, as the server drew it (a phone's follows it). */
  const desktopBars = (html: string) => /<svg class="trend-chart__svg bar-chart__svg trend-chart__svg--desktop"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const barsOf = (svg: string) => [...svg.matchAll(/class="bar-chart__bar bar-chart__bar--(\w+)"/g)].map((m) => m[1]);
  const valuesOf = (svg: string) => [...svg.matchAll(/class="bar-chart__value"[^>]*>([^<]*)</g)].map((m) => m[1]);

  it('draws the investment bar chart into the page: Thái Hòa’s 11 projects in 2020–2021 (derived) and 7 in T1–T5/2022 (reported)', async () => {
    const app = appOver(createMemoryStorage(seed));
    for (const path of ['/investment?level=district', '/units/414']) {
      const svg = desktopBars(await (await app.request(path)).text());
      expect(svg, path).toContain('aria-label="Số dự án đầu tư thu hút theo kỳ"');
      expect(barsOf(svg), path).toEqual(['derived', 'reported']);
      expect(valuesOf(svg), path).toEqual(['11', '7']);
      expect(svg, path).toMatch(/<tspan[^>]*>2020–2021<\/tspan><tspan[^>]*>2 năm<\/tspan>/);
    }
  });

  it('draws each chosen unit’s bars, illustrative ones hollow, for the request’s units', async () => {
    const svg = desktopBars(await (await appOver(createMemoryStorage(seed)).request('/investment?units=414,412&lang=en')).text());
    expect(svg).toContain('Investment projects attracted per period');
    expect(barsOf(svg).filter((p) => p === 'illustrative')).toHaveLength(3);
    expect(barsOf(svg)).toHaveLength(5);
  });

  /** The seed in a storage whose data version the test sets, counting how often observations are read. */
  function countingReads(first: string) {
    const memory = createMemoryStorage(seed);
    const counted = { version: first, reads: 0 };
    const storage: Storage = { ...memory, dataVersion: async () => counted.version, observations: (filter) => (counted.reads++, memory.observations(filter)) };
    return { app: appOver(storage), counted };
  }

  it('renders a page once per data version, and answers the ETag it gave with 304', async () => {
    const { app, counted } = countingReads('v1');
    const first = await app.request('/compare?units=414,425');
    const readsForOnePage = counted.reads;
    expect(readsForOnePage).toBeGreaterThan(0);
    const etag = first.headers.get('ETag')!;
    expect((await app.request('/compare?units=414,425', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect(counted.reads).toBe(readsForOnePage);
    counted.version = 'v2';
    expect((await app.request('/compare?units=414,425')).status).toBe(200);
    expect(counted.reads).toBe(2 * readsForOnePage);
  });

  it('renders a page that many ask for at once a single time, and gives each of them the same page', async () => {
    const { app, counted } = countingReads('crowd-v1');
    await app.request('/compare?units=414,425');
    const readsForOnePage = counted.reads;
    counted.version = 'crowd-v2';
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.request('/compare?units=414,425')));
    expect(counted.reads).toBe(2 * readsForOnePage);
    expect(new Set(answers.map((a) => a.headers.get('ETag'))).size).toBe(1);
  });

  it('draws a page with new choices from the answers already fetched for the data version, and asks again for a new version', async () => {
    const { app, counted } = countingReads('choices-v1');
    await app.request('/ranking?units=414');
    const readsForFirstPage = counted.reads;
    expect(readsForFirstPage).toBeGreaterThan(0);
    const other = await (await app.request('/ranking?units=425&lang=en')).text();
    expect(counted.reads).toBe(readsForFirstPage);
    // Its own choices, drawn and handed over: only the answers this page asks for.
    expect(other).toMatch(/class="trend-chart__end-label"[^>]*>[^<]*Diễn Châu/);
    expect(stateOf(other).queries.map((q) => q.queryKey[0])).not.toContain('session');
    counted.version = 'choices-v2';
    await app.request('/ranking?units=412');
    expect(counted.reads).toBe(2 * readsForFirstPage);
  });

  it('leaves a page whose data fails to the browser: the shell, and a warning in the log', async () => {
    const failing: Storage = { ...createMemoryStorage(seed), observations: () => Promise.reject(new Error('the database is gone')) };
    const response = await appOver(failing).request('/investment');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>shell</title>');
    expect(html).not.toContain('prerendered-state');
    expect(logged.some((line) => line.includes('"level":"warn"') && line.includes('/investment'))).toBe(true);
  });
});
