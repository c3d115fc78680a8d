// The drop-in among what else lives on clinic sites: itself twice, both bundles, another Lit-based
// library (Shoelace 2), Bootstrap 5's CSS.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGETS, axe, goto, htmlPage, launch, openPage, root, settled, snippet, startServer, widgetProblems } from './helpers.mjs';

const MODULE = (q = '') => `<script type="module" src="/dist/clinic-widgets.js${q}"></script>`;
const CLASSIC = (q = '') => `<script src="/dist/clinic-widgets.iife.js${q}" defer></script>`;
const ALREADY = /clinic-widgets: <clinic-[a-z-]+> is already defined/;

// How many "already defined" warnings each page must log: the README promises exactly one when the
// script really runs twice. A module URL included twice runs once (the browser's module map), so
// there is nothing to warn about.
const CASES = {
  'the module twice (same URL)': [MODULE() + MODULE(), 0],
  'the module twice (two copies)': [MODULE('?copy=1') + MODULE('?copy=2'), 1],
  'the classic script twice': [CLASSIC() + CLASSIC('?copy=2'), 1],
  'both bundles': [MODULE() + CLASSIC(), 1],
};

const pages = {};
for (const [name, [head]] of Object.entries(CASES))
  pages[`/twice-${Object.keys(pages).length}.html`] = { body: htmlPage({ title: name, head, body: `<main>${WIDGETS}</main>` }) };
// Pages in test/e2e/fixtures/, with the widgets of WIDGETS where they say <!-- widgets -->.
for (const name of ['shoelace', 'bootstrap']) {
  const html = readFileSync(join(root, `test/e2e/fixtures/${name}.html`), 'utf8');
  pages[`/fixtures/${name}.html`] = { body: html.replace('<!-- widgets -->', WIDGETS) };
}

let server;
let browser;
before(async () => {
  server = await startServer({ pages });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the drop-in included more than once', () => {
  Object.entries(CASES).forEach(([name, [, expected]], i) => {
    it(`${name}: one copy wins, ${expected ? 'exactly one warning' : 'no warning'}, everything works`, async () => {
      const { page, log } = await openPage(browser, server.origin);
      await goto(page, `${server.origin}/twice-${i}.html`);
      assert.deepEqual(await widgetProblems(page), []);
      const warnings = log.console.filter((m) => ALREADY.test(m));
      assert.equal(warnings.length, expected, `"already defined" warnings: ${JSON.stringify(warnings)}`);
      assert.deepEqual([...log.console.filter((m) => !ALREADY.test(m)), ...log.errors, ...log.foreign], []);
      await page.close();
    });
  });

  it('both bundles under the documented strict CSP with duplicate Lit policies allowed', async () => {
    const line = snippet('csp');
    const csp = `${line.slice(line.indexOf(':') + 1).trim()} 'allow-duplicates'`;
    const strict = await startServer({ headers: { 'Content-Security-Policy': csp }, pages });
    try {
      const { page, log } = await openPage(browser, strict.origin);
      await goto(page, `${strict.origin}/twice-3.html`);
      assert.deepEqual(await widgetProblems(page), []);
      assert.deepEqual(log.violations, []);
      assert.deepEqual([...log.console.filter((m) => !ALREADY.test(m)), ...log.errors, ...log.foreign], []);
      await page.close();
    } finally {
      await strict.close();
    }
  });
});

describe('beside another Lit-based library (Shoelace 2)', () => {
  it('both libraries render and respond on one page', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await goto(page, `${server.origin}/fixtures/shoelace.html`);
    await page.waitForFunction(() => window.customElements.get('sl-details') && window.customElements.get('sl-button'));
    assert.deepEqual(await widgetProblems(page), []);
    await page.evaluate(() => document.querySelector('sl-details').shadowRoot.querySelector('[part="header"]').click());
    await page.waitForFunction(() => document.querySelector('sl-details').open === true);
    await settled(page);
    assert.ok(await page.evaluate(() => document.querySelector('sl-button').shadowRoot.querySelector('button') !== null));
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    await page.close();
  });
});

describe('a page styled by Bootstrap 5', () => {
  for (const width of [360, 1280]) {
    it(`keeps the widgets readable, usable and accessible at ${width}px`, async () => {
      const { page, log } = await openPage(browser, server.origin);
      await page.setViewport({ width, height: 900 });
      await goto(page, `${server.origin}/fixtures/bootstrap.html`);
      assert.deepEqual(await widgetProblems(page), []);
      const look = await page.evaluate(() => {
        const body = window.getComputedStyle(document.body);
        const faq = document.querySelector('clinic-faq');
        const question = faq.shadowRoot.querySelector('[aria-expanded]');
        const book = document.querySelector('aside clinic-book-button');
        const action = book.shadowRoot.querySelector('a[href^="https:"], button');
        const rect = action.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          bodyFont: body.fontFamily,
          questionFont: window.getComputedStyle(question).fontFamily,
          questionHeight: question.getBoundingClientRect().height,
          action: { width: rect.width, height: rect.height },
          asideWidth: book.parentElement.getBoundingClientRect().width,
        };
      });
      assert.ok(look.overflow <= 0, `no horizontal scrolling (${look.overflow}px too wide)`);
      assert.equal(look.questionFont, look.bodyFont, 'the FAQ inherits Bootstrap’s font');
      assert.ok(look.questionHeight >= 24, `question has room (${look.questionHeight}px)`);
      assert.ok(look.action.height >= 44 && look.action.width >= 44, `booking target at least 44×44: ${JSON.stringify(look.action)}`);
      assert.ok(look.action.width >= look.asideWidth * 0.8, 'full-width button fills the card');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
      await page.close();
    });
  }
});
