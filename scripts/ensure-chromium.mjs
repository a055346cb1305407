// Fails early, with the fix, when no Chromium is available for the browser tests.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium-path.mjs';

const own = join(process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright'));
const hasPlaywrightsOwn = existsSync(own) && readdirSync(own).some((d) => d.startsWith('chromium'));

if (!chromiumPath() && !hasPlaywrightsOwn) {
  console.error(
    [
      'No Chromium found for the browser tests.',
      '  On Debian/Ubuntu:  sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      '  Elsewhere:         set CHROMIUM_PATH to a Chromium or Chrome binary,',
      '                     or run `npx playwright install chromium` where downloads are allowed.',
    ].join('\n'),
  );
  process.exit(1);
}
