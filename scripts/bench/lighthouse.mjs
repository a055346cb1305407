// `npm run bench:lighthouse`: Lighthouse's mobile audit (its default: a mid-range phone, simulated
// 4G and 4× CPU slowdown) of every view the benchmark times, as `npm start` serves them on a fresh
// seeded DATA_DIR. Prints performance / accessibility / best practices per view against the
// targets (98 / 100 / 100), and for a view that misses one, the audits that cost it points, with
// the machine's load at each run. Lighthouse 12.8 (the last for Node 20) through npx, so it is not
// a dependency of the project; it drives this machine's Chromium (CHROME_PATH), never a download.
// Options: --runs=N (the median score of N runs per view, default 1), --views=overview,ranking (by
// the benchmark's view names; default all), --dataset=seed|nationwide (what the server is seeded
// with; default seed). Writes bench-results/lighthouse[-nationwide].{md,json}.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';
import { gitDescription, markdownTable, median, table } from './report.mjs';
import { SERVER_VIEWS } from './server-mode.mjs';
import { startAppServer } from './server.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 };
const RUNS = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1]) || 1);
const VIEWS = process.argv
  .find((a) => a.startsWith('--views='))
  ?.split('=')[1]
  .split(',');
const DATASET = process.argv.find((a) => a.startsWith('--dataset='))?.split('=')[1] === 'nationwide' ? 'nationwide' : 'seed';
const OUT = 'bench-results/lighthouse';
const REPORT = DATASET === 'seed' ? 'bench-results/lighthouse' : `bench-results/lighthouse-${DATASET}`;
const log = (message) => process.stderr.write(`${message}\n`);

function audit(url, file) {
  execFileSync(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chromiumPath() } },
  );
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The audits that cost a category points: scored below 0.9 and weighing in it. */
function losses(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 0.9)
    .map((ref) => `${ref.id} ${report.audits[ref.id].displayValue ?? ''} (score ${report.audits[ref.id].score})`.replace(/\s+\(/, ' ('));
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

const dataDir = mkdtempSync(join(tmpdir(), 'kpi-lighthouse-'));
mkdirSync(OUT, { recursive: true });
const rows = [];
const notes = [];
const server = await startAppServer({ DATA_DIR: dataDir, DATASET });
try {
  for (const view of SERVER_VIEWS.filter((v) => !VIEWS || VIEWS.includes(v.name))) {
    const reports = [];
    const loads = [];
    for (let run = 1; run <= RUNS; run++) {
      log(`lighthouse ${view.path} (${run}/${RUNS})`);
      loads.push(loadavg()[0]);
      try {
        reports.push(audit(server.base + view.path, join(OUT, `${view.name}-${run}.json`)));
      } catch (error) {
        // A run Lighthouse could not finish (e.g. Chrome timed out on a busy machine) is reported, not hidden.
        notes.push(`${view.path}: run ${run} not measured: ${String(error.message).split('\n')[0]}`);
      }
    }
    if (reports.length === 0) {
      rows.push({ view: view.path, performance: '—', accessibility: '—', 'best-practices': '—', metrics: 'not measured', load: '' });
      continue;
    }
    const score = (category) => median(reports.map((r) => Math.round(r.categories[category].score * 100)));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(c)]));
    const last = reports.at(-1);
    const metrics = METRICS.map((id) => last.audits[id].displayValue).join(' / ');
    rows.push({ view: view.path, ...scores, metrics, load: `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` });
    for (const category of CATEGORIES.filter((c) => scores[c] < TARGETS[c])) {
      notes.push(`${view.path}: ${category} ${scores[category]} < ${TARGETS[category]}: ${losses(last, category).join('; ') || 'no single audit below 0.9'}`);
    }
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const header = ['view', 'performance', 'accessibility', 'best practices', 'FCP / LCP / TBT / CLS / SI', 'load (1 min)'];
const cells = rows.map((r) => [r.view, r.performance, r.accessibility, r['best-practices'], r.metrics, r.load]);
const title = `Lighthouse 12.8 mobile (simulated throttling), ${new Date().toISOString().slice(0, 16)}Z, ${gitDescription()}, npm start on a fresh DATA_DIR seeded with the ${DATASET} data set, ${RUNS} run(s) per view (median score), ${cpus().length} cores; targets ${Object.values(TARGETS).join(' / ')}`;
console.log([title, '', table([header, ...cells]), ...(notes.length ? ['', 'Below target:', ...notes.map((n) => `- ${n}`)] : [])].join('\n'));
writeFileSync(`${REPORT}.md`, [title, '', markdownTable([header, ...cells]), '', ...notes.map((n) => `- ${n}`), ''].join('\n'));
writeFileSync(`${REPORT}.json`, JSON.stringify({ title, rows, notes }, null, 1));
