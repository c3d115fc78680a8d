// Both drop-ins on a page that enforces Trusted Types without 'allow-duplicates': Lit's second
// `lit-html` policy is refused, and that must not become an uncaught exception in the host page.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, root } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html clinic-widgets";
const PAGE = `<!doctype html><html lang="en"><head><title>Twice under Trusted Types</title>
<script type="module" src="/dist/clinic-widgets.js"></script><script src="/dist/clinic-widgets.iife.js" defer></script></head>
<body><main><clinic-crisis-support><p><a href="tel:988">Call 988</a></p></clinic-crisis-support></main></body></html>`;

let server;
let browser;
before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      return res.end(PAGE);
    }
    try {
      const body = readFileSync(join(root, path.startsWith('/dist/') ? path : '/missing'));
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

it("both bundles under Trusted Types without 'allow-duplicates': no uncaught exception, the widget renders", async () => {
  const page = await browser.newPage();
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(String(e?.message ?? e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('clinic-crisis-support').shadowRoot?.querySelector('a[href="tel:988"]'));
  assert.deepEqual(uncaught, []);
  await page.close();
});
