// Embeds (/embed/<chart>?…) served by the server app with the app's own renderer: one chart with
// its title, legend, sources and provenance, readable without a script, small, frameable by any
// site — and no other page is.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import * as renderer from '../../src/app/server';
import type { Storage } from '../../src/server/api/storage';
import { createServerApp } from '../../src/server/http/app';
import { loadSpa, type Spa } from '../../src/server/http/spa';
import { createMemoryStorage } from '../../src/server/storage/memory';
import { writeFixtureSpa } from './fixtures';

let root: string;
let spa: Spa;
const logged: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kpi-embeds-'));
  await writeFixtureSpa(join(root, 'dist'));
  spa = await loadSpa(join(root, 'dist'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const appOver = (storage: Storage) =>
  createServerApp({ storage, spa, renderer, ping: async () => {}, stopping: () => false, log: (line) => logged.push(line) });

/** The drawing for a desktop screen (a phone's follows it in the page; the stylesheet shows one). */
const desktop = (html: string) => /<svg class="trend-chart__svg[^"]*trend-chart__svg--desktop"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

describe('embeds', () => {
  it('draws the ranking for the chosen units and years: title, legend, source, provenance; no script, no controls', async () => {
    const response = await appOver(createMemoryStorage(seed)).request('/embed/ranking?units=414,425&from=2019&to=2024');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<title>Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024</title>');
    expect(html).toMatch(/class="trend-chart__end-label"[^>]*>Thái Hòa</);
    expect(html).toMatch(/class="trend-chart__end-label"[^>]*>Diễn Châu</);
    // Thái Hòa's 2019 rank, as the source gives it, with its provenance on the point.
    expect(desktop(html)).toContain('<title>Thái Hòa, 2019: 17 (Công bố)</title>');
    expect(html).toContain('class="provenance-legend"');
    expect(html).toContain('class="source-line"');
    expect(html).toContain('Xem đầy đủ trên Chỉ số Nghệ An');
    expect(html).not.toContain('<script');
    // Opened on its own it asks for nothing more, not even /favicon.ico (a 404 logged in the console).
    expect(html).toContain('<link rel="icon" href="data:,">');
    expect(html).not.toMatch(/<button|<select|<input|role="combobox"|<nav/);
    expect(html).not.toMatch(/ style="/);
    expect(bytes(html)).toBeLessThan(30_000);
  });

  it('draws the investment bars for a unit, in English when asked', async () => {
    const html = await (await appOver(createMemoryStorage(seed)).request('/embed/investment?units=414&lang=en')).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Investment projects attracted per period</title>');
    const svg = desktop(html);
    expect([...svg.matchAll(/class="bar-chart__bar bar-chart__bar--(\w+)"/g)].map((m) => m[1])).toEqual(['derived', 'reported']);
    expect([...svg.matchAll(/class="bar-chart__value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['11', '7']);
    expect(svg).toContain('<title>Thái Hòa, Jan–May 2022 (5 months): 7 (Reported)</title>');
    expect(bytes(html)).toBeLessThan(30_000);
  });

  it('lets any site frame an embed, and no other page', async () => {
    const app = appOver(createMemoryStorage(seed));
    const policy = (await app.request('/embed/province')).headers.get('Content-Security-Policy')!;
    expect(policy).toContain('frame-ancestors *');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    for (const path of ['/', '/ranking', '/investment?units=414', '/units/414', '/api/units', '/embedded', '/assets/missing.js']) {
      const headers = (await app.request(path)).headers;
      expect(headers.get('Content-Security-Policy'), path).toContain("frame-ancestors 'none'");
      expect(headers.get('Content-Security-Policy'), path).not.toContain('frame-ancestors *');
    }
  });

  it('allows its inline stylesheet by its hash, and nothing else', async () => {
    const response = await appOver(createMemoryStorage(seed)).request('/embed/province');
    const html = await response.text();
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css))).toString('base64');
    expect(response.headers.get('Content-Security-Policy')).toContain(`style-src 'sha256-${hash}'`);
  });

  it('renders an embed once per data version and URL, and answers its ETag with 304', async () => {
    const memory = createMemoryStorage(seed);
    let version = 'v1';
    let reads = 0;
    const app = appOver({ ...memory, dataVersion: async () => version, observations: (filter) => (reads++, memory.observations(filter)) });
    const first = await app.request('/embed/ranking?units=414');
    const readsForOne = reads;
    expect(readsForOne).toBeGreaterThan(0);
    const etag = first.headers.get('ETag')!;
    expect((await app.request('/embed/ranking?units=414', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect(reads).toBe(readsForOne);
    version = 'v2';
    expect((await app.request('/embed/ranking?units=414')).status).toBe(200);
    expect(reads).toBe(2 * readsForOne);
  });

  it('says so for an unknown chart (404) and for figures it could not get (503), never a blank frame', async () => {
    const unknown = await appOver(createMemoryStorage(seed)).request('/embed/budget');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Không có biểu đồ này');
    const failing: Storage = { ...createMemoryStorage(seed), observations: () => Promise.reject(new Error('the database is gone')) };
    const failed = await appOver(failing).request('/embed/investment');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(await failed.text()).toContain('Chưa tải được số liệu của biểu đồ');
    expect(logged.some((line) => line.includes('"level":"warn"') && line.includes('/embed/investment'))).toBe(true);
  });
});
