// A Vue 3 app: the embedding guide's single-file component, compiled by Vue's own compiler with the
// guide's `isCustomElement` option, bundled with esbuild, run under the strict CSP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';
import { clickInShadow, goto, htmlPage, launch, openPage, root, settled, shadowText, snippet, startServer } from './helpers.mjs';

// The guide's Vite config says which tags are custom elements; the test compiles with that function.
const config = snippet('vue-config');
const isCustomElement = (tag) => tag.startsWith('clinic-');

const MAIN = `
import { createApp } from 'vue';
import App from 'guide-snippet';
createApp(App).mount('#app');
`;

function compileGuideComponent() {
  const { descriptor, errors } = parse(snippet('vue'), { filename: 'Questions.vue' });
  if (errors.length) throw errors[0];
  return compileScript(descriptor, { id: 'guide', inlineTemplate: true, templateOptions: { compilerOptions: { isCustomElement } } })
    .content;
}

const plugin = {
  name: 'vue-app',
  setup(b) {
    b.onResolve({ filter: /^guide-snippet$/ }, () => ({ path: 'guide-snippet', namespace: 'snippet' }));
    b.onLoad({ filter: /.*/, namespace: 'snippet' }, () => ({ contents: compileGuideComponent(), loader: 'js', resolveDir: root }));
    b.onResolve({ filter: /^vue$/ }, () => ({ path: join(root, 'node_modules/vue/dist/vue.runtime.esm-bundler.js') }));
    b.onResolve({ filter: /^clinic-widgets\/define\.js$/ }, () => ({ path: join(root, 'dist/lib/clinic-widgets.js') }));
  },
};

let server;
let browser;
before(async () => {
  const bundle = await build({
    stdin: { contents: MAIN, loader: 'js', resolveDir: root, sourcefile: 'main.js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    plugins: [plugin],
    logLevel: 'silent',
  });
  // The guide's policy, with Vue's own Trusted Types policy named as section 10 says.
  const csp = snippet('csp');
  assert.match(snippet('csp'), /trusted-types lit-html clinic-widgets$/);
  server = await startServer({
    headers: { 'Content-Security-Policy': `${csp.slice(csp.indexOf(':') + 1).trim()} vue` },
    pages: {
      '/vue/': {
        body: htmlPage({ title: 'Vue app', head: '<script type="module" src="/vue/app.js"></script>', body: '<main id="app"></main>' }),
      },
      '/vue/app.js': { body: bundle.outputFiles[0].text },
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Vue 3 app (under the strict CSP)', () => {
  it('the guide’s config names the same custom-element test the app is compiled with', () => {
    assert.match(config, /isCustomElement: \(tag\) => tag\.startsWith\('clinic-'\)/);
  });

  it('renders the widgets, passes properties and receives their events', async () => {
    const { page, log } = await openPage(browser, server.origin);
    const logged = [];
    page.on('console', (m) => m.type() === 'log' && logged.push(m.text()));
    await goto(page, server.origin + '/vue/');
    await page.waitForFunction(() => document.querySelector('clinic-faq')?.shadowRoot, { timeout: 5000 }).catch(() => {});
    assert.deepEqual([...log.console, ...log.errors], [], 'the app started cleanly');
    assert.ok(await page.evaluate(() => document.querySelector('#app clinic-provider clinic-faq') !== null), 'Vue rendered the widgets');
    await settled(page);
    // `:items="questions"` arrived as a property, not as the attribute "[object Object]".
    assert.equal(await page.evaluate(() => document.querySelector('clinic-faq').hasAttribute('items')), false);
    assert.match(await shadowText(page, 'clinic-faq'), /How soon does ketamine work\?/);
    // The provider reached the button: its phone number is offered.
    assert.match(await shadowText(page, 'clinic-book-button'), /480/);
    // `@clinic-faq-toggle="track"` hears the event by its exact name.
    await clickInShadow(page, 'clinic-faq', '[aria-expanded="false"]');
    await settled(page);
    assert.deepEqual(logged, ['faq how-soon true']);
    assert.deepEqual(log.violations, []);
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    await page.close();
  });
});
