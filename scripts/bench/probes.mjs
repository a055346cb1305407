// What runs inside the page: the "first chart painted" detector (installed before any page script)
// and the interaction timer. Both time from the page's own clock (performance.now()).

/** A chart counts as drawn when its surface holds a line with a path, or a bar. */
export const CHART_LINE =
  'svg.trend-chart__svg path.trend-chart__line, svg.trend-chart__svg path.trend-chart__context, svg.trend-chart__svg rect.bar-chart__bar';
export const CHART_SURFACE = 'svg.trend-chart__svg';

/**
 * Installed with addInitScript on the app and on the reference page alike: records when the first
 * drawn chart enters the DOM, and when the frame after it has been presented (rAF, then a task).
 * A chart counts only once it is visible in that frame: markup prerendered for another URL is in
 * the DOM but hidden until the app has drawn the page asked for. Also collects long tasks, for a
 * TBT-like figure.
 */
export const initScript = `(() => {
  const bench = (window.__bench = { chartAt: null, paintedAt: null, longTasks: [] });
  // A line counts once it has a path; a bar (a rect, no path) once it has a height.
  const drawn = () => [...document.querySelectorAll(${JSON.stringify(CHART_LINE)})].filter((p) => p.tagName === 'rect' ? Number(p.getAttribute('height')) > 0 : (p.getAttribute('d') || '').length > 0);
  let checking = false;
  const observer = new MutationObserver(() => {
    if (bench.chartAt !== null || checking || drawn().length === 0) return;
    const seenAt = performance.now();
    checking = true;
    requestAnimationFrame(() => {
      checking = false;
      if (!drawn().some((p) => p.checkVisibility({ visibilityProperty: true, opacityProperty: true }))) return;
      bench.chartAt = seenAt;
      observer.disconnect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { bench.paintedAt = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['d', 'height', 'class'] });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/**
 * Runs one interaction in the page and times it: from just before the action to the frame
 * presented after the last DOM change it caused in the watched element (changes are waited for
 * until `quietMs` pass without one). Self-contained: it is serialised into the page.
 */
export function interact({ kind, unitCode, text, key, quietMs, surface }) {
  const figure = [...document.querySelectorAll('figure')].find((f) => f.querySelector(surface));
  const input = document.querySelector('input[role="combobox"]');
  const listbox = input ? document.getElementById(input.getAttribute('aria-controls') ?? '') : null;
  const option = listbox?.querySelector(`[role="option"][id$="-option-${unitCode}"]`) ?? null;
  const setText = (value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const plan = {
    open: { watched: listbox, act: () => input.click() },
    type: { watched: listbox, act: () => setText(text) },
    clear: { watched: listbox, act: () => setText('') },
    select: { watched: figure, act: () => option.click() },
    slide: {
      watched: document.getElementById('root') ?? document.body,
      act: () => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true })),
    },
  }[kind];
  if (!plan?.watched || (kind !== 'slide' && !input) || (kind === 'select' && !option)) {
    return Promise.resolve({ ms: null, error: `nothing to ${kind} (figure, picker or option ${unitCode} not found)` });
  }
  const lines = () => figure?.querySelectorAll('.trend-chart__series').length ?? 0;
  const linesBefore = lines();
  return new Promise((resolve) => {
    let seq = 0;
    let presentedSeq = 0;
    let presentedAt = null;
    let mutations = 0;
    let wantFinish = false;
    let timer;
    let t0 = 0;
    const finish = () => {
      // A frame is still owed for the last change: wait for it.
      if (presentedSeq !== seq) {
        wantFinish = true;
        return;
      }
      observer.disconnect();
      resolve({ ms: presentedAt === null ? null : presentedAt - t0, mutations, linesBefore, linesAfter: lines() });
    };
    const observer = new MutationObserver((records) => {
      mutations += records.length;
      const mine = ++seq;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          if (mine !== seq) return;
          presentedSeq = mine;
          presentedAt = performance.now();
          if (wantFinish) finish();
        };
        channel.port2.postMessage(null);
      });
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    });
    observer.observe(plan.watched, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(finish, 3000);
    t0 = performance.now();
    plan.act();
  });
}

/** Where the time before the first chart went, from the page's resource timings. */
export function loadBreakdown() {
  const bench = window.__bench;
  const resources = performance.getEntriesByType('resource');
  const nav = performance.getEntriesByType('navigation')[0];
  const end = (pattern) => Math.max(0, ...resources.filter((r) => pattern.test(r.name)).map((r) => r.responseEnd));
  const api = resources.filter((r) => /\/api\//.test(r.name) && r.startTime < (bench.chartAt ?? Infinity));
  const before = (t) => bench.longTasks.filter(([start]) => start < t);
  const painted = bench.paintedAt ?? 0;
  return {
    paintedAt: bench.paintedAt,
    chartAt: bench.chartAt,
    html: nav ? nav.responseEnd : null,
    entryJs: end(/\/assets\/index-[^/]*\.js$/),
    mockJs: end(/\/assets\/browser-[^/]*\.js$/),
    firstApiRequest: api.length ? Math.min(...api.map((r) => r.startTime)) : null,
    lastApiResponse: api.length ? Math.max(...api.map((r) => r.responseEnd)) : null,
    blocking: before(painted).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    longestTask: Math.max(0, ...before(painted).map(([, d]) => d)),
    scripts: resources
      .filter((r) => r.initiatorType === 'script' || /\.js$/.test(r.name))
      .filter((r) => r.startTime < painted)
      .map((r) => new URL(r.name).pathname),
    domNodes: document.getElementsByTagName('*').length,
  };
}

/** The chart's frame as static HTML: the reference page's body. */
export function chartFigureHtml(surface) {
  const figure = [...document.querySelectorAll('figure')].find((f) => f.querySelector(surface));
  return figure ? figure.outerHTML : null;
}
