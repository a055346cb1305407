// A throwaway PostgreSQL for the tests and the benchmark: Debian's package (installed the way
// Chromium is, when this is root on Debian), a cluster in a temporary directory on a free port,
// run as the `postgres` user when we are root (PostgreSQL refuses to run as root), stopped and
// removed at the end. Nothing outside the temporary directory is touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MIN_VERSION = 15;
const isRoot = process.getuid?.() === 0;

function debianBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .map(Number)
    .filter((v) => v >= MIN_VERSION && existsSync(join(base, String(v), 'bin/pg_ctl')))
    .sort((a, b) => b - a);
  return versions.length ? join(base, String(versions[0]), 'bin') : null;
}

function onPath() {
  const found = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  return found ? join(found, '..') : null;
}

/** The directory holding initdb and pg_ctl, installing Debian's package when it is absent and we may. */
export function postgresBinDir() {
  const found = debianBinDir() ?? onPath();
  if (found) return found;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No PostgreSQL found: installing Debian’s postgresql package…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql'], { stdio: 'inherit' });
    const installed = debianBinDir();
    if (installed) return installed;
  }
  throw new Error(
    [
      `No PostgreSQL ${MIN_VERSION}+ found for the tests.`,
      '  On Debian/Ubuntu:  sudo apt-get install -y postgresql',
      '  Or point TEST_DATABASE_URL at a PostgreSQL server on which the tests may create databases.',
    ].join('\n'),
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a new cluster and resolves to its superuser URL and a stop function. The caller creates
 * its own databases in it.
 */
export async function startPostgres() {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'kpi-postgres-'));
  const asOwner = (command, args) => {
    const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    const run = spawnSync(file, argv, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${command} failed (${run.status}): ${run.stderr || run.stdout}`);
  };
  if (isRoot) chownSync(dir, ...ownerOf('postgres'));
  const data = join(dir, 'data');
  asOwner('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // A port can be taken between the probe and the start by another process: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    try {
      asOwner('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', options, 'start']);
    } catch (error) {
      if (attempt < 3) continue;
      throw error;
    }
    const stop = () => {
      try {
        asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
  }
}

function ownerOf(user) {
  const ids = (flag) => Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
  return [ids('-u'), ids('-g')];
}
