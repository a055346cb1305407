// `npm run bench`: builds the app, serves it with `vite preview`, drives headless Chromium and
// prints medians of what issue 7 budgets, with the seed (130 communes and wards) and the nationwide set
// (~700 units). A benchmark, not a test: it exits 0 whatever the figures, non-zero only when it
// could not measure. Options: --runs N (default 5), --cpu-throttle N (CDP CPU slowdown, default 1),
// --datasets seed,nationwide, --mode static,server (static: the build on `vite preview` with its
// in-browser mock; server: every view as `npm start` renders it, see bench/server-mode.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildApp, buildSizes, byDirectDependency, composition } from './bench/build.mjs';
import { gitDescription, kb, markdownTable, mb, median, ms, RESULT_HEADER, resultRow, table } from './bench/report.mjs';
import { captureChart, findPresenter, referenceHtml, visit, VIEWPORT } from './bench/runs.mjs';
import { benchServer } from './bench/server-mode.mjs';
import { freePort, startPreview } from './bench/server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'cpu-throttle': { type: 'string', default: '1' },
    datasets: { type: 'string', default: 'seed,nationwide' },
    mode: { type: 'string', default: 'static,server' },
  },
});
const RUNS = Math.max(1, Number(options.runs) || 5);
const CPU_THROTTLE = Math.max(1, Number(options['cpu-throttle']) || 1);
const DATASETS = options.datasets.split(',').filter((d) => d === 'seed' || d === 'nationwide');
const MODES = options.mode.split(',').filter((m) => m === 'static' || m === 'server');

const OUT_DIR = 'bench-results/dist';
const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'ranking', path: '/ranking' },
];
/**
 * On /ranking: the unit picker, then a unit named "Diễn …" chosen and removed 3 times. The seed's
 * ranking opens at the 130 communes and wards (Xã Diễn Châu, 17464); the nationwide set has
 * district-level units only (Diễn Châu, 425).
 */
const pickerSteps = (unitCode) => [
  { name: 'picker: open', kind: 'open' },
  { name: "picker: type 'dien'", kind: 'type', text: 'dien' },
  { name: 'picker: clear filter', kind: 'clear' },
  ...[1, 2, 3].flatMap(() => [
    { name: 'select unit → chart', kind: 'select', unitCode },
    { name: 'deselect unit → chart', kind: 'select', unitCode },
  ]),
];
const PICKED = { seed: '17464', nationwide: '425' };
/** In the deck, from the ranking slide: every slide visited, forwards and back. */
const SLIDE_STEPS = ['ArrowLeft', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft'].map((key) => ({
  name: 'slide change',
  kind: 'slide',
  key,
}));

const query = (dataset) => (dataset === 'nationwide' ? '?dataset=nationwide' : '');
const unitsOf = { seed: '130 communes and wards; 21 district-level to 2024', nationwide: '~700 district-level' };
const log = (message) => process.stderr.write(`${message}\n`);

async function measureDataset(browser, base, dataset, stylesheets) {
  const references = {};
  const visits = { app: {}, reference: {}, present: [], notes: [] };
  for (const page of PAGES) {
    [visits.app[page.name], visits.reference[page.name]] = [[], []];
    try {
      const figure = await captureChart(browser, `${base}${page.path}${query(dataset)}`);
      if (!figure) throw new Error('no chart figure found');
      const file = `bench-reference-${dataset}-${page.name}.html`;
      writeFileSync(join(OUT_DIR, file), referenceHtml(figure, stylesheets));
      references[page.name] = `${base}/${file}`;
    } catch (error) {
      // The app shows no chart on this page: measuring it five times more would only time out.
      visits.notes.push(`${dataset}: ${page.path}: no chart, not measured (${error.message.split('\n')[0]})`);
    }
  }
  for (let run = 1; run <= RUNS; run++) {
    log(`  ${dataset}: run ${run}/${RUNS}`);
    for (const page of PAGES.filter((p) => references[p.name])) {
      // Reference and app alternate, so that drift on the machine touches both alike.
      visits.reference[page.name].push(await visit(browser, references[page.name], { cpuThrottle: CPU_THROTTLE }));
      const steps = page.name === 'ranking' ? pickerSteps(PICKED[dataset]) : null;
      visits.app[page.name].push(await visit(browser, `${base}${page.path}${query(dataset)}`, { cpuThrottle: CPU_THROTTLE, interactions: steps, heap: true }));
    }
  }
  const presenter = await findPresenter(browser, base, query(dataset)).catch((error) => ({ url: null, reason: error.message.split('\n')[0] }));
  visits.presenterNote = presenter.reason;
  if (presenter.url) {
    for (let run = 1; run <= Math.min(RUNS, 3); run++)
      visits.present.push(await visit(browser, presenter.url, { cpuThrottle: CPU_THROTTLE, interactions: SLIDE_STEPS }));
  }
  return visits;
}

