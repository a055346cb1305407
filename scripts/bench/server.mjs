// Serves a build with `vite preview` on 127.0.0.1 and a free port, and stops it again: always,
// on normal exit, on Ctrl-C and on a crash, so that the benchmark leaves no server behind.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const HOST = '127.0.0.1';

const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });

export async function freePort(from = 4180, to = 4199) {
  for (let port = from; port <= to; port++) if (await isFree(port)) return port;
  throw new Error(`no free port in ${from}–${to}`);
}

const viteBin = () => join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

async function waitUntilUp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
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
