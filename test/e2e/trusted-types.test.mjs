// Pages that enforce Trusted Types without 'allow-duplicates', where a second `lit-html` policy is
// refused with an exception. The drop-in bundles Lit as Lit publishes it, so it must be safe around
// Lit: a second copy of the drop-in never evaluates its Lit, and when another Lit library took the
// policy name first, the failure is one clear console error, never an uncaught exception.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { htmlPage, launch, openPage, startServer } from './helpers.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html clinic-widgets";
const CRISIS = '<clinic-crisis-support><p><a href="tel:988">Call 988</a></p></clinic-crisis-support>';
const OURS = '<script type="module" src="/dist/clinic-widgets.js"></script><script src="/dist/clinic-widgets.iife.js" defer></script>';
// Shoelace 2 is built on Lit too, and its module runs first here.
const SHOELACE = '<script type="module" src="/vendor/shoelace/components/button/button.js"></script>';

const pages = {
  '/twice.html': { body: htmlPage({ title: 'Twice under Trusted Types', head: OURS, body: `<main>${CRISIS}</main>` }) },
  '/after-shoelace.html': {
    body: htmlPage({
      title: 'After another Lit library',
      head: SHOELACE + OURS,
      body: `<main><sl-button>Shoelace</sl-button>${CRISIS}</main>`,
    }),
  },
};

let server;
let browser;
before(async () => {
  server = await startServer({ headers: { 'Content-Security-Policy': CSP }, pages });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('both bundles: no uncaught exception, one "already defined" warning, the widget renders', async () => {
  const { page, log } = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/twice.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('clinic-crisis-support').shadowRoot?.querySelector('a[href="tel:988"]'));
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, [
    'warn: clinic-widgets: <clinic-provider> is already defined (is the script on the page twice?); keeping the first.',
  ]);
  await page.close();
});

it('after another Lit library took the policy: one clear console error, no uncaught exception, the content stays', async () => {
  const { page, log } = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/after-shoelace.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.customElements.get('sl-button'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(log.errors, [], 'no uncaught exception');
  // The browser reports the refused policy itself; ours are the messages the library writes.
  const ours = log.console.filter((m) => /^\w+: clinic-widgets:/.test(m));
  assert.equal(ours.length, 1, JSON.stringify(log.console));
  assert.match(ours[0], /^error: clinic-widgets: could not start.*trusted-types directive must allow.*'allow-duplicates'/);
  // The page's own markup: the crisis link is there and visible, as without JavaScript.
  const link = await page.evaluate(() => {
    const a = document.querySelector('clinic-crisis-support a[href="tel:988"]');
    return a && a.getBoundingClientRect().height > 0;
  });
  assert.ok(link, 'the light-DOM crisis link shows');
  await page.close();
});
