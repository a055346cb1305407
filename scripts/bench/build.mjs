// The benchmark's build: a production build into its own folder, what the first page load must
// download (entry + modulepreloads, gzip), and which packages make up each chunk.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** gzip at zlib's default level: what `vite preview` (and most servers) send. */
export const gzipSize = (buffer) => gzipSync(buffer).length;

const packageOf = (id) => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (match) return match[1];
  if (id.includes('/src/')) return '(app: src/)';
  if (id.includes('/mocks/')) return '(mock: mocks/)';
  return '(other)';
};

/** Builds with the project's vite.config.ts into `outDir`; returns each JS chunk's composition by package. */
export async function buildApp(outDir) {
  const chunks = [];
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
    plugins: [
      {
        name: 'bench:composition',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const byPackage = new Map();
            for (const [id, module] of Object.entries(chunk.modules)) {
              byPackage.set(packageOf(id), (byPackage.get(packageOf(id)) ?? 0) + module.renderedLength);
            }
            chunks.push({ fileName: chunk.fileName, isEntry: chunk.isEntry, isDynamicEntry: chunk.isDynamicEntry, byPackage });
          }
        },
      },
    ],
  });
  return chunks;
}

const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** Sizes from the build output: the JS a first visit must load before anything runs, all JS, and the HTML pages. */
export function buildSizes(outDir) {
  // The unprerendered page names them as tags; the prerendered ones ask for the same after their first paint.
  const html = readFileSync(join(outDir, 'shell.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const files = new Map(
    walk(outDir)
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => {
        const buffer = readFileSync(f);
        return ['/' + relative(outDir, f).split('\\').join('/'), { raw: buffer.length, gzip: gzipSize(buffer) }];
      }),
  );
  const sum = (names, key) => names.reduce((total, name) => total + (files.get(name)?.[key] ?? 0), 0);
  const initial = [...new Set([...entry, ...preloads])];
  const allJs = [...files.keys()].filter((f) => f.startsWith('/assets/') && f.endsWith('.js'));
  // The pages as served: the prerendered ones carry their markup, charts and data.
  const pages = readdirSync(outDir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('bench-'))
    .map((f) => ({ file: f, gzip: gzipSize(readFileSync(join(outDir, f))) }));
  return {
    files,
    pages,
    entry,
    initialJs: { files: initial, raw: sum(initial, 'raw'), gzip: sum(initial, 'gzip') },
    totalJs: { files: allJs, raw: sum(allJs, 'raw'), gzip: sum(allJs, 'gzip') },
    css: { files: css, raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
  };
}

/** The largest packages of a chunk, with an estimate of their share of its gzip size. */
export function composition(chunk, chunkGzip, top = 8) {
  const total = [...chunk.byPackage.values()].reduce((a, b) => a + b, 0);
  return [...chunk.byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, length]) => ({ name, share: length / total, gzipEstimate: (chunkGzip * length) / total }));
}

/** A package's manifest as Node would find it from `from` (node_modules folders upwards). */
const manifest = (name, from) => {
  for (let dir = from; ; dir = dirname(dir)) {
    const path = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(path)) return { path: dirname(path), json: JSON.parse(readFileSync(path, 'utf8')) };
    if (dirname(dir) === dir) return null;
  }
};

/** Every package a dependency pulls in (its own dependencies, transitively), itself included. */
function closure(name) {
  const seen = new Set();
  const visit = (pkg, from) => {
    if (seen.has(pkg)) return;
    seen.add(pkg);
    const found = manifest(pkg, from);
    for (const dep of Object.keys(found?.json.dependencies ?? {})) visit(dep, found?.path ?? from);
  };
  visit(name, process.cwd());
  return seen;
}

/**
 * A chunk's code by the app's direct dependency that brings it in (e.g. recharts with its d3,
 * redux and es-toolkit); packages more than one of them need are counted as "(shared)".
 */
export function byDirectDependency(chunk, chunkGzip) {
  const direct = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {});
  const closures = direct.map((name) => [name, closure(name)]);
  const groups = new Map();
  for (const [pkg, length] of chunk.byPackage) {
    const owners = pkg.startsWith('(') ? [pkg] : closures.filter(([, set]) => set.has(pkg)).map(([name]) => name);
    const group = owners.length === 1 ? owners[0] : owners.length === 0 ? '(other)' : '(shared)';
    groups.set(group, (groups.get(group) ?? 0) + length);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, length]) => ({ name, share: length / total, gzipEstimate: (chunkGzip * length) / total }));
}
