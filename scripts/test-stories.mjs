// Story smoke test: opens every story (and docs page) of the static Storybook build in headless
// Chromium and fails on a console error, a page error, a story that renders nothing, a library
// element (custom-elements.json) left undefined, a request to another origin, or an axe-core violation in the story root.
//
//   npm run test:stories                      builds Storybook, then runs this
//   node scripts/test-stories.mjs [filter]    against an existing storybook-static/, stories whose id contains filter
//
// A story that shows a bad-configuration state on purpose carries the tag `expect-console-error`:
// it must then log at least one console error, and every one must be the library's clear form
// ("<clinic-x> attribute: expected …") or the browser's note about the failed request.
//
// Each story runs in each pass of STORY_PASSES (toolbar globals; passes separated by `|`), by
// default a light page with every FAQ as cards, and a dark, Spanish, right-to-left one with divided
// FAQs and a pale yellow brand colour (the plain appearance runs in the stories that pin it).
/* global requestAnimationFrame, customElements -- functions below run in the page */
import { CHROMIUM_ARGS } from './chromium.mjs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const root = resolve(new URL('../storybook-static', import.meta.url).pathname);
const require = createRequire(import.meta.url);
const filter = process.argv[2] ?? '';
const PASSES = (
  process.env.STORY_PASSES ??
  'theme:light;lang:en;dir:ltr;appearance:cards|theme:dark;lang:es;dir:rtl;appearance:divided;brand:!hex(ffe066)'
).split('|');
const CONCURRENCY = Math.max(1, Number(process.env.STORY_CONCURRENCY) || 2);
const TIMEOUT = 20_000;
const EXPECT_ERROR_TAG = 'expect-console-error';
// The library's own error form, or Chromium's note on a failed request (a story's bad `src`).
const EXPECTED_ERROR = /^<clinic-[a-z-]+>|^Failed to load resource/;

if (!existsSync(join(root, 'index.json')) || !existsSync(join(root, 'iframe.html'))) {
  console.error('storybook-static/ is missing or incomplete: run `npm run build-storybook` first (or `npm run test:stories`).');
  process.exit(2);
}
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
// The library's elements, from the manifest: each one a story uses must be defined there.
const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const elementTags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);
const entries = Object.values(index.entries).filter((e) => e.id.includes(filter));
// A docs page shows its file's stories: it may log what they log.
const filesExpectingErrors = new Set(entries.filter((e) => e.tags?.includes(EXPECT_ERROR_TAG)).map((e) => e.importPath));

// --- a small static server for storybook-static/, on a free port -------------------------------
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const cache = new Map();
const server = createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + '/')) throw new Error('outside');
    if (!cache.has(file)) cache.set(file, await readFile(file));
    res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(cache.get(file));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- the browser --------------------------------------------------------------------------------
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => p && existsSync(p),
);
if (!executablePath) {
  console.error('Chromium is not installed here. Install it with: apt-get update && apt-get install -y chromium');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
    // Two pages render at once: neither may be throttled as a background tab (rAF, timers).
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ],
});
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the page before Storybook: records the preview's render events. */
function recordStorybookEvents() {
  const seen = (window.__smoke = { events: [] });
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of [
        'storyFinished',
        'docsRendered',
        'storyErrored',
        'storyThrewException',
        'storyMissing',
        'playFunctionThrewException',
      ]) {
        value.on(name, (arg) => seen.events.push({ name, detail: String(arg?.message ?? arg?.title ?? arg).slice(0, 300) }));
      }
    },
  });
}

/** Runs in the page: waits until every Lit element below root (shadow roots included) has updated. */
async function settle(selector) {
  const all = (node, out = []) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  // A frame, or 100 ms if frames are not coming (a page the browser does not paint).
  const frame = () => new Promise((r) => (requestAnimationFrame(() => r()), setTimeout(r, 100)));
  for (let i = 0; i < 3; i++) {
    await Promise.all(
      all(document.querySelector(selector) ?? document)
        .map((el) => el.updateComplete)
        .filter(Boolean),
    );
    await frame();
  }
}

/** Runs in the page: what a designer would see, reduced to facts. */
function inspect(selector, tags) {
  const rootEl = document.querySelector(selector);
  const box = rootEl?.getBoundingClientRect();
  const undefinedTags = tags.filter((tag) => rootEl?.querySelector(tag) && !customElements.get(tag));
  return {
    shown: !!rootEl && box.width > 0 && box.height > 0 && (rootEl.textContent.trim() !== '' || rootEl.querySelector('*') !== null),
    errorShown: document.body.classList.contains('sb-show-errordisplay'),
    errorText: document.querySelector('#error-message')?.textContent?.trim().slice(0, 300) ?? '',
    undefinedTags,
  };
}

