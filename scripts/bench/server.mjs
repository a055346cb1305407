// The servers the benchmarks measure: a build served by `vite preview`, or `npm start`'s server
// (scripts/start.mjs) with its database, on 127.0.0.1 and a free port; both stopped again on exit.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const HOST = '127.0.0.1';

const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });

/** Benchmark servers keep to 4400–4420: the ports below are the browser tests' of each checkout. */
export async function freePort(from = 4400, to = 4420) {
  for (let port = from; port <= to; port++) if (await isFree(port)) return port;
  throw new Error(`no free port in ${from}–${to}`);
}

const viteBin = () => join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

async function waitUntilUp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      // Any answer means it listens (a directory of floor pages alone has no index.html).
      await fetch(url);
      return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/** Starts `vite preview` for `outDir`; returns its base URL and a stop() that is also run on exit. */
export async function startPreview(outDir, port) {
  // Its own process group (detached), so that stopping it stops anything it started too.
  const child = spawn(process.execPath, [viteBin(), 'preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', outDir], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  const base = `http://${HOST}:${port}`;
  try {
    await waitUntilUp(base + '/', child, 20_000);
  } catch (error) {
    stop();
    throw new Error(`${error.message}${stderr ? `\n${stderr}` : ''}`);
  }
  return { base, stop };
}

const root = resolve(import.meta.dirname, '../..');

/**
 * Starts `npm start`'s server (scripts/start.mjs: builds what is stale, then serves) with `env`
 * (DATA_DIR, DATASET, DATABASE_URL …) and resolves once it listens. Its per-request log is dropped:
 * it is not what is measured. stop() sends SIGTERM and waits for the exit; it is also run on exit.
 */
export async function startAppServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGTERM');
  process.once('exit', kill);
  let out = '';
  await new Promise((ready, fail) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.includes('"listening on'));
      if (line) {
        process.stderr.write(`${JSON.parse(line).message}\n`);
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        ready();
      }
    });
    child.on('exit', (code) => fail(new Error(`the server exited (${code}) before listening`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once('exit', done), kill()))),
  };
}