function summarise(dataset, visits, sizes) {
  const rows = [];
  const notes = [...visits.notes];
  const selectionBudget = dataset === 'seed' ? 50 : 100;
  const errors = [...Object.values(visits.app), ...Object.values(visits.reference), visits.present].flat().filter((v) => v.error);
  for (const e of errors) notes.push(`${dataset}: ${e.url}: ${e.error}`);
  for (const page of PAGES) {
    const app = visits.app[page.name].filter((v) => v.load);
    const ref = visits.reference[page.name].filter((v) => v.load);
    rows.push(
      resultRow({
        dataset,
        metric: `nav → first chart painted (${page.path})`,
        format: ms,
        samples: app.length,
        value: median(app.map((v) => v.load.paintedAt)),
        reference: median(ref.map((v) => v.load.paintedAt)),
        budget: { text: '≤ 2× reference', needsReference: true, ok: (_, ratio) => ratio <= 2 },
      }),
    );
    const jsBefore = median(app.map((v) => v.load.scripts.reduce((sum, path) => sum + (sizes.files.get(path)?.gzip ?? 0), 0)));
    rows.push(resultRow({ dataset, metric: `JS loaded before the chart, gzip (${page.path})`, format: kb, samples: app.length, value: jsBefore }));
    rows.push(
      resultRow({
        dataset,
        metric: `peak JS heap after load (${page.path})`,
        format: mb,
        samples: app.length,
        value: median(app.map((v) => (v.heap ? Math.max(...v.heap.samples) : null))),
      }),
    );
    rows.push(
      resultRow({
        dataset,
        metric: `JS heap after GC (${page.path})`,
        format: mb,
        samples: app.length,
        value: median(app.map((v) => v.heap?.retained ?? null)),
      }),
    );
  }
  const steps = visits.app.ranking.flatMap((v) => v.steps);
  for (const name of [...new Set(pickerSteps('').map((s) => s.name))]) {
    const samples = steps.filter((s) => s.name === name);
    for (const s of samples.filter((s) => s.error)) notes.push(`${dataset}: ${name}: ${s.error}`);
    const isSelection = name.includes('select');
    const unchanged = samples.filter((s) => isSelection && s.ms !== null && s.linesAfter === s.linesBefore).length;
    if (unchanged) notes.push(`${dataset}: ${name}: the chart's line count did not change in ${unchanged} of ${samples.length} samples`);
    rows.push(
      resultRow({
        dataset,
        metric: `${name} (/ranking)`,
        format: ms,
        samples: samples.filter((s) => s.ms !== null).length,
        value: median(samples.map((s) => s.ms)),
        budget: { text: `≤ ${selectionBudget} ms${isSelection ? '' : ' (as selection)'}`, ok: (v) => v <= selectionBudget },
      }),
    );
  }
  if (visits.present.length) {
    const samples = visits.present.flatMap((v) => v.steps);
    rows.push(
      resultRow({
        dataset,
        metric: 'slide change (/present)',
        format: ms,
        samples: samples.filter((s) => s.ms !== null).length,
        value: median(samples.map((s) => s.ms)),
        budget: { text: '≤ 100 ms', ok: (v) => v <= 100 },
      }),
    );
  } else {
    notes.push(`${dataset}: slide change not measured: ${visits.presenterNote}`);
  }
  return { rows, notes };
}

function breakdownRows(dataset, visits) {
  return PAGES.map((page) => {
    const loads = visits.app[page.name].filter((v) => v.load).map((v) => v.load);
    const m = (key) => ms(median(loads.map((l) => l[key])));
    return [
      dataset,
      page.path,
      m('html'),
      m('entryJs'),
      m('mockJs'),
      m('firstApiRequest'),
      m('lastApiResponse'),
      m('chartAt'),
      m('paintedAt'),
      m('blocking'),
      m('longestTask'),
      String(median(loads.map((l) => l.domNodes)) ?? '—'),
    ];
  });
}

