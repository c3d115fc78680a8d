// Shared set-up for the end-to-end tests: a local server for the built demo (plus test-only pages and
// the third-party CSS/JS some tests need), a headless system Chromium through puppeteer-core, and
// collectors for what a page logs, requests and stores.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createDemoServer, listen, TYPES } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export const root = resolve(new URL('../..', import.meta.url).pathname);

// Test-only folders, served under these prefixes; everything else goes to the demo server unchanged.
const EXTRA = {
  '/fixtures/': join(root, 'test/e2e/fixtures'),
  '/vendor/shoelace/': join(root, 'node_modules/@shoelace-style/shoelace/cdn'),
  '/vendor/bootstrap/': join(root, 'node_modules/bootstrap/dist'),
};

/**
 * Starts the demo server on a free port. `headers` go on every response (e.g. a CSP); `pages` maps
 * extra paths to in-memory `{ body, type }` (pages and bundles built by a test).
 */
export async function startServer({ headers = {}, pages = {} } = {}) {
  if (!existsSync(join(root, 'dist/clinic-widgets.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const demo = createDemoServer({ headers }).listeners('request')[0];
  const beacons = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // The analytics endpoint of the embedding guide's snippet: records what a page sends.
    if (req.method === 'POST' && path === '/analytics') {
      let body = '';
      for await (const chunk of req) body += chunk;
      beacons.push(body);
      res.writeHead(204);
      res.end();
      return;
    }
    const page =
      pages[path] ?? (path === '/favicon.ico' ? { body: await readFile(join(root, 'demo/favicon.svg')), type: TYPES['.svg'] } : undefined);
    if (page) {
      res.writeHead(200, {
        'content-type': page.type ?? TYPES[extname(path)] ?? 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        ...headers,
      });
      res.end(page.body);
      return;
    }
    const prefix = Object.keys(EXTRA).find((p) => path.startsWith(p));
    if (prefix) {
      const file = normalize(join(EXTRA[prefix], path.slice(prefix.length)));
      try {
        if (!file.startsWith(EXTRA[prefix] + '/') || !(await stat(file)).isFile()) throw new Error('not found');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...headers });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
      }
      return;
    }
    demo(req, res);
  });
  const port = await listen(server, 8700 + (process.pid % 200));
  return { origin: `http://127.0.0.1:${port}`, beacons, close: () => new Promise((done) => server.close(done)) };
}

export function launch() {
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p) => p && existsSync(p),
  );
  if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, defaultViewport: { width: 1280, height: 900 } });
}

/**
 * Opens a page that records console messages, page errors, CSP violations and every request to an
 * origin other than `origin` (answered or aborted here, so nothing ever leaves the machine).
 */
export async function openPage(browser, origin, { javaScript = true } = {}) {
  const page = await browser.newPage();
  const log = { console: [], errors: [], foreign: [], violations: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') log.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(String(e?.message ?? e)));
  await page.setJavaScriptEnabled(javaScript);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith(origin + '/')) request.continue();
    else {
      log.foreign.push(url);
      // A followed link (e.g. to the booking page) gets "204 No Content": the browser stays on the page.
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) request.respond({ status: 204, body: '' });
      else request.abort('blockedbyclient');
    }
  });
  if (javaScript) {
    // Any attempt to write a cookie or Web Storage, even one removed again, is recorded.
    log.writes = [];
    await page.exposeFunction('__storageWrite', (w) => log.writes.push(w));
    await page.evaluateOnNewDocument(() => {
      for (const method of ['setItem', 'removeItem', 'clear']) {
        const original = window.Storage.prototype[method];
        window.Storage.prototype[method] = function (...args) {
          window.__storageWrite(`${method} ${args[0] ?? ''}`);
          return original.apply(this, args);
        };
      }
      const cookie = Object.getOwnPropertyDescriptor(window.Document.prototype, 'cookie');
      Object.defineProperty(document, 'cookie', {
        get: () => cookie.get.call(document),
        set: (value) => {
          window.__storageWrite(`cookie ${value}`);
          cookie.set.call(document, value);
        },
      });
    });
    await page.exposeFunction('__cspViolation', (v) => log.violations.push(v));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
  }
  return { page, log };
}

/** Navigates and waits until every clinic element on the page is upgraded and rendered. */
export async function goto(page, url, { settle = true } = {}) {
  await page.goto(url, { waitUntil: 'load' });
  if (settle) await settled(page);
}

