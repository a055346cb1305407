// Puts an app on a port, and takes it off gracefully: no new connections, the requests under way
// answered, then closed.
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { StartupError } from '../startupError';

export type Listening = {
  port: number;
  /** Resolves when every request under way has been answered (or the grace period is over). */
  close(): Promise<void>;
};

/** A request still running after this is cut off: a stuck client must not hold a shutdown forever. */
const GRACE_MS = 10_000;

export class PortInUse extends StartupError {}

export function listen(app: Hono, port: number, hostname?: string): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch, hostname });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUse(`port ${port} is already in use; stop what uses it or set PORT`) : error);
    });
    server.listen(port, hostname, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        port: bound,
        close: () =>
          new Promise<void>((done) => {
            const force = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), GRACE_MS);
            // Node closes idle keep-alive connections at once and the others as their answer ends.
            server.close(() => {
              clearTimeout(force);
              done();
            });
          }),
      });
    });
  });
}