async function benchStatic() {
  const started = Date.now();
  const loadAtStart = loadavg();
  log('building…');
  const chunks = await buildApp(OUT_DIR);
  // As `npm run build` does: the pages that are prerendered are measured prerendered.
  execFileSync(process.execPath, ['scripts/prerender.mjs', OUT_DIR], { stdio: ['ignore', process.stderr, 'inherit'] });
  const sizes = buildSizes(OUT_DIR);
  const port = await freePort();
  const server = await startPreview(OUT_DIR, port);
  log(`serving ${OUT_DIR} at ${server.base}`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const results = {};
  try {
    for (const dataset of DATASETS) results[dataset] = await measureDataset(browser, server.base, dataset, sizes.css.files);
  } finally {
    await browser.close();
    server.stop();
  }

  const staticRows = [
    resultRow({
      dataset: 'build',
      metric: 'initial JS, gzip (entry + modulepreloads)',
      format: kb,
      value: sizes.initialJs.gzip,
      budget: { text: '≤ 150 kB', ok: (v) => v <= 150_000 },
    }),
    resultRow({ dataset: 'build', metric: 'initial JS, minified', format: kb, value: sizes.initialJs.raw }),
    resultRow({ dataset: 'build', metric: `total JS, gzip (${sizes.totalJs.files.length} files)`, format: kb, value: sizes.totalJs.gzip }),
    resultRow({ dataset: 'build', metric: 'CSS, gzip', format: kb, value: sizes.css.gzip }),
    ...sizes.pages.map((page) => resultRow({ dataset: 'build', metric: `HTML, gzip (${page.file})`, format: kb, value: page.gzip })),
  ];
  const summaries = Object.fromEntries(
    Object.entries(results).map(([dataset, visits]) => [`${dataset} (${unitsOf[dataset]})`, summarise(dataset, visits, sizes)]),
  );
  const rows = [...staticRows, ...Object.values(summaries).flatMap((s) => s.rows)];
  const notes = Object.values(summaries).flatMap((s) => s.notes);

  const load = (l) => l.map((x) => x.toFixed(1)).join('/');
  const commit = gitDescription();
  const header = `Benchmark — ${new Date().toISOString().slice(0, 16)}Z, ${commit}, ${RUNS} runs, Chromium headless ${VIEWPORT.width}×${VIEWPORT.height}${CPU_THROTTLE > 1 ? `, CPU throttled ${CPU_THROTTLE}×` : ''}, load average ${load(loadAtStart)} at start, ${load(loadavg())} at end (${cpus().length} cores)`;
  const breakdownHeader = [
    'data set',
    'page',
    'HTML',
    'entry JS',
    'mock JS',
    '1st API req',
    'last API resp',
    'chart in DOM',
    'painted',
    'blocking >50ms',
    'longest task',
    'DOM nodes',
  ];
  const breakdown = [breakdownHeader, ...Object.entries(results).flatMap(([dataset, visits]) => breakdownRows(dataset, visits))];
  const chunkRows = [['chunk', 'loaded', 'gzip', 'by direct dependency (share of code before minification → est. gzip)']];
  const describe = (parts) => parts.map((p) => `${p.name} ${(p.share * 100).toFixed(0)}% ≈${kb(p.gzipEstimate)}`).join(', ');
  for (const chunk of chunks) {
    const gzip = sizes.files.get(`/${chunk.fileName}`)?.gzip ?? 0;
    const loaded = chunk.isEntry ? 'initial (entry)' : sizes.initialJs.files.includes(`/${chunk.fileName}`) ? 'initial (preload)' : 'on demand';
    chunkRows.push([chunk.fileName, loaded, kb(gzip), describe(byDirectDependency(chunk, gzip).slice(0, 6))]);
  }
  const entryChunk = chunks.find((c) => c.isEntry);
  const entryPackages = entryChunk ? describe(composition(entryChunk, sizes.files.get(`/${entryChunk.fileName}`)?.gzip ?? 0, 10)) : '';

  const out = [
    header,
    '',
    table([RESULT_HEADER, ...rows.map((r) => r.cells)]),
    '',
    'Where the time to the first chart goes (medians, ms from navigation start):',
    table(breakdown),
    '',
    'Bundle composition:',
    table(chunkRows),
    `Entry chunk, largest packages: ${entryPackages}`,
    ...(notes.length ? ['', 'Notes:', ...notes.map((n) => `- ${n}`)] : []),
    '',
    `(took ${Math.round((Date.now() - started) / 1000)} s)`,
  ].join('\n');
  console.log(out);

  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', JSON.stringify({ header, results: rows.map((r) => r.json), breakdown, notes, raw: results }, null, 1));
  writeFileSync(
    'bench-results/latest.md',
    [
      header,
      '',
      markdownTable([RESULT_HEADER, ...rows.map((r) => r.cells)]),
      '',
      markdownTable(breakdown),
      '',
      markdownTable(chunkRows),
      '',
      `Entry chunk, largest packages: ${entryPackages}`,
      '',
    ].join('\n'),
  );

  // Could not measure: no chart at all for a data set's page.
  const unmeasured = Object.entries(results).flatMap(([dataset, v]) =>
    PAGES.filter((p) => !v.app[p.name].some((x) => x.load)).map((p) => `${dataset} ${p.path}`),
  );
  if (unmeasured.length) {
    log(`could not measure: ${unmeasured.join(', ')}`);
    process.exitCode = 1;
  }
}

async function main() {
  if (MODES.includes('static')) await benchStatic();
  if (MODES.includes('server')) {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const header = `Benchmark — ${new Date().toISOString().slice(0, 16)}Z, ${gitDescription()}, ${RUNS} runs, Chromium headless ${VIEWPORT.width}×${VIEWPORT.height}${CPU_THROTTLE > 1 ? `, CPU throttled ${CPU_THROTTLE}×` : ''} (${cpus().length} cores)`;
      const unmeasured = await benchServer(browser, { datasets: DATASETS, runs: RUNS, cpuThrottle: CPU_THROTTLE, header, log });
      if (unmeasured.length) {
        log(`could not measure on the server: ${unmeasured.join(', ')}`);
        process.exitCode = 1;
      }
    } finally {
      await browser.close();
    }
  }
}

main().catch((error) => {
  log(`bench failed: ${error.stack ?? error}`);
  process.exit(2);
});
