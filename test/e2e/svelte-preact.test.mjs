// The Svelte 5 and Preact components that test/e2e/framework-types.test.mjs type-checks, compiled by
// their own compilers, bundled with the npm modules and run in Chromium: what the typings promise
// (a property for `items`, `on` + the event's exact name for events) is what the frameworks do.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';
import { clickInShadow, goto, htmlPage, launch, openPage, root, settled, shadowText, startServer } from './helpers.mjs';

const SVELTE_MAIN = `
import { mount } from 'svelte';
import App from './App.svelte';
mount(App, { target: document.getElementById('root') });
`;
const PREACT_MAIN = `
import { render } from 'preact';
import { TreatmentPage } from './App.tsx';
render(<TreatmentPage />, document.getElementById('root'));
`;

/** `clinic-widgets/…` through the package's exports map, as built; `.svelte` files through Svelte's compiler. */
const plugin = {
  name: 'frameworks',
  setup(b) {
    b.onResolve({ filter: /^clinic-widgets\/define\.js$/ }, () => ({ path: join(root, 'dist/lib/clinic-widgets.js') }));
    b.onLoad({ filter: /\.svelte$/ }, ({ path }) => ({
      contents: compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client' }).js.code,
      loader: 'js',
      resolveDir: root,
    }));
  },
};
const bundle = async (contents, dir, loader) =>
  (
    await build({
      stdin: { contents, loader, resolveDir: join(root, 'test/types', dir), sourcefile: `main.${loader}` },
      bundle: true,
      format: 'esm',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      conditions: ['browser'],
      minify: true,
      write: false,
      plugins: [plugin],
      logLevel: 'silent',
    })
  ).outputFiles[0].text;

let server;
let browser;
before(async () => {
  const page = (name) => ({
    body: htmlPage({ title: name, head: `<script type="module" src="/${name}.js"></script>`, body: '<main id="root"></main>' }),
  });
  server = await startServer({
    pages: {
      '/svelte/': page('svelte'),
      '/svelte.js': { body: await bundle(SVELTE_MAIN, 'svelte', 'js') },
      '/preact/': page('preact'),
      '/preact.js': { body: await bundle(PREACT_MAIN, 'preact', 'tsx') },
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const name of ['svelte', 'preact']) {
  describe(`${name === 'svelte' ? 'Svelte 5' : 'Preact'} app`, () => {
    it('sets `items` as a property and hears `clinic-faq-toggle` and `clinic-book` by their names', async () => {
      const { page, log } = await openPage(browser, server.origin);
      const infos = [];
      page.on('console', (m) => m.type() === 'info' && infos.push(m.text()));
      await goto(page, `${server.origin}/${name}/`);
      await page.waitForFunction(() => document.querySelector('clinic-faq')?.shadowRoot?.querySelector('[part=question]'), {
        timeout: 5000,
      });
      await settled(page);
      assert.equal(await page.evaluate(() => document.querySelector('clinic-faq').hasAttribute('items')), false);
      assert.match(await shadowText(page, 'clinic-faq'), /How soon does ketamine work\?/);
      await clickInShadow(page, 'clinic-faq', '[aria-expanded="false"]');
      await page.waitForFunction(() => document.querySelector('[role="status"]').textContent.trim() === 'how-soon', { timeout: 5000 });
      // The button books online (the provider's URL); the handler logs the method, and the page stays.
      await page.evaluate(() => document.addEventListener('clinic-book', (event) => event.preventDefault()));
      await clickInShadow(page, 'clinic-book-button', 'a[part=button]');
      assert.deepEqual(name === 'svelte' ? infos : infos.map((line) => line.split(' ')[0]), ['online']);
      assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
      await page.close();
    });
  });
}
