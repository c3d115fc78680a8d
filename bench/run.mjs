// `npm run bench`: clinic-widgets against plain HTML and its peers (Lion, Shoelace 2, Web Awesome 3)
// in headless Chromium, as a visitor feels it. Prints a table, writes .bench/results.json and
// docs/benchmarks.md. Never part of `npm test`: it is slow and timing-based; its targets are reported,
// not asserted. Three suites:
//   demo  the demo clinic page (English and Spanish) against the same page without the script;
//   faq   an FAQ of N questions alone: plain <details>, clinic-widgets, Lion, Shoelace, Web Awesome;
//   full  FAQ + treatment card + booking button: plain HTML, clinic-widgets, Shoelace, Web Awesome.
// Plus, per page: layout shift with the script at once and held back (desktop and phone widths), an
// input delay probe (clicks made during the upgrade), each element's toggle at phone and desktop
// widths in both languages, and Lighthouse on the demo pages (bench/lighthouse.mjs).
//
//   BENCH_RUNS=5            runs per case (interleaved A B C D A B C D …)
//   BENCH_N=10,100,1000     FAQ sizes
//   BENCH_THROTTLE=1,4      CPU throttling rates (4 ≈ a mid-range phone)
//   BENCH_SUITES=demo,faq,full
//   BENCH_LIBS=html,clinic  only these libraries (quick local runs; keys of LIBRARIES in pages.mjs)
//   BENCH_LIGHTHOUSE=0      skip Lighthouse
//   BENCH_DOCS=0            do not rewrite docs/benchmarks.md (quick local runs)
//   BENCH_DROP_IN=path      another build of the drop-in (default dist/clinic-widgets.js)
//   CHROME_PATH             the browser (default /usr/bin/chromium)
import { CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { sizes } from '../scripts/size.mjs';
import { elementBytes } from '../scripts/element-bytes.mjs';
import { createDemoServer } from '../scripts/serve.mjs';
import { LIBRARIES, SUITES, demoPage, interactionsPage, page, question } from './pages.mjs';
import { lighthouse } from './lighthouse.mjs';
import { markdown, readme, table } from './report.mjs';

const list = (value, fallback) =>
  (value || fallback)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const NS = list(process.env.BENCH_N, '10,100,1000').map(Number);
const THROTTLES = list(process.env.BENCH_THROTTLE, '1,4').map(Number);
const ONLY = process.env.BENCH_LIBS ? list(process.env.BENCH_LIBS) : null;
const SUITE_NAMES = list(process.env.BENCH_SUITES, 'demo,faq,full');
const HOLD_BACK = 500;
const OUT = '.bench';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const DESKTOP = { width: 1280, height: 800 };
// Phone widths: a small Android phone and Lighthouse's mobile emulation.
const PHONES = [
  { width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { width: 412, height: 823, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];
const LANGS = ['en', 'es'];

const DROP_IN = process.env.BENCH_DROP_IN || 'dist/clinic-widgets.js';
if (!existsSync(DROP_IN)) {
  console.error(`${DROP_IN} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  process.exit(1);
}
if (!existsSync(CHROME)) {
  console.error(`No Chromium at ${CHROME}: apt-get install -y chromium, or set CHROME_PATH.`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

// Each peer: one esbuild bundle from an entry importing only the elements a page uses, minified the
// same way, plus its theme CSS.
const PEERS = {
  'shoelace.js': ['details', 'button', 'card'].map((c) => `@shoelace-style/shoelace/dist/components/${c}/${c}.js`),
  'shoelace-details.js': ['@shoelace-style/shoelace/dist/components/details/details.js'],
  'webawesome.js': ['details', 'button', 'card'].map((c) => `@awesome.me/webawesome/dist/components/${c}/${c}.js`),
  'webawesome-details.js': ['@awesome.me/webawesome/dist/components/details/details.js'],
  'lion.js': ['@lion/ui/define/lion-accordion.js'],
};
const common = { bundle: true, minify: true, legalComments: 'none', logLevel: 'error' };
for (const [file, modules] of Object.entries(PEERS)) {
  await build({
    ...common,
    stdin: { contents: modules.map((m) => `import '${m}';`).join('\n'), resolveDir: process.cwd(), loader: 'js' },
    format: 'esm',
    target: 'es2022',
    outfile: `${OUT}/${file}`,
  });
}
await build({ ...common, entryPoints: ['node_modules/@shoelace-style/shoelace/dist/themes/light.css'], outfile: `${OUT}/shoelace.css` });
await build({
  ...common,
  entryPoints: ['node_modules/@awesome.me/webawesome/dist/styles/themes/default.css'],
  outfile: `${OUT}/webawesome.css`,
});

const ASSETS = { 'clinic-widgets.js': DROP_IN, 'shoelace.css': `${OUT}/shoelace.css`, 'webawesome.css': `${OUT}/webawesome.css` };
for (const file of Object.keys(PEERS)) ASSETS[file] = `${OUT}/${file}`;

// Bytes each library adds to a page: JS, CSS files and the CSS it asks the page to inline.
const bytes = {};
for (const lib of ['html', 'clinic', 'shoelace', 'webawesome', 'lion']) {
  const L = LIBRARIES[lib];
  const jsFiles = L.js.length ? L.js : (L.faqJs ?? []);
  const files = [...jsFiles, ...L.css].map((f) => readFileSync(ASSETS[f]));
  if (L.inlineCss) files.push(Buffer.from(L.inlineCss));
  bytes[lib] = {
    total: sizes(Buffer.concat(files)),
    js: sizes(Buffer.concat(jsFiles.map((f) => readFileSync(ASSETS[f])))),
    faqJs: L.faqJs ? sizes(Buffer.concat(L.faqJs.map((f) => readFileSync(ASSETS[f])))) : undefined,
  };
}

// The demo pages as `npm start` serves them (in-process), for the demo suite.
const demoServer = createDemoServer();
await new Promise((resolve) => demoServer.listen(0, '127.0.0.1', resolve));
const demoOrigin = `http://127.0.0.1:${demoServer.address().port}`;
const demoHtml = {};
for (const lang of LANGS) demoHtml[lang] = await (await fetch(`${demoOrigin}${lang === 'en' ? '/' : '/demo/es/'}`)).text();

/** The page for a case: `/suite/lib/size.html`, `?late` holding the library's scripts back. */
function render(suite, lib, size, late) {
  if (suite === 'demo') return demoPage(demoHtml[size], lib, { late });
  if (suite === 'interact') return interactionsPage(lib, size);
  if (suite === 'shift') {
    const [appearance, lineHeight] = size.split('_');
    return page(lib, SHIFT_N, { late, appearance, lineHeight: Number(lineHeight) / 10 });
  }
  return page(lib, size, { faqOnly: suite === 'faq', late });
}

// The library's scripts are announced when served: the input-delay probe clicks from that moment.
const served = new EventEmitter();
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const late = url.searchParams.has('late');
  const send = (type, body, delay = 0) =>
    setTimeout(() => {
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    }, delay);
  const match = /^\/(demo|faq|full|interact|shift)\/(\w+)\/(\w+)\.html$/.exec(url.pathname);
  if (match) {
    const [, suite, lib, size] = match;
    return send('text/html', render(suite, lib, /^(demo|interact|shift)$/.test(suite) ? size : Number(size), late));
  }
  if (url.pathname === '/scheduler.html') return send('text/html', '<!doctype html><title>Scheduler</title><p>Pick a time.</p>');
  const asset = url.pathname.startsWith('/lib/') && ASSETS[url.pathname.slice(5)];
  if (asset) {
    served.emit('script', url.pathname);
    return send(asset.endsWith('.css') ? 'text/css' : 'text/javascript', readFileSync(asset), late ? HOLD_BACK : 0);
  }
  // The demo page's own files (styles, favicon, content packs).
  const proxied = await fetch(`${demoOrigin}${url.pathname}`);
  res.writeHead(proxied.status, { 'content-type': proxied.headers.get('content-type') ?? 'text/plain', 'cache-control': 'no-store' });
  res.end(Buffer.from(await proxied.arrayBuffer()));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROMIUM_ARGS });
const browserVersion = await browser.version();

const problems = new Set();
const shifts = {}; // "suite lib" → names of the elements that moved
const resizes = new Set(); // custom elements whose box changed when their script arrived
const metric = (list, name) => list.metrics.find((m) => m.name === name)?.value ?? 0;
const label = (suite, lib) =>
  `${LIBRARIES[lib].label}${suite === 'faq' ? ', FAQ only' : suite === 'demo' ? ', demo page' : suite === 'shift' ? ', FAQ appearances' : ''}`;
// The layout-shift check of the FAQ's appearances runs on the FAQ + card + button page at this size.
const APPEARANCES = ['plain', 'divided', 'cards'];
const SHIFT_N = 100;
/** The library's own script, for long-task attribution. */
const script = (lib) => (lib === 'clinic' ? 'clinic-widgets.js' : (LIBRARIES[lib].faqJs ?? LIBRARIES[lib].js)[0]);

/** A fresh browser context and tab; `name` labels what the page reports as problems. */
async function open(name, throttle, viewport) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport(viewport);
  tab.on('console', (m) => m.type() === 'error' && problems.add(`${name}: console error: ${m.text()}`));
  tab.on('pageerror', (e) => problems.add(`${name}: ${e.message}`));
  tab.on('requestfailed', (r) => problems.add(`${name}: request failed ${r.url()}`));
  tab.on('response', (r) => r.status() >= 400 && problems.add(`${name}: HTTP ${r.status()} ${r.url()}`));
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, tab, cdp };
}

const waitReady = (tab) => tab.evaluate(() => Promise.race([window.__bench.ready, new Promise((r) => setTimeout(() => r(null), 30_000))]));
const twoFrames = (tab) => tab.evaluate(() => new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r))));