/** Waits for defined clinic elements to finish updating (and any content they fetch to render). */
export async function settled(page) {
  await page.evaluate(async () => {
    const all = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('clinic-'));
    for (let round = 0; round < 3; round++) {
      await Promise.all(all().map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}

/** True once the named element is registered on the page. */
export const isDefined = (page, tag) => page.evaluate((t) => !!window.customElements.get(t), tag);

const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the whole page; returns the violations as readable lines. */
export async function axe(page) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Cookies, localStorage and sessionStorage as the page sees them. */
export const storage = (page) =>
  page.evaluate(() => ({ cookie: document.cookie, local: window.localStorage.length, session: window.sessionStorage.length }));

/** The focused element, through open shadow roots, described for assertions. */
export const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    const hosts = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.localName);
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const style = window.getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const clear = (color) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !clear(style.outlineColor);
    const ring = style.boxShadow && style.boxShadow !== 'none';
    return {
      hosts,
      tag: el.localName,
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      href: el.getAttribute('href'),
      expanded: el.getAttribute('aria-expanded'),
      // Height of what the control opens (aria-controls, in the same tree).
      controls: el.getAttribute('aria-controls')
        ? (el.getRootNode().getElementById?.(el.getAttribute('aria-controls'))?.getBoundingClientRect().height ?? -1)
        : null,
      visible: rect.width > 0 && rect.height > 0,
      indicator: outline || !!ring,
      focusVisible: el.matches(':focus-visible'),
    };
  });

/** Every text the page shows, read through the light DOM only (what a no-JS visitor gets). */
export const lightText = (page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));

/** The page's text including rendered shadow content. */
export const deepText = (page) =>
  page.evaluate(() => {
    const walk = (node) => {
      let out = '';
      for (const child of node.shadowRoot ? [node.shadowRoot, ...node.childNodes] : node.childNodes) {
        if (child.nodeType === 3) out += child.textContent + ' ';
        else if (child.nodeType === 1 || child.nodeType === 11) {
          if (child.localName === 'script' || child.localName === 'style') continue;
          out += walk(child);
        }
      }
      return out;
    };
    return walk(document.body).replace(/\s+/g, ' ');
  });

