// `npm run bench`: clinic-widgets against plain HTML, Shoelace 2 and Web Awesome 3 in headless
// Chromium. Prints a table, writes .bench/results.json and docs/benchmarks.md. Never part of
// `npm test`: it is slow and timing-based; its targets are reported, not asserted.
//
//   BENCH_RUNS=5            runs per case (interleaved A B C D A B C D …)
//   BENCH_N=10,100,1000     FAQ sizes
//   BENCH_THROTTLE=1,4      CPU throttling rates (4 ≈ a mid-range phone)
//   BENCH_DOCS=0            do not rewrite docs/benchmarks.md (quick local runs)
//   BENCH_LIBS=html,clinic  only these libraries (quick local runs; keys of LIBRARIES in pages.mjs)
//   BENCH_DROP_IN=path      another build of the drop-in (default dist/clinic-widgets.js)
//   CHROME_PATH             the browser (default /usr/bin/chromium)
import { CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { sizes } from '../scripts/size.mjs';
import { elementBytes } from '../scripts/element-bytes.mjs';
import { LIBRARIES, page, question } from './pages.mjs';
import { markdown, readme, summarize, table, targets } from './report.mjs';

const list = (value, fallback) =>
  (value || fallback)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const NS = list(process.env.BENCH_N, '10,100,1000').map(Number);
const THROTTLES = list(process.env.BENCH_THROTTLE, '1,4').map(Number);
const LIBS = list(process.env.BENCH_LIBS, Object.keys(LIBRARIES).join(','));
const HOLD_BACK = 500;
const OUT = '.bench';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = CHROMIUM_ARGS;
const VIEWPORT = { width: 1280, height: 800 };

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

// (c) and (d): one esbuild bundle per library from an entry importing only the three elements,
// minified the same way, plus its theme CSS.
const PEERS = {
  shoelace: {
    js: ['details', 'button', 'card'].map((c) => `@shoelace-style/shoelace/dist/components/${c}/${c}.js`),
    css: 'node_modules/@shoelace-style/shoelace/dist/themes/light.css',
  },
  webawesome: {
    js: ['details', 'button', 'card'].map((c) => `@awesome.me/webawesome/dist/components/${c}/${c}.js`),
    css: 'node_modules/@awesome.me/webawesome/dist/styles/themes/default.css',
  },
};
for (const [name, peer] of Object.entries(PEERS)) {
  const common = { bundle: true, minify: true, legalComments: 'none', logLevel: 'error' };
  await build({
    ...common,
    stdin: { contents: peer.js.map((m) => `import '${m}';`).join('\n'), resolveDir: process.cwd(), loader: 'js' },
    format: 'esm',
    target: 'es2022',
    outfile: `${OUT}/${name}.js`,
  });
  await build({ ...common, entryPoints: [peer.css], outfile: `${OUT}/${name}.css` });
}

const ASSETS = {
  'clinic-widgets.js': DROP_IN,
  'shoelace.js': `${OUT}/shoelace.js`,
  'shoelace.css': `${OUT}/shoelace.css`,
  'webawesome.js': `${OUT}/webawesome.js`,
  'webawesome.css': `${OUT}/webawesome.css`,
};

// Bytes each library adds to a page: JS, CSS files and the CSS it asks the page to inline.
const bytes = {};
for (const lib of LIBS.filter((l) => !LIBRARIES[l].faqOnly)) {
  const files = [...LIBRARIES[lib].js, ...LIBRARIES[lib].css].map((f) => readFileSync(ASSETS[f]));
  if (LIBRARIES[lib].inlineCss) files.push(Buffer.from(LIBRARIES[lib].inlineCss));
  const js = LIBRARIES[lib].js.map((f) => readFileSync(ASSETS[f]));
  bytes[lib] = { total: sizes(Buffer.concat(files)), js: sizes(Buffer.concat(js)) };
}

// Pages and assets from memory; `?delay=ms` holds a response back.
const pages = new Map();
for (const lib of LIBS) {
  for (const n of NS) {
    pages.set(`/${lib}-${n}.html`, page(lib, n));
    pages.set(`/${lib}-${n}-late.html`, page(lib, n, HOLD_BACK));
  }
}
// The layout-shift check: the clinic page with each FAQ appearance at line heights 1 and 1.5, the
// script held back (run once each: layout is deterministic, timing is not measured).
const APPEARANCES = ['plain', 'divided', 'cards'];
const LINE_HEIGHTS = [1, 1.5];
const SHIFT_N = NS.includes(100) ? 100 : NS[0];
const shiftPage = (appearance, lineHeight) => `/clinic-${SHIFT_N}-${appearance}-${lineHeight}-late.html`;
if (LIBS.includes('clinic')) {
  for (const appearance of APPEARANCES)
    for (const lineHeight of LINE_HEIGHTS)
      pages.set(shiftPage(appearance, lineHeight), page('clinic', SHIFT_N, HOLD_BACK, { appearance, lineHeight }));
}
mkdirSync(`${OUT}/pages`, { recursive: true });
for (const lib of LIBS) writeFileSync(`${OUT}/pages/${lib}-${NS[0]}.html`, pages.get(`/${lib}-${NS[0]}.html`));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const delay = Number(url.searchParams.get('delay')) || 0;
  const send = (type, body) =>
    setTimeout(() => {
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(body);
    }, delay);
  if (pages.has(url.pathname)) return send('text/html', pages.get(url.pathname));
  const asset = url.pathname.startsWith('/lib/') && ASSETS[url.pathname.slice(5)];
  if (asset) return send(asset.endsWith('.css') ? 'text/css' : 'text/javascript', readFileSync(asset));
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ARGS });
const browserVersion = await browser.version();

