// Makes sure a Chromium is there for the browser tests: installs Debian's package when it can
// (root on Debian, as on CI), and otherwise stops early with the fix.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium-path.mjs';

const own = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
const hasPlaywrightsOwn = () => existsSync(own) && readdirSync(own).some((d) => d.startsWith('chromium'));
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

if (!chromiumPath() && !hasPlaywrightsOwn()) {
  if (canApt) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
  if (!chromiumPath()) {
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
}
