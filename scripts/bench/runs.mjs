// One measured visit to a page, in a fresh browser context (empty cache, no service worker yet):
// navigation → first chart painted, where the time went, the JS heap, and optionally interactions.
import { loadavg } from 'node:os';
import { CHART_SURFACE, chartFigureHtml, initScript, interact, loadBreakdown } from './probes.mjs';

export const VIEWPORT = { width: 1366, height: 768 };
const CHART_TIMEOUT_MS = 30_000;
const QUIET_MS = 250;
const NOT_FOUND = /Không có trang này|There is no such page/;

async function openPage(browser, cpuThrottle) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  return { context, page, cdp, errors };
}

const heapUsed = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
};

/** How long a page must go without a long task or a request to count as settled. */
const SETTLED_MS = 500;

/** Resolves, with how long it waited, once `quietMs` pass with no long task and no request started; at most 5 s. */
function settled(quietMs) {
  const started = performance.now();
  const lastActivity = () =>
    Math.max(
      0,
      ...window.__bench.longTasks.map(([start, duration]) => start + duration),
      ...performance.getEntriesByType('resource').map((r) => r.responseEnd || r.startTime),
    );
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      if (now - lastActivity() >= quietMs || now - started > 5_000) resolve(Math.round(now - started));
      else setTimeout(check, 50);
    };
    check();
  });
}

const waitForChart = (page) => page.waitForFunction(() => window.__bench?.paintedAt != null, null, { timeout: CHART_TIMEOUT_MS, polling: 50 });

/**
 * Loads `url` and waits for the first chart to be painted. With `interactions`, then works the
 * unit picker and times each step (see probes.mjs). Never throws for a page that fails: the
 * result carries an `error` instead.
 */
export async function visit(browser, url, { cpuThrottle = 1, interactions = null, heap = false } = {}) {
  const { context, page, cdp, errors } = await openPage(browser, cpuThrottle);
  // The machine's load when the visit was made: every figure is printed with it.
  const result = { url, error: null, load: null, heap: null, steps: [], loadAvg: loadavg()[0] };
  try {
    await page.goto(url);
    await waitForChart(page);
    result.load = await page.evaluate(loadBreakdown);
    if (heap) {
      await cdp.send('Performance.enable');
      await page.waitForTimeout(300);
      result.heap = { samples: [await heapUsed(cdp)], retained: null };
    }
    // A reader acts on a page that has settled: interactions are timed once it has, so that the
    // page's own start (the mock, data fetched after the paint) is not counted as the picker's.
    // That start is reported on its own: the long tasks before the chart, and Lighthouse's TBT.
    if (interactions?.length) result.settledAfter = await page.evaluate(settled, SETTLED_MS);
    for (const step of interactions ?? []) {
      const outcome = await page.evaluate(interact, { ...step, quietMs: QUIET_MS, surface: CHART_SURFACE });
      result.steps.push({ ...step, ...outcome });
      if (heap) result.heap.samples.push(await heapUsed(cdp));
    }
    if (heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      result.heap.retained = await heapUsed(cdp);
    }
  } catch (error) {
    result.error = `${error.message.split('\n')[0]}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`;
  } finally {
    await context.close();
  }
  return result;
}

/** The rendered chart frame of `url`, to be written into the static reference page. */
export async function captureChart(browser, url) {
  const { context, page } = await openPage(browser, 1);
  try {
    await page.goto(url);
    await waitForChart(page);
    await page.waitForTimeout(500);
    return await page.evaluate(chartFigureHtml, CHART_SURFACE);
  } finally {
    await context.close();
  }
}

/**
 * The reference: the same chart as inline SVG in a static page, with the app's stylesheet as the
 * page has it: linked (`href`) or in the page itself (`{ inline: css }`).
 */
export const referenceHtml = (figureHtml, stylesheets) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Benchmark reference: the chart as static SVG</title>
${stylesheets.map((s) => (typeof s === 'string' ? `    <link rel="stylesheet" href="${s}">` : `    <style>${s.inline}</style>`)).join('\n')}
  </head>
  <body>
    <div id="root"><main class="layout__main">${figureHtml}</main></div>
  </body>
</html>
`;

/**
 * Finds the presentation mode: the `/present` route (slides change with → and ←). Returns its URL
 * on the ranking slide (the first with a chart), or null with the reason it was not found.
 */
export async function findPresenter(browser, base, query) {
  const { context, page } = await openPage(browser, 1);
  try {
    await page.goto(`${base}/present${query}`);
    // The app's own answer: a page prerendered for another URL holds a hidden heading of its own until the app replaces it.
    await page
      .waitForFunction(
        () => !document.documentElement.classList.contains('prerendered-elsewhere') && document.querySelector('h1, [aria-roledescription]'),
        null,
        {
          timeout: 10_000,
        },
      )
      .catch(() => null);
    const found = await page.evaluate((pattern) => {
      const notFound = new RegExp(pattern).test(document.querySelector('h1')?.textContent ?? '');
      return !notFound && !!document.querySelector('[aria-roledescription]');
    }, NOT_FOUND.source);
    if (!found) return { url: null, reason: '/present answers "not found" or shows no slides' };
    const url = new URL(`${base}/present${query}`);
    url.searchParams.set('slide', '2');
    return { url: url.href, reason: null };
  } finally {
    await context.close();
  }
}
