// Runs the end-to-end tests (test/e2e/) against the built drop-in and demo page, building first when
// dist/ is missing. Headless system Chromium through puppeteer-core; nothing is downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

if (!existsSync('dist/clinic-widgets.js') || !existsSync('dist/clinic-widgets.iife.js') || !existsSync('dist/lib/index.js')) {
  const status = run('npm', ['run', 'build']);
  if (status) process.exit(status);
}
process.exit(
  run(process.execPath, ['--test', '--test-concurrency=1', ...(process.argv.length > 2 ? process.argv.slice(2) : ['test/e2e/'])]),
);
