// After `vite build`: renders the overview into dist/index.html with the embedded mock's data, so
// the first paint already shows the figures. Skipped when a real API is configured
// (VITE_API_BASE_URL): its data is not known at build time, and the static shell stays.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadEnv } from 'vite';

const root = resolve(import.meta.dirname, '..');
const env = loadEnv('production', root, 'VITE_');
if (env.VITE_API_BASE_URL || process.env.VITE_API_BASE_URL) {
  console.log('prerender: a real API is configured; the overview is not prerendered.');
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
const { prerender } = await import(pathToFileURL(resolve(outDir, 'prerender-entry.js')).href);
const { html, state } = await prerender('/');

const indexPath = resolve(root, 'dist/index.html');
const index = await readFile(indexPath, 'utf8');
const shell = /<div id="root">[\s\S]*?<\/div>\s*(?=<\/body>)/;
if (!shell.test(index)) throw new Error('prerender: no <div id="root"> shell found in dist/index.html');
// JSON in a non-executed script element: allowed by the CSP, and "<" escaped so it cannot close it.
const json = JSON.stringify(state).replace(/</g, '\\u003c');
await writeFile(
  indexPath,
  index.replace(shell, `<div id="root">${html}</div>\n    <script type="application/json" id="prerendered-state">${json}</script>\n  `),
);
await rm(outDir, { recursive: true, force: true });
console.log(`prerender: / rendered into dist/index.html (${(html.length / 1024).toFixed(1)} kB of HTML, ${(json.length / 1024).toFixed(1)} kB of data)`);
