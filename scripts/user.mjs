// `npm run user -- add --role admin|editor|viewer <email>`: builds the server (a few seconds) and
// runs its account command in this process, so that the password prompt has the terminal.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
if (build.status !== 0) {
  process.stderr.write(build.stdout);
  process.exit(build.status ?? 1);
}
await import(pathToFileURL(join(root, 'dist-server/user.js')).href);
