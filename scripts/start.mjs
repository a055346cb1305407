// `npm start`: builds the app when dist/ is missing or older than its sources, builds the server,
// then runs it in this process (PORT, DATA_DIR, DATABASE_URL as in the README).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const SOURCES = ['src', 'mocks', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'scripts/prerender.mjs', 'scripts/prerender-entry.tsx'];

/** Of src/server/, only what the mock hosts is in the app's build (the rule ESLint checks). */
const serverOnly = (path) =>
  path.startsWith(join(root, 'src/server/')) && !path.startsWith(join(root, 'src/server/api/')) && path !== join(root, 'src/server/storage/memory.ts');

/** The newest modification time under a path (0 when it does not exist or is the server's own). */
function newest(path) {
  if (serverOnly(path)) return 0;
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = newest(join(root, 'dist/index.html'));
if (built === 0 || SOURCES.some((source) => newest(join(root, source)) > built)) {
  console.log(built === 0 ? 'start: building the app (no dist/ yet)…' : 'start: rebuilding the app (sources changed since dist/ was built)…');
  run('npm', ['run', 'build']);
}
run('npm', ['run', 'build:server']);
await import(pathToFileURL(join(root, 'dist-server/main.js')).href);
