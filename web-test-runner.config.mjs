// Browser tests in Chromium, Firefox and WebKit from the system, in two modes, as Lit's starter runs
// its suite in development and production:
// - TEST_MODE=source (default): the TypeScript sources with Lit's development build (its warnings on).
// - TEST_MODE=dist: every element's behaviour tests against the built drop-in, what clinics load:
//   an import of an element's define module (or of the drop-in entry) becomes dist/clinic-widgets.js,
//   and Lit resolves to its production build, as in the bundle.
// scripts/test-browsers.mjs finds the browsers, starts Xvfb and WebKitWebDriver, and sets BROWSERS.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((b) => b.trim());
const dist = process.env.TEST_MODE === 'dist';

// The size every engine's page gets: what wtr asks of Chromium, and Firefox's headless window.
const VIEWPORT = { width: 800, height: 600 };

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  // Firefox over WebDriver BiDi. wtr sizes each page with puppeteer's setViewport(), which over BiDi
  // also sends emulation.setScreenOrientationOverride, a command Firefox ESR 140 does not have (every
  // test then fails before it starts). The rig needs no emulation command at all: the headless window
  // is given the viewport's size when Firefox starts, and the per-page call is left out.
  firefox: () =>
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH,
        headless: true,
        protocol: 'webDriverBiDi',
        defaultViewport: null,
        env: { ...process.env, MOZ_HEADLESS_WIDTH: `${VIEWPORT.width}`, MOZ_HEADLESS_HEIGHT: `${VIEWPORT.height}` },
      },
      async createPage({ context }) {
        const page = await context.newPage();
        page.setViewport = async () => {};
        return page;
      },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_PATH,
          args: ['--automation'],
        },
      },
    }),
};

/** In dist mode, the sources' define modules (and the drop-in entry) are the built drop-in. */
const dropIn = {
  name: 'drop-in',
  resolveImport({ source }) {
    if (/(^|\/)src\/(clinic-widgets|(?!internal\/)[\w-]+\/define)\.js$/.test(source)) return '/dist/clinic-widgets.js';
  },
};

// Element behaviour runs in both modes; test/internal/ checks the sources' helpers (and a test-only
// element built on the source base class), and drop-in.test.ts loads dist/ itself.
const files = process.env.TEST_FILES
  ? process.env.TEST_FILES.split(',')
  : dist
    ? ['test/*.test.ts', '!test/drop-in.test.ts']
    : ['test/**/*.test.ts'];

export default {
  files,
  nodeResolve: { exportConditions: [dist ? 'production' : 'development', 'browser'] },
  plugins: [...(dist ? [dropIn] : []), esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: wanted.map((name) => launchers[name]()),
  concurrentBrowsers: 3,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
};
