// Runs the browser tests in the engines named by BROWSERS (default: all three). Finds each browser on
// this machine, starts what WebKit needs (Xvfb and WebKitWebDriver) and stops it afterwards. Never
// downloads a browser: a missing one fails with the line that installs it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';

const APT = 'apt-get update && apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';
const browsers = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((b) => b.trim()).filter(Boolean);
const first = (...paths) => paths.find((p) => p && existsSync(p));

const found = {
  chromium: () => first(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'),
  firefox: () => first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
  webkit: () =>
    first(process.env.WEBKIT_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser') &&
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
env.WEBKIT_PATH = first(process.env.WEBKIT_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser') ?? '';

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
  const display = process.env.TEST_DISPLAY || `:${90 + (process.pid % 9)}`;
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
const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], { stdio: 'inherit', env });
runner.on('exit', (code) => {
  stop();
  process.exit(code ?? 1);
});