async function runAxe(selector) {
  const result = await window.axe.run(document.querySelector(selector), {
    resultTypes: ['violations'],
    // Stories are fragments of a page: landmark placement is the host page's business.
    rules: { region: { enabled: false } },
  });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' > '))
        .join(' | ')}`,
  );
}

async function check(page, entry, globals) {
  const problems = [];
  const errors = [];
  const onConsole = (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.text().startsWith('Failed to load resource') ? ` (${msg.location()?.url ?? 'unknown URL'})` : '';
    errors.push(msg.text().slice(0, 400) + where);
  };
  const onPageError = (error) => problems.push(`page error: ${String(error?.message ?? error).slice(0, 400)}`);
  const onRequest = (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return request.continue();
    // A booking page framed in a dialog may load (as a placeholder, offline); nothing else may leave.
    if (request.resourceType() === 'document' && request.frame() !== page.mainFrame()) {
      return request.respond({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><title>Offline placeholder</title><p>${new URL(url).host}</p>`,
      });
    }
    problems.push(`request to another origin: ${request.resourceType()} ${url.slice(0, 200)}`);
    return request.abort();
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  const docs = entry.type === 'docs';
  const selector = docs ? '#storybook-docs' : '#storybook-root';
  try {
    await page.goto(
      `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}&globals=${globals};a11y.manual:!true`,
      { waitUntil: 'load', timeout: TIMEOUT },
    );
    const done = docs ? ['docsRendered'] : ['storyFinished'];
    const failed = ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
    await page.waitForFunction((names) => window.__smoke?.events.some((e) => names.includes(e.name)), { timeout: TIMEOUT, polling: 50 }, [
      ...done,
      ...failed,
    ]);
    const events = await page.evaluate(() => window.__smoke.events);
    for (const e of events.filter((e) => failed.includes(e.name))) problems.push(`Storybook ${e.name}: ${e.detail}`);
    // Content that arrives over the network (a `src`) gets its moment, then the elements settle.
    await page.waitForNetworkIdle({ idleTime: 100, timeout: 5_000 }).catch(() => {});
    await page.evaluate(settle, selector);
    const seen = await page.evaluate(inspect, selector, elementTags);
    if (seen.errorShown) problems.push(`Storybook shows an error: ${seen.errorText}`);
    if (!seen.shown) problems.push('the story root renders nothing');
    if (seen.undefinedTags.length) problems.push(`elements never defined: ${seen.undefinedTags.join(', ')}`);
    if (!docs) {
      await page.evaluate(axeSource);
      for (const v of await page.evaluate(runAxe, selector)) problems.push(`axe: ${v}`);
    }
  } catch (error) {
    problems.push(`did not finish: ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
  }
  const expectsErrors = entry.tags?.includes(EXPECT_ERROR_TAG) || (docs && filesExpectingErrors.has(entry.importPath));
  if (expectsErrors) {
    for (const e of errors.filter((e) => !EXPECTED_ERROR.test(e))) problems.push(`console error: ${e}`);
    if (!docs && !errors.some((e) => /^<clinic-/.test(e))) problems.push(`tagged ${EXPECT_ERROR_TAG} but logged no "<clinic-…>" error`);
  } else {
    for (const e of errors) problems.push(`console error: ${e}`);
  }
  return problems;
}

// --- run: a shared queue, CONCURRENCY pages reused across stories --------------------------------
const queue = PASSES.flatMap((globals) => entries.map((entry) => ({ entry, globals })));
let passed = 0;
let failed = 0;
const started = Date.now();
async function worker() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  // Storybook's own signal for a test run: it then finishes CSS animations at once instead of
  // waiting for them, so every story is checked in its settled state.
  await page.setUserAgent(`${await browser.userAgent()} StorybookTestRunner`);
  await page.setRequestInterception(true);
  await page.evaluateOnNewDocument(recordStorybookEvents);
  for (let job = queue.shift(); job; job = queue.shift()) {
    const { entry, globals } = job;
    const t0 = Date.now();
    const problems = await check(page, entry, globals);
    const took = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
    const name = `${entry.type === 'docs' ? 'docs ' : ''}${entry.title} › ${entry.name} [${globals.replaceAll(/\w+:/g, '').replaceAll(';', ' ')}]`;
    if (problems.length) {
      failed++;
      console.log(`✗ ${name} (${took})\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else {
      passed++;
      console.log(`✓ ${name} (${took})`);
    }
  }
  await page.close();
}
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} finally {
  await browser.close();
  server.close();
}
console.log(
  `${passed} passed, ${failed} failed (${entries.length} stories and docs pages × ${PASSES.length} passes, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(failed || !entries.length ? 1 : 0);