/** One page load in a fresh browser context: every timing metric of one run. */
async function measure(suite, lib, size, throttle) {
  const { context, tab, cdp } = await open(label(suite, lib), throttle, DESKTOP);
  try {
    const before = await cdp.send('Performance.getMetrics');
    await tab.goto(`${origin}/${suite}/${lib}/${size}.html`, { waitUntil: 'load' });
    const ready = await waitReady(tab);
    if (!ready) {
      problems.add(`${label(suite, lib)}: not rendered within 30 s (${size}, ${throttle}× CPU)`);
      return {};
    }
    for (const tag of ready.missing) problems.add(`${label(suite, lib)}: <${tag}> is not defined by this build (shown as its plain HTML)`);
    await twoFrames(tab);
    const cls = await tab.evaluate(() => window.__bench.cls());
    if (cls > 0) {
      const key = `${suite} ${lib}`;
      shifts[key] = new Set([...(shifts[key] ?? []), ...(await tab.evaluate(() => window.__bench.shifted()))]);
    }
    const after = await cdp.send('Performance.getMetrics');
    // A navigation may have swapped renderer processes, which restarts the counters.
    const delta = (name) => {
      const a = metric(after, name);
      const b = metric(before, name);
      return (a >= b ? a - b : a) * 1000;
    };
    const { fcp, lcp } = await tab.evaluate(() => window.__bench.paints());
    const { tbt, longest, longestOurs } = await tab.evaluate((s) => window.__bench.blocking(s), lib === 'html' ? '' : script(lib));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    let toggle = {};
    if (suite !== 'demo') {
      const point = await tab.evaluate((q) => window.__bench.target(q), question(1));
      toggle = { error: 'question 1 not found on screen' };
      if (point) {
        await tab.evaluate(() => window.__bench.armToggle('a1'));
        await tab.mouse.click(point.x, point.y);
        toggle = await tab.evaluate(() =>
          Promise.race([window.__bench.toggle, new Promise((r) => setTimeout(() => r({ error: 'timeout' }), 10_000))]),
        );
      }
      if (toggle.error) problems.add(`${label(suite, lib)}: toggle: ${toggle.error}`);
    }
    const script_ = delta('ScriptDuration');
    const layout = delta('LayoutDuration');
    const style = delta('RecalcStyleDuration');
    return {
      fcp,
      lcp,
      ready: ready.ready,
      upgraded: ready.upgraded,
      mainThread: script_ + layout + style,
      script: script_,
      layout,
      style,
      heap,
      tbt,
      longest,
      longestOurs,
      toggle: toggle.latency ?? null,
      toggleFrames: toggle.frames ?? null,
      cls,
      domNodes: ready.domNodes,
    };
  } catch (error) {
    // One broken run is reported, not fatal: the other cases still run.
    problems.add(`${label(suite, lib)}: run failed (${size}, ${throttle}× CPU): ${error.message}`);
    return {};
  } finally {
    await context.close();
  }
}

