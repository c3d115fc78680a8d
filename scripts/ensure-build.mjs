// Makes sure dist/ is built from the sources as they are now: the tests that load dist/ (the browser
// suite's dist mode, the e2e tests, the byte budget) call ensureBuild() first, so neither a fresh
// clone nor a stale build can fool them. Rebuilds when an output is missing or older than an input.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = [
  'dist/clinic-widgets.js',
  'dist/clinic-widgets.iife.js',
  'dist/prelayout.css',
  'dist/lib/index.js',
  'dist/sri.json',
  'dist/demo/index.html',
  'dist/demo/es/index.html',
  'dist/builder/index.html',
  'dist/clinic-widgets-wordpress.zip',
  'dist/types/jsx.d.ts',
];
const INPUTS = [
  'src',
  'fragments',
  'demo',
  'builder',
  'content',
  'wordpress',
  'scripts/wordpress-package.mjs',
  'package.json',
  'package-lock.json',
  'rollup.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'custom-elements-manifest.config.mjs',
  'scripts/framework-types.mjs',
  'scripts/build-pages.mjs',
];

const newest = (path) =>
  statSync(path).isDirectory() ? Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f)))) : statSync(path).mtimeMs;

/** True when dist/ is missing an output or older than any input. */
export function isStale() {
  const inputs = Math.max(...INPUTS.filter((p) => existsSync(p)).map(newest));
  return OUTPUTS.some((f) => !existsSync(f) || statSync(f).mtimeMs < inputs);
}

/** Builds when stale; returns `{ built, ok, output }`. */
export function ensureBuild({ quiet = false } = {}) {
  if (!isStale()) return { built: false, ok: true, output: '' };
  if (!quiet) console.log('dist/ is missing or older than the sources: building it first.');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  return { built: true, ok: build.status === 0, output: `${build.stdout ?? ''}${build.stderr ?? ''}` };
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureBuild().ok ? 0 : 1);
