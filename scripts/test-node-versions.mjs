// Runs the unit and component tests on each Node.js major the project supports besides the one
// running this script, so that `engines` is proven, not claimed. Each Node comes from the npm
// registry's `node` package (npx), the same way on every machine.
import { spawnSync } from 'node:child_process';

const majors = (process.argv[2] ?? '22,24').split(',');
for (const major of majors) {
  console.log(`\n── unit tests on Node ${major} ──`);
  const run = spawnSync('npx', ['-y', `node@${major}`, 'node_modules/vitest/vitest.mjs', 'run'], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`The unit tests failed on Node ${major}.`);
    process.exit(run.status ?? 1);
  }
}