/** Layout shift with the library's scripts held back (the page shows its plain HTML first). */
async function measureLate(suite, lib, size, viewport) {
  const { context, tab } = await open(label(suite, lib), 1, viewport);
  try {
    await tab.goto(`${origin}/${suite}/${lib}/${size}.html?late`, { waitUntil: 'load' });
    if (!(await waitReady(tab))) return null;
    await twoFrames(tab);
    const cls = await tab.evaluate(() => window.__bench.cls());
    const where = `${label(suite, lib)}, ${size}, ${viewport.width}px`;
    // The first few are enough to say what to fix (a peer's 1000 questions would list 1000).
    const changes = await tab.evaluate(() => window.__bench.resized());
    for (const change of changes.slice(0, 3)) resizes.add(`${where}: ${change} when its script arrived`);
    if (changes.length > 3) resizes.add(`${where}: ${changes.length - 3} more elements resized`);
    if (cls > 0) resizes.add(`${where}: moved ${(await tab.evaluate(() => window.__bench.shifted())).slice(0, 5).join(', ')}`);
    return cls;
  } finally {
    await context.close();
  }
}

/**
 * Input delay during the upgrade: from the moment the server sends the library's script (the HTML,
 * for plain pages), the harness clicks the page's heading again and again until the page is
 * enhanced; Event Timing reports how long the worst click waited for the main thread.
 */