const problems = new Set();
const shifts = {}; // lib → names of the elements that moved
const resizes = new Set(); // custom elements whose box changed when their script arrived
const metric = (list, name) => list.metrics.find((m) => m.name === name)?.value ?? 0;

/** One page load in a fresh browser context: every metric of one run. `path` overrides the page. */
async function measure(lib, n, throttle, late, path) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport(VIEWPORT);
    tab.on('console', (m) => m.type() === 'error' && problems.add(`${lib}: console error: ${m.text()}`));
    tab.on('pageerror', (e) => problems.add(`${lib}: ${e.message}`));
    tab.on('requestfailed', (r) => problems.add(`${lib}: request failed ${r.url()}`));
    tab.on('response', (r) => r.status() >= 400 && problems.add(`${lib}: HTTP ${r.status()} ${r.url()}`));
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const before = await cdp.send('Performance.getMetrics');
    await tab.goto(`${origin}${path ?? `/${lib}-${n}${late ? '-late' : ''}.html`}`, { waitUntil: 'load' });
    const ready = await tab.evaluate(() => Promise.race([window.__bench.ready, new Promise((r) => setTimeout(() => r(null), 30_000))]));
    if (!ready) {
      problems.add(`${lib}: not rendered within 30 s (N=${n}, ${throttle}× CPU)`);
      return {};
    }
    for (const tag of ready.missing) problems.add(`${lib}: <${tag}> is not defined by this build (shown as its plain HTML)`);
    // Two more frames so a late shift is observed.
    await tab.evaluate(() => new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r))));
    const cls = await tab.evaluate(() => window.__bench.cls());
    if (cls > 0) shifts[lib] = new Set([...(shifts[lib] ?? []), ...(await tab.evaluate(() => window.__bench.shifted()))]);
    if (late) {
      for (const change of await tab.evaluate(() => window.__bench.resized()))
        resizes.add(`${LIBRARIES[lib].label}: ${change} when its script arrived`);
      return { clsLate: cls };
    }

    const after = await cdp.send('Performance.getMetrics');
    // A navigation may have swapped renderer processes, which restarts the counters.
    const delta = (name) => {
      const a = metric(after, name);
      const b = metric(before, name);
      return (a >= b ? a - b : a) * 1000;
    };
    const script = delta('ScriptDuration');
    const layout = delta('LayoutDuration');
    const style = delta('RecalcStyleDuration');

    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    const point = await tab.evaluate((q) => window.__bench.target(q), question(1));
    let toggle = { error: 'question 1 not found on screen' };
    if (point) {
      await tab.evaluate(() => window.__bench.armToggle('a1'));
      await tab.mouse.click(point.x, point.y);
      toggle = await tab.evaluate(() =>
        Promise.race([window.__bench.toggle, new Promise((r) => setTimeout(() => r({ error: 'timeout' }), 10_000))]),
      );
    }
    if (toggle.error) problems.add(`${lib}: toggle: ${toggle.error}`);

    return {
      ready: ready.ready,
      upgraded: ready.upgraded,
      mainThread: script + layout + style,
      script,
      layout,
      style,
      heap,
      toggle: toggle.latency ?? null,
      toggleFrames: toggle.frames ?? null,
      cls,
      domNodes: ready.domNodes,
    };
  } catch (error) {
    // One broken run is reported, not fatal: the other cases still run.
    problems.add(`${lib}: run failed (N=${n}, ${throttle}× CPU): ${error.message}`);
    return {};
  } finally {
    await context.close();
  }
}

