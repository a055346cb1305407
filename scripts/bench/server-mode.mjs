// `npm run bench -- --mode server`: the pages as `npm start` serves them. For each data set, the
// server on a fresh temporary DATA_DIR seeded with it (DATASET=seed|nationwide), and every view
// timed from navigation to the first chart painted, against the floor measured in the same run:
// the same view's chart as static SVG in a page of its own (the static mode's reference), served
// by `vite preview` with the app's stylesheet. Visits alternate floor / server, so that drift on
// the machine touches both alike; each figure carries the load average seen while it was taken.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { markdownTable, median, ms, resultRow, table } from './report.mjs';
import { captureChart, referenceHtml, visit } from './runs.mjs';
import { freePort, startAppServer, startPreview } from './server.mjs';

/** Every view the issue budgets: the defaults, a URL with choices, and an embed. */
export const SERVER_VIEWS = [
  { name: 'overview', path: '/' },
  { name: 'ranking', path: '/ranking' },
  { name: 'investment', path: '/investment' },
  { name: 'compare', path: '/compare?units=414,425' },
  { name: 'unit', path: '/units/414' },
  { name: 'choices', path: '/ranking?units=414,425&from=2020&to=2023&metric=score' },
  { name: 'embed', path: '/embed/ranking?units=414,425&from=2020&to=2023' },
];

const HEADER = ['data set', 'view', 'first chart painted', 'floor', 'ratio', 'n', 'budget', 'verdict', 'HTML received', 'load (1 min)'];
const loadRange = (loads) => {
  const xs = loads.filter((l) => typeof l === 'number');
  return xs.length ? `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}` : '—';
};

/**
 * The stylesheets the server's pages link, copied beside the floor pages so the floor needs no
 * server; and those a page carries in itself, which the floor then carries too.
 */
async function copyStylesheets(base, dir) {
  const html = await (await fetch(`${base}/`)).text();
  const hrefs = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  for (const href of hrefs) {
    mkdirSync(join(dir, dirname(href)), { recursive: true });
    writeFileSync(join(dir, href), await (await fetch(new URL(href, base))).text());
  }
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => ({ inline: m[1] }));
  return [...hrefs, ...inline];
}

async function measureDataset(browser, dataset, { runs, cpuThrottle, log }) {
  const dataDir = mkdtempSync(join(tmpdir(), `kpi-bench-${dataset}-`));
  const floorDir = mkdtempSync(join(tmpdir(), `kpi-bench-floor-${dataset}-`));
  const notes = [];
  const visits = Object.fromEntries(SERVER_VIEWS.map((v) => [v.name, { app: [], floor: [] }]));
  let server = null;
  let preview = null;
  try {
    log(`server mode, ${dataset}: starting npm start on a fresh data directory…`);
    server = await startAppServer({ DATA_DIR: dataDir, DATASET: dataset });
    const stylesheets = await copyStylesheets(server.base, floorDir);
    const measured = [];
    for (const view of SERVER_VIEWS) {
      try {
        const figure = await captureChart(browser, server.base + view.path);
        if (!figure) throw new Error('no chart figure found');
        writeFileSync(join(floorDir, `floor-${view.name}.html`), referenceHtml(figure, stylesheets));
        measured.push(view);
      } catch (error) {
        notes.push(`${dataset}: ${view.path}: no chart, not measured (${error.message.split('\n')[0]})`);
      }
    }
    // vite preview lists its files when it starts: started once the floor pages are written.
    preview = await startPreview(floorDir, await freePort());
    for (let run = 1; run <= runs; run++) {
      log(`  server mode, ${dataset}: run ${run}/${runs}`);
      for (const view of measured) {
        visits[view.name].floor.push(await visit(browser, `${preview.base}/floor-${view.name}.html`, { cpuThrottle }));
        visits[view.name].app.push(await visit(browser, server.base + view.path, { cpuThrottle }));
      }
    }
  } finally {
    preview?.stop();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
  const rows = SERVER_VIEWS.map((view) => {
    const { app, floor } = visits[view.name];
    for (const v of [...app, ...floor].filter((v) => v.error)) notes.push(`${dataset}: ${v.url}: ${v.error}`);
    const loaded = app.filter((v) => v.load);
    const row = resultRow({
      dataset,
      metric: view.path,
      format: ms,
      samples: loaded.length,
      value: median(loaded.map((v) => v.load.paintedAt)),
      reference: median(floor.filter((v) => v.load).map((v) => v.load.paintedAt)),
      budget: { text: '≤ 2× floor', needsReference: true, ok: (_, ratio) => ratio <= 2 },
    });
    const html = ms(median(loaded.map((v) => v.load.html)));
    const load = loadRange([...app, ...floor].map((v) => v.loadAvg));
    return { cells: [...row.cells, html, load], json: { ...row.json, html: median(loaded.map((v) => v.load.html)), load } };
  });
  return { rows, notes };
}

/** Measures every view on the server for each data set; prints and writes bench-results/server.{md,json}. */
export async function benchServer(browser, { datasets, runs, cpuThrottle, header, log }) {
  const rows = [];
  const notes = [];
  for (const dataset of datasets) {
    const result = await measureDataset(browser, dataset, { runs, cpuThrottle, log });
    rows.push(...result.rows);
    notes.push(...result.notes);
  }
  const title = `${header}; server mode (npm start, fresh DATA_DIR per data set), load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join('/')} at end`;
  const method =
    'navigation → first chart painted: median over the runs; floor: the same chart as static SVG in a page of its own, with the app’s stylesheet, in the same run';
  console.log(
    [title, method, '', table([HEADER, ...rows.map((r) => r.cells)]), ...(notes.length ? ['', 'Notes:', ...notes.map((n) => `- ${n}`)] : [])].join('\n'),
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/server.json', JSON.stringify({ header: title, results: rows.map((r) => r.json), notes }, null, 1));
  writeFileSync(
    'bench-results/server.md',
    [title, '', method, '', markdownTable([HEADER, ...rows.map((r) => r.cells)]), '', ...notes.map((n) => `- ${n}`), ''].join('\n'),
  );
  return rows.filter((r) => r.json.value === null).map((r) => `${r.json.dataset} ${r.json.metric}`);
}
