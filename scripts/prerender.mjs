// After `vite build`: renders the overview and the ranking view into index.html and ranking.html
// of the build (dist/, or the folder given as argument) with the embedded mock's data, so the first paint already shows the
// figures and the first chart. The pages name the data version they hold, and the unprerendered
// page stays as shell.html: the Node server serves that once its database holds other data.
// Skipped when a real API is configured (VITE_API_BASE_URL): its data is not known at build time,
// and the static shell stays.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadEnv } from 'vite';

const PAGES = [
  { path: '/', file: 'index.html' },
  { path: '/ranking', file: 'ranking.html' },
];

/**
 * Runs before anything is drawn. The markup shows one URL with its default choices; on any other
 * URL (choices in the query, or another path served the same file) it is hidden until the app has
 * drawn what was asked for, rather than flash a chart that is not the one asked for. Inline, so it
 * costs no request before the first paint; the CSP allows exactly this script by its hash.
 */
const GUARD = `(function () {
  var html = document.documentElement;
  var page = html.getAttribute('data-prerendered');
  if (page && (location.pathname !== page || location.search !== '')) html.classList.add('prerendered-elsewhere');
})();`;
const GUARD_SOURCE = `&#39;sha256-${createHash('sha256').update(GUARD).digest('base64')}&#39;`;
const SCRIPT_SRC = 'script-src &#39;self&#39;';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const env = loadEnv('production', root, 'VITE_');
if (env.VITE_API_BASE_URL || process.env.VITE_API_BASE_URL) {
  console.log('prerender: a real API is configured; no page is prerendered.');
  process.exit(0);
}

const outDir = resolve(root, 'node_modules/.cache/prerender');
await build({
  root,
  logLevel: 'warn',
  build: { ssr: resolve(root, 'scripts/prerender-entry.tsx'), outDir, emptyOutDir: true, minify: false },
});
// The app's fetch client builds absolute URLs from the page's origin; at build time there is none.
globalThis.location = new URL('http://localhost/');
const { prerender, dataVersion, loadScriptsAfterFirstPaint } = await import(pathToFileURL(resolve(outDir, 'prerender-entry.js')).href);

const template = await readFile(resolve(dist, 'index.html'), 'utf8');
const shell = /<div id="root">[\s\S]*?<\/div>\s*(?=<\/body>)/;
if (!shell.test(template)) throw new Error(`prerender: no <div id="root"> shell found in ${dist}/index.html`);
if (!template.includes(SCRIPT_SRC)) throw new Error(`prerender: no "script-src 'self'" in the CSP of ${dist}/index.html`);
await writeFile(resolve(dist, 'shell.html'), template);
const versionMeta = `<meta name="kpi-data-version" content="${await dataVersion()}" />`;
// The markup is read before any script runs: the scripts are asked for once it is painted.
const loaded = loadScriptsAfterFirstPaint(template);
const scriptSources = [GUARD_SOURCE, ...(loaded.hash ? [loaded.hash.replace(/'/g, '&#39;')] : [])].join(' ');
for (const page of PAGES) {
  const { html, state } = await prerender(page.path);
  // JSON in a non-executed script element: allowed by the CSP, and "<" escaped so it cannot close it.
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  const document = loaded.template
    // Which URL the markup shows: the guard hides it on any other, and the app hydrates it only there.
    .replace('<html lang="vi">', `<html lang="vi" data-prerendered="${page.path}">`)
    .replace(SCRIPT_SRC, `${SCRIPT_SRC} ${scriptSources}`)
    .replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${versionMeta}\n    <script>${GUARD}</script>`)
    .replace(shell, `<div id="root">${html}</div>\n    <script type="application/json" id="prerendered-state">${json}</script>\n  `);
  const target = resolve(dist, page.file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, document);
  console.log(`prerender: ${page.path} → ${page.file} (${(html.length / 1024).toFixed(1)} kB of HTML, ${(json.length / 1024).toFixed(1)} kB of data)`);
}
await rm(outDir, { recursive: true, force: true });