async function measureInput(suite, lib, size, throttle) {
  const { context, tab } = await open(label(suite, lib), throttle, DESKTOP);
  try {
    let done = false;
    const clicks = async () => {
      // The heading's place (the same on every page here): top left of the content.
      for (let i = 0; i < 200 && !done; i++) await tab.mouse.click(40, 24);
    };
    let clicking;
    const start = () => (clicking ??= clicks());
    if (lib === 'html') tab.once('response', start);
    else served.once('script', start);
    await tab.goto(`${origin}/${suite}/${lib}/${size}.html`, { waitUntil: 'load' });
    await waitReady(tab);
    done = true;
    await clicking;
    await twoFrames(tab);
    return await tab.evaluate(() => window.__bench.input());
  } catch (error) {
    problems.add(`${label(suite, lib)}: input probe failed (${size}, ${throttle}× CPU): ${error.message}`);
    return null;
  } finally {
    served.removeAllListeners('script');
    await context.close();
  }
}

/** Each element's toggle at a width and language: frames from the input to the painted result. */
async function measureInteractions(lang, n, viewport) {
  const { context, tab } = await open(`interactions ${lang} ${viewport.width}px`, 1, viewport);
  const out = {};
  try {
    await tab.goto(`${origin}/interact/${lang}/${n}.html`, { waitUntil: 'load' });
    await waitReady(tab);
    const frames = async (eventType, done, act) => {
      // Functions do not cross into the page: `done` goes as its source and is rebuilt there.
      await tab.evaluate((type, test) => window.__bench.armFrames(type, new Function(`return (${test})()`)), eventType, done.toString());
      await act();
      return tab.evaluate(() =>
        Promise.race([window.__bench.frames, new Promise((r) => setTimeout(() => r({ error: 'timeout' }), 10_000))]),
      );
    };
    // "Learn more" on the compact card.
    const more = await tab.evaluateHandle(() => document.querySelector('clinic-treatment-card').shadowRoot.querySelector('summary'));
    await more.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    out.card = await frames(
      'click',
      () => window.__bench.shown(document.getElementById('more')),
      () => more.click(),
    );
    // The booking dialog.
    const open = await tab.evaluateHandle(() => document.querySelector('clinic-book-button').shadowRoot.querySelector('[part=button]'));
    await open.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    out.dialog = await frames(
      'click',
      () => !!document.querySelector('clinic-book-button').shadowRoot.querySelector('dialog[open]'),
      () => open.click(),
    );
    await tab.keyboard.press('Escape');
    // Search filtering every question: one key typed into the search box.
    const search = await tab.evaluateHandle(() => document.querySelector('clinic-faq').shadowRoot.querySelector('input'));
    await search.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await search.focus();
    out.search = await frames(
      'keydown',
      () => {
        const root = document.querySelector('clinic-faq').shadowRoot;
        return /\d/.test(root.querySelector('[role=status]').textContent);
      },
      () => tab.keyboard.type('k'),
    );
    for (const [name, result] of Object.entries(out))
      if (result.error) problems.add(`interactions ${lang} ${viewport.width}px: ${name}: ${result.error}`);
    return out;
  } catch (error) {
    problems.add(`interactions ${lang} ${viewport.width}px: ${error.message}`);
    return out;
  } finally {
    await context.close();
  }
}

