// A pid file that keeps a second server off a data directory: PGlite has no lock of its own, and
// two processes writing one directory corrupt it.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../startupError';

export class DataDirInUse extends StartupError {}

/** Whether a process with this id is running (signal 0 checks without sending anything). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock or throws DataDirInUse. A pid file whose process has died (a crash, a kill -9)
 * is stale and is taken over.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  const file = join(dataDir, 'server.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' creates the file only if it is absent, atomically: of two servers starting at once, one wins.
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        unlinkSync(file);
      };
      // Also on an exit that skips the shutdown path (process.exit after a fatal error).
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && running(holder)) {
        throw new DataDirInUse(`DATA_DIR ${dataDir} is in use by another server (pid ${holder}); stop it or choose another DATA_DIR`);
      }
      unlinkSync(file);
    }
  }
  throw new DataDirInUse(`could not take the lock ${file}`);
}
