// Runs the browser tests in the engines named by BROWSERS (default: all three), first against the
// sources and then against the built drop-in (TEST_MODE=source or dist runs one of them; see
// web-test-runner.config.mjs). Finds each browser on this machine, prints its version, starts what
// WebKit needs (Xvfb and WebKitWebDriver) and stops it afterwards. Never downloads a browser: a
// missing one fails with the line that installs it. Arguments are passed on to web-test-runner.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { ensureBuild } from './ensure-build.mjs';

const APT = 'apt-get update && apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';
const browsers = (process.env.BROWSERS || 'chromium,firefox,webkit')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
const first = (...paths) => paths.find((p) => p && existsSync(p));

const found = {
  chromium: () => first(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'),
  firefox: () => first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
  webkit: () =>
    first(
      process.env.WEBKIT_PATH,
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ) &&
    first('/usr/bin/WebKitWebDriver') &&
    first('/usr/bin/Xvfb'),
};

const env = { ...process.env, BROWSERS: browsers.join(',') };
for (const name of browsers) {
  if (!found[name]) {
    console.error(`Unknown browser "${name}" in BROWSERS: use chromium, firefox and/or webkit.`);
    process.exit(2);
  }
  if (!found[name]()) {
    console.error(`${name} is not installed here. Install the browsers with: ${APT}`);
    process.exit(2);
  }
}
env.CHROME_PATH = found.chromium() ?? '';
env.FIREFOX_PATH = found.firefox() ?? '';
env.WEBKIT_PATH =
  first(
    process.env.WEBKIT_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ) ?? '';

// The versions in use, as the run's first lines: a failure in one engine's release reads differently.
const output = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout?.trim().split('\n').pop() || 'unknown';
const VERSIONS = {
  chromium: () => output(env.CHROME_PATH, ['--version']),
  firefox: () => output(env.FIREFOX_PATH, ['--version']),
  // MiniBrowser prints no version without a display; the WebKitGTK library it runs is the version.
  webkit: () => `WebKitGTK ${output('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'])} (MiniBrowser)`,
};
for (const name of browsers) console.log(`${name.padEnd(8)} ${VERSIONS[name]()}`);

const modes = process.env.TEST_MODE ? [process.env.TEST_MODE] : ['source', 'dist'];
if (modes.some((m) => m !== 'source' && m !== 'dist')) {
  console.error(`Unknown TEST_MODE "${process.env.TEST_MODE}": use source or dist.`);
  process.exit(2);
}
// The dist mode tests what `npm run build` wrote: never an old build.
if (modes.includes('dist') && !ensureBuild().ok) process.exit(1);

const helpers = [];
const stop = () => helpers.forEach((p) => p.exitCode === null && p.kill('SIGTERM'));
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const waitForPort = (port, ms) =>
  new Promise((resolve, reject) => {
    const end = Date.now() + ms;
    const attempt = () => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.end(), resolve()));
      socket.once('error', () => (Date.now() > end ? reject(new Error(`nothing listening on ${port}`)) : setTimeout(attempt, 200)));
    };
    attempt();
  });

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

if (browsers.includes('webkit')) {
  // A display no other X server holds (several test runs may share the machine).
  const free = Array.from({ length: 100 }, (_, i) => 90 + i).find(
    (n) => !existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`),
  );
  const display = process.env.TEST_DISPLAY || `:${free ?? 90 + (process.pid % 9)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  helpers.push(xvfb);
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...env, DISPLAY: display } });
  helpers.push(driver);
  env.DISPLAY = display;
  env.WEBKIT_DRIVER_PORT = String(port);
  await waitForPort(port, 15_000);
}

const args = ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const run = (mode) =>
  new Promise((resolve) => {
    console.log(
      `\nBrowser tests against ${mode === 'dist' ? 'the built drop-in (dist/clinic-widgets.js)' : 'the sources'}: ${browsers.join(', ')}`,
    );
    const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
      stdio: 'inherit',
      env: { ...env, TEST_MODE: mode },
    });
    runner.on('exit', (code) => resolve(code ?? 1));
  });
let failed = 0;
for (const mode of modes) {
  const code = await run(mode);
  failed ||= code;
}
stop();
process.exit(failed);