/** Reads a fenced code block from docs/embedding.md (or `file`) marked with `<!-- e2e:name -->` on the line before. */
export function snippet(name, file = 'docs/embedding.md') {
  const doc = readFileSync(join(root, file), 'utf8');
  const match = doc.match(new RegExp(`<!-- e2e:${name} -->\\s*\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``));
  if (!match) throw new Error(`${file} has no snippet marked <!-- e2e:${name} -->`);
  return match[1];
}

/** Runs `fn` with a server and a browser, closing both afterwards. */
export async function withBrowser(options, fn) {
  const server = await startServer(options);
  const browser = await launch();
  try {
    return await fn({ browser, origin: server.origin, beacons: server.beacons });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A minimal HTML page around `body` (the snippets under test are pasted into pages like this). */
export const htmlPage = ({ lang = 'en', title = 'Test page', head = '', body = '' }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${title}</title>${head}</head><body>${body}</body></html>`;

/** Clicks the first element matching `selector` inside the shadow root of the first `host`. */
export const clickInShadow = (page, host, selector) =>
  page.evaluate(
    (h, s) => {
      const target = document.querySelector(h)?.shadowRoot?.querySelector(s);
      if (!target) throw new Error(`no ${s} inside <${h}>`);
      target.click();
    },
    host,
    selector,
  );

/** The text rendered in the shadow root of the first `host`. */
export const shadowText = (page, host) =>
  page.evaluate((h) => (document.querySelector(h)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '), host);

/** A short clinic page body with every widget, as a clinic would write it (light DOM first). */
export const WIDGETS = `
  <clinic-provider scope="page" name="Renew Wellness (sample)" phone="(480) 555-0123" booking-url="https://example.com/book"
    hours="Mo-Fr 08:00-17:00; Sa 09:00-12:00" timezone="America/Phoenix"></clinic-provider>
  <clinic-crisis-support variant="banner"><p>If you are in crisis, call or text <a href="tel:988">988</a>.
    In immediate danger, call <a href="tel:911">911</a>.</p></clinic-crisis-support>
  <h1>Ketamine infusion therapy</h1>
  <clinic-treatment-card src="/content/ketamine-postpartum-depression.en.json">
    <h2>Ketamine infusion therapy</h2><p>Given as an IV infusion; works within hours in most cases.</p>
  </clinic-treatment-card>
  <h2>Questions</h2>
  <clinic-faq>
    <details id="how-soon"><summary>How soon does ketamine work?</summary><p>Within hours in most cases.</p></details>
    <details id="breastfeeding"><summary>Can I breastfeed during treatment?</summary><p>Pump and discard for two days.</p></details>
  </clinic-faq>
  <clinic-book-button><a href="https://example.com/book">Book an appointment</a></clinic-book-button>`;

/**
 * Checks that the widgets of WIDGETS work: each rendered, an FAQ answer opens on click, the booking
 * button books online and calls the provider's number. Returns what failed (empty when all is well).
 */
export async function widgetProblems(page) {
  const problems = await page.evaluate(() => {
    const out = [];
    for (const tag of ['clinic-provider', 'clinic-crisis-support', 'clinic-treatment-card', 'clinic-faq', 'clinic-book-button']) {
      if (!window.customElements.get(tag)) out.push(`${tag} not defined`);
      else if (tag !== 'clinic-provider' && !document.querySelector(tag)?.shadowRoot?.childNodes.length)
        out.push(`${tag} rendered nothing`);
    }
    const hrefs = [...(document.querySelector('clinic-book-button')?.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((a) => a.href);
    if (!hrefs.includes('https://example.com/book')) out.push(`no online booking link: ${hrefs}`);
    if (!hrefs.includes('tel:+14805550123')) out.push(`no call link from the provider: ${hrefs}`);
    const question = document.querySelector('clinic-faq')?.shadowRoot?.querySelector('[aria-expanded="false"]');
    if (!question) out.push('no closed FAQ question');
    else question.click();
    return out;
  });
  await settled(page);
  const open = await page.evaluate(() => !!document.querySelector('clinic-faq')?.shadowRoot?.querySelector('[aria-expanded="true"]'));
  if (!open) problems.push('the FAQ question did not open');
  return problems;
}

/**
 * Records, in the page, where every text a visitor sees is drawn once the page without its script is laid
 * out (parsed, stylesheets and fonts loaded), for `movedBoxes` to compare after the upgrade. Call it
 * before navigating, and hold the drop-in back until then (`gotoWithScriptHeldBack` does both). Layout-shift entries miss content that an
 * upgrade moves into a shadow root's slot (its box is made anew, so it never "shifted"), and only count
 * what is in the viewport: a slotted booking button dropping 16 px inside a card went unseen by them.
 */
export const recordBoxesBeforeUpgrade = (page) =>
  page.evaluateOnNewDocument(() => {
    // Each text a visitor sees, by where its characters are drawn, in the page and in open shadow
    // roots. Boxes of elements may change with what an upgrade puts around their content (a <details>
    // whose summary becomes a button) while the words stay put; and much of what shows after the
    // upgrade is the shadow root's own copy of the page's text (a question's button, a card's facts).
    window.__boxes = () => {
      const shown = [];
      const range = document.createRange();
      const walk = (root) => {
        const walker = document.createTreeWalker(root, window.NodeFilter.SHOW_ELEMENT | window.NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeType == 1) {
            if (node.shadowRoot) walk(node.shadowRoot);
            continue;
          }
          const text = node.textContent.replace(/\s+/g, ' ').trim();
          if (!text || !node.parentElement.checkVisibility()) continue;
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          if (box.height > 0)
            shown.push([text, Math.round(box.top + window.scrollY), Math.round(box.left + window.scrollX), Math.round(box.height)]);
        }
      };
      walk(document.body);
      return shown;
    };
    // The page without its script is laid out once it is parsed (or, for a classic script in the
    // footer, parsed up to it: the parser waits there), with its stylesheets and fonts loaded. Polled:
    // a stylesheet's load event may wait for the deferred scripts.
    const laidOut = () =>
      (document.readyState != 'loading' ||
        [...document.querySelectorAll('script[src*="clinic-widgets"]')].some(
          (script) => script.type != 'module' && !script.defer && !script.async,
        )) &&
      [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet) &&
      document.fonts.status == 'loaded';
    const measure = () => {
      if (!laidOut()) return void setTimeout(measure, 20);
      window.__boxesLate = [...document.querySelectorAll('*')].some(
        (el) => el.localName.includes('-') && window.customElements.get(el.localName),
      );
      window.__boxesBefore = window.__boxes();
    };
    measure();
  });

/**
 * After the upgrade: the texts shown before it that are shown now somewhere else (more than a pixel
 * away, or a different height), as '"text" at before → now'.
 */
export async function movedBoxes(page) {
  const { late, moved } = await page.evaluate(() => {
    const now = window.__boxes();
    return {
      late: window.__boxesLate ?? 'never measured',
      // A text moved when it is still shown but nowhere near where it was (within a pixel).
      moved: window.__boxesBefore.flatMap(([text, ...was]) => {
        const same = now.filter((shown) => shown[0] == text);
        const near = same.some((shown) => was.every((value, k) => Math.abs(value - shown[k + 1]) <= 1));
        return same.length && !near
          ? [`"${text.slice(0, 50)}" at ${was} → ${same.map((shown) => shown.slice(1)).join(' or ')} (top, left, height)`]
          : [];
      }),
    };
  });
  assert.equal(late, false, 'the boxes were measured before any widget was defined');
  return moved;
}

/**
 * Opens `url` with the requests matching `script` held back until the page without them has been
 * measured by `recordBoxesBeforeUpgrade`, and for at least `atLeast` ms; requests outside `origin`
 * (when given) are refused. Resolves once the page has loaded.
 */
export async function gotoWithScriptHeldBack(page, url, { script, atLeast = 800, origin } = {}) {
  let release;
  const measured = new Promise((resolve) => (release = resolve));
  await page.setRequestInterception(true);
  page.on('request', async (request) => {
    if (origin && !request.url().startsWith(`${origin}/`)) return request.abort('blockedbyclient');
    if (script.test(request.url())) await Promise.all([measured, new Promise((resolve) => setTimeout(resolve, atLeast))]);
    request.continue();
  });
  await recordBoxesBeforeUpgrade(page);
  const loaded = page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__boxesBefore, { polling: 20 });
  release();
  await loaded;
}
