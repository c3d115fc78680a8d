// `npm run test:wordpress`: the WordPress plugin's tests (test/wordpress/). They need what a clinic's
// server has, from Debian: `apt-get install -y wordpress php-cli php-mysql mariadb-server php-xml
// php-mbstring php-curl php-gd php-zip gettext`, plus Chromium for the browser checks. They start
// their own MariaDB and PHP web server on free ports, as any user, and stop them when done; the
// system's services are not used. .ci/run installs the packages and runs this after `npm test`.
// Missing packages fail the run (with the command that installs them): this suite never skips.
import { spawnSync } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';
import { chromiumPath } from './chromium.mjs';
import { missingPackages } from '../test/wordpress/site.mjs';

const missing = missingPackages();
if (!chromiumPath()) missing.push('chromium');
if (missing.length) {
  console.error(`The WordPress tests need ${missing.join(', ')}. Install with:\n  apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
if (!ensureBuild().ok) process.exit(1);
const args = process.argv.length > 2 ? process.argv.slice(2) : ['test/wordpress/'];
process.exit(spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...args], { stdio: 'inherit' }).status ?? 1);