const started = Date.now();
const loadBefore = loadavg()[0];
const libsOf = (suite) => SUITES[suite].filter((lib) => !ONLY || ONLY.includes(lib));
const sizesOf = (suite) => (suite === 'demo' ? LANGS : NS);

// Warm-up (discarded): the browser's own caches and the server's code paths.
for (const suite of SUITE_NAMES) for (const lib of libsOf(suite)) await measure(suite, lib, sizesOf(suite)[0], 1);

const raw = {}; // raw[suite][throttle][size][lib] = [run, …]
for (const suite of SUITE_NAMES) {
  raw[suite] = {};
  for (const throttle of THROTTLES) {
    raw[suite][throttle] = {};
    for (const size of sizesOf(suite)) {
      const runs = (raw[suite][throttle][size] = Object.fromEntries(libsOf(suite).map((lib) => [lib, []])));
      for (let run = 0; run < RUNS; run++) {
        for (const lib of libsOf(suite)) runs[lib].push(await measure(suite, lib, size, throttle));
        process.stderr.write(`\r${suite}: ${throttle}× CPU, ${size}: run ${run + 1}/${RUNS}      `);
      }
      // Clicks during the upgrade, at 4× CPU (the phone case) and the largest sizes.
      if (throttle === Math.max(...THROTTLES)) {
        for (const lib of libsOf(suite)) {
          const probes = [];
          for (let run = 0; run < 3; run++) probes.push(await measureInput(suite, lib, size, throttle));
          const valid = probes.filter(Boolean);
          runs[lib].input = { delay: Math.max(0, ...valid.map((p) => p.inputDelay)), clicks: valid.reduce((sum, p) => sum + p.inputs, 0) };
        }
      }
    }
  }
}

// Layout shift with the script held back: desktop and phone widths (every size, once each: the
// shift is a property of the layout, not a timing).
const late = {}; // late[suite][size][lib][width] = cls
for (const suite of SUITE_NAMES) {
  late[suite] = {};
  for (const size of sizesOf(suite)) {
    late[suite][size] = {};
    for (const lib of libsOf(suite).filter((l) => l !== 'html')) {
      late[suite][size][lib] = {};
      for (const viewport of [DESKTOP, ...PHONES]) late[suite][size][lib][viewport.width] = await measureLate(suite, lib, size, viewport);
    }
    process.stderr.write(`\r${suite}: layout shift with the script held back, ${size}      `);
  }
}

