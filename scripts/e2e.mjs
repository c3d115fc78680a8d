// Runs the end-to-end tests (test/e2e/) against the built drop-in and demo page, building first when
// dist/ is missing or older than the sources. Headless system Chromium through puppeteer-core;
// nothing is downloaded.
import { spawnSync } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';

if (!ensureBuild().ok) process.exit(1);
const args = process.argv.length > 2 ? process.argv.slice(2) : ['test/e2e/'];
process.exit(spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...args], { stdio: 'inherit' }).status ?? 1);