const started = Date.now();
const loadBefore = loadavg()[0];
const raw = {}; // raw[throttle][n][lib] = [run, …]
// Warm-up (discarded): the browser's own caches and the server's code paths.
for (const lib of LIBS) await measure(lib, NS[0], 1, false);
for (const throttle of THROTTLES) {
  raw[throttle] = {};
  for (const n of NS) {
    raw[throttle][n] = Object.fromEntries(LIBS.filter((lib) => !LIBRARIES[lib].faqOnly || n === Math.max(...NS)).map((lib) => [lib, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const lib of LIBS) {
        if (LIBRARIES[lib].faqOnly && n !== Math.max(...NS)) continue;
        const result = await measure(lib, n, throttle, false);
        // Plain HTML has no script to hold back: its late page is the same page.
        Object.assign(result, LIBRARIES[lib].js.length ? await measure(lib, n, throttle, true) : { clsLate: result.cls });
        raw[throttle][n][lib].push(result);
      }
      process.stderr.write(`\r${throttle}× CPU, N=${n}: run ${run + 1}/${RUNS}   `);
    }
  }
}
process.stderr.write('\n');
const shiftChecks = [];
if (LIBS.includes('clinic')) {
  for (const appearance of APPEARANCES) {
    for (const lineHeight of LINE_HEIGHTS) {
      const { clsLate } = await measure('clinic', SHIFT_N, 1, true, shiftPage(appearance, lineHeight));
      shiftChecks.push({ appearance, lineHeight, n: SHIFT_N, cls: clsLate ?? null });
    }
  }
}
await browser.close();
server.close();

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
  elementBytes: perElement,
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
  machine,
  versions: {
    shoelace: version('@shoelace-style/shoelace'),
    webawesome: version('@awesome.me/webawesome'),
    esbuild: version('esbuild'),
    lit: version('lit'),
  },
  settings: {
    runs: RUNS,
    n: NS,
    throttle: THROTTLES,
    holdBackMs: HOLD_BACK,
    viewport: VIEWPORT,
    minutes: +((Date.now() - started) / 60000).toFixed(1),
  },
  libraries: Object.fromEntries(LIBS.map((lib) => [lib, LIBRARIES[lib].label])),
  bytes,
  problems: [...problems],
  resized: [...resizes],
  shiftChecks,
  shifted: Object.fromEntries(Object.entries(shifts).map(([lib, names]) => [lib, [...names].slice(0, 12)])),
  raw,
};
writeFileSync(
  `${OUT}/results.json`,
  `${JSON.stringify({ ...results, summary: summarize(results), targets: targets(results) }, null, 2)}\n`,
);
console.log(table(results));
if (process.env.BENCH_DOCS !== '0') {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/benchmarks.md', markdown(results));
  // README's short summary, between its <!-- bench --> markers.
  const text = readFileSync('README.md', 'utf8');
  const marked = /(<!-- bench -->\n)[\s\S]*?(<!-- \/bench -->)/;
  if (marked.test(text))
    writeFileSync(
      'README.md',
      text.replace(marked, (_, open, close) => `${open}${readme(results)}\n${close}`),
    );
  console.log(`Wrote .bench/results.json, docs/benchmarks.md${marked.test(text) ? ' and the summary in README.md' : ''}`);
} else console.log('Wrote .bench/results.json');