// The FAQ's appearances: FAQ + card + button with each appearance at line heights 1 and 1.5, the
// script held back, desktop and phone widths (prelayout.css must keep every one still).
const shiftChecks = [];
if (!ONLY || ONLY.includes('clinic')) {
  for (const appearance of APPEARANCES) {
    for (const lineHeight of [1, 1.5]) {
      for (const viewport of [DESKTOP, ...PHONES]) {
        const cls = await measureLate('shift', 'clinic', `${appearance}_${lineHeight * 10}`, viewport);
        shiftChecks.push({ appearance, lineHeight, width: viewport.width, n: SHIFT_N, cls });
      }
    }
  }
  process.stderr.write(`\rlayout shift of each FAQ appearance checked      `);
}

// Each element's toggle, phone and desktop widths, both languages, the largest FAQ.
const interactions = {};
if (!ONLY || ONLY.includes('clinic')) {
  for (const lang of LANGS) {
    interactions[lang] = {};
    for (const viewport of [DESKTOP, ...PHONES])
      interactions[lang][viewport.width] = await measureInteractions(lang, Math.max(...NS), viewport);
  }
}
process.stderr.write('\n');
await browser.close();
server.close();

// Lighthouse, the outside judge, on the demo pages as `npm start` serves them.
const lighthouseResults = process.env.BENCH_LIGHTHOUSE === '0' ? null : await lighthouse(demoOrigin, CHROME, problems);
demoServer.close();

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: Number(execFileSync('nproc').toString().trim()),
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: existsSync('/etc/os-release') ? (/PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '') : process.platform,
  node: process.version,
  browser: browserVersion,
  // Other work on the machine skews timings: the 1-minute load average before and after the run.
  load: [loadBefore, loadavg()[0]].map((l) => +l.toFixed(1)),
};
const version = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
// What each element adds, from rebuilds of the drop-in (the default drop-in only).
const perElement = process.env.BENCH_DROP_IN ? undefined : await elementBytes();
const results = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
  machine,
  versions: {
    shoelace: version('@shoelace-style/shoelace'),
    webawesome: version('@awesome.me/webawesome'),
    lion: version('@lion/ui'),
    esbuild: version('esbuild'),
    lit: version('lit'),
    lighthouse: version('lighthouse'),
  },
  settings: {
    runs: RUNS,
    n: NS,
    throttle: THROTTLES,
    suites: SUITE_NAMES,
    holdBackMs: HOLD_BACK,
    viewport: DESKTOP,
    phones: PHONES.map((p) => p.width),
    minutes: +((Date.now() - started) / 60000).toFixed(1),
  },
  libraries: Object.fromEntries(Object.entries(LIBRARIES).map(([k, v]) => [k, v.label])),
  bytes,
  elementBytes: perElement,
  raw,
  late,
  shiftChecks,
  interactions,
  lighthouse: lighthouseResults,
  shifted: Object.fromEntries(Object.entries(shifts).map(([k, v]) => [k, [...v]])),
  resized: [...resizes],
  problems: [...problems],
};
writeFileSync(`${OUT}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(table(results));
// Partial runs (some suites, sizes, rates or libraries) never overwrite the published results.
const partial = ONLY || process.env.BENCH_N || process.env.BENCH_THROTTLE || process.env.BENCH_SUITES;
if (process.env.BENCH_DOCS !== '0' && !partial) {
  writeFileSync('docs/benchmarks.md', markdown(results));
  // README's short summary, between its <!-- bench --> markers.
  const text = readFileSync('README.md', 'utf8');
  const marked = /(<!-- bench -->\n)[\s\S]*?(<!-- \/bench -->)/;
  if (marked.test(text))
    writeFileSync(
      'README.md',
      text.replace(marked, (_, start, end) => `${start}${readme(results)}\n${end}`),
    );
  console.log('Wrote .bench/results.json, docs/benchmarks.md and the summary in README.md');
} else console.log('Wrote .bench/results.json (a partial run: docs/benchmarks.md and README.md are left as they are)');
