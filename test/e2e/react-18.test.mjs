// React 18 (from the test/react-18 workspace) with `clinic-widgets/react`, the @lit/react components:
// properties, provider settings and events reach the elements, and changes after the first render
// too. The same tags written bare in React 18 show why the wrappers are needed there.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { clickInShadow, goto, htmlPage, launch, openPage, root, settled, shadowText, startServer } from './helpers.mjs';

const REACT_18 = join(root, 'test/react-18/node_modules');

const WRAPPED = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ClinicProvider, ClinicFaq, ClinicBookButton, ClinicTreatmentCard, ClinicCrisisSupport } from 'clinic-widgets/react';

const questions = [
  { id: 'how-soon', question: 'How soon does ketamine work?', answer: 'Within hours in most cases.' },
  { id: 'breastfeeding', question: 'Can I breastfeed during treatment?', answer: 'Pump and discard for two days.' },
];
window.booked = [];

function App() {
  const [opened, setOpened] = useState('');
  const [lang, setLang] = useState('en');
  const [shown, setShown] = useState(true);
  window.setLang = setLang;
  window.setShown = setShown;
  return (
    <ClinicProvider name="Renew Wellness" phone="(480) 555-0123" bookingUrl="https://example.com/book" lang={lang}>
      {shown && (
        <>
          <ClinicFaq heading="Questions" items={questions} onClinicFaqToggle={(event) => event.detail.open && setOpened(event.detail.id)} />
          <ClinicBookButton variant="outline" onClinicBook={(event) => { event.preventDefault(); window.booked.push(event.detail); }} />
          <ClinicTreatmentCard heading="Ketamine infusion therapy" summary="Given as an IV infusion." noBooking />
          <ClinicCrisisSupport variant="inline" />
        </>
      )}
      <p role="status">{opened && 'Opened: ' + opened}</p>
    </ClinicProvider>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`;

// What React 18 does with the bare tags: the guide's React 19 way of writing them.
const BARE = `
import { createRoot } from 'react-dom/client';
import 'clinic-widgets/define.js';
window.booked = [];
const questions = [{ id: 'how-soon', question: 'How soon does ketamine work?', answer: 'Within hours in most cases.' }];
createRoot(document.getElementById('root')).render(
  <clinic-provider name="Renew Wellness" booking-url="https://example.com/book">
    <clinic-faq items={questions} />
    <clinic-book-button onclinic-book={(event) => { event.preventDefault(); window.booked.push(event.detail); }} />
  </clinic-provider>,
);
`;

/** React and React DOM 18 from the workspace; clinic-widgets through its exports map, as built. */
const react18 = {
  name: 'react-18',
  setup(b) {
    b.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, ({ path }) => ({ path: require18(path) }));
    b.onResolve({ filter: /^clinic-widgets\/(react|define\.js)$/ }, ({ path }) => ({
      path: join(root, 'dist/lib', path.endsWith('react') ? 'react.js' : 'clinic-widgets.js'),
    }));
  },
};
const require18 = createRequire(join(REACT_18, 'resolve-from-here.js')).resolve;

const bundle = async (contents) =>
  (
    await build({
      stdin: { contents, loader: 'jsx', resolveDir: root, sourcefile: 'app.jsx' },
      bundle: true,
      format: 'esm',
      jsx: 'automatic',
      minify: true,
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [react18],
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
      '/wrapped/': page('wrapped'),
      '/wrapped.js': { body: await bundle(WRAPPED) },
      '/bare/': page('bare'),
      '/bare.js': { body: await bundle(BARE) },
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('React 18 with clinic-widgets/react', () => {
  it('runs React 18 itself', async () => {
    assert.match(JSON.parse(readFileSync(require18('react/package.json'), 'utf8')).version, /^18\./);
    assert.match(JSON.parse(readFileSync(require18('react-dom/package.json'), 'utf8')).version, /^18\./);
  });

  it('passes properties and provider settings, and hears every event it declares', async () => {
    const { page, log } = await openPage(browser, server.origin);
    await goto(page, server.origin + '/wrapped/');
    await page.waitForFunction(() => document.querySelector('clinic-faq')?.shadowRoot?.querySelector('[part=question]'), { timeout: 5000 });
    await settled(page);
    // `items` arrived as a property (no attribute), and `variant` reached the element.
    assert.equal(await page.evaluate(() => document.querySelector('clinic-faq').hasAttribute('items')), false);
    assert.match(await shadowText(page, 'clinic-faq'), /How soon does ketamine work\?.*Can I breastfeed during treatment\?/);
    assert.equal(await page.evaluate(() => document.querySelector('clinic-book-button').getAttribute('variant')), 'outline');
    // The provider's booking URL and phone (set as properties) reached the button.
    const links = await page.evaluate(() =>
      [...document.querySelector('clinic-book-button').shadowRoot.querySelectorAll('a')].map((a) => a.href),
    );
    assert.deepEqual(links, ['https://example.com/book', 'tel:+14805550123']);
    // onClinicFaqToggle updates React state; onClinicBook receives the booking and cancels it.
    await clickInShadow(page, 'clinic-faq', '[aria-expanded="false"]');
    await page.waitForFunction(() => document.querySelector('[role="status"]').textContent === 'Opened: how-soon');
    await clickInShadow(page, 'clinic-book-button', 'a[part=button]');
    assert.deepEqual(await page.evaluate(() => window.booked), [{ method: 'online', href: 'https://example.com/book' }]);
    assert.equal(page.url(), server.origin + '/wrapped/');
    // A changed prop reaches the elements: the provider's language.
    await page.evaluate(() => window.setLang('es'));
    await settled(page);
    assert.match(await shadowText(page, 'clinic-book-button'), /Reservar una cita/);
    // Unmounted and mounted again: one listener, the new elements work.
    await page.evaluate(() => window.setShown(false));
    await settled(page);
    await page.evaluate(() => window.setShown(true));
    await settled(page);
    await clickInShadow(page, 'clinic-book-button', 'a[part=button]');
    assert.equal(await page.evaluate(() => window.booked.length), 2);
    assert.deepEqual([...log.console, ...log.errors, ...log.foreign], []);
    await page.close();
  });

  it('bare tags in React 18 get no properties and no events (why the wrappers exist)', async () => {
    const { page } = await openPage(browser, server.origin);
    await goto(page, server.origin + '/bare/');
    await page.waitForFunction(() => document.querySelector('clinic-book-button')?.shadowRoot?.querySelector('a'), { timeout: 5000 });
    // React 18 writes the array as an attribute string and ignores the event prop.
    assert.equal(await page.evaluate(() => document.querySelector('clinic-faq').getAttribute('items')), '[object Object]');
    await clickInShadow(page, 'clinic-book-button', 'a[part=button]');
    assert.deepEqual(await page.evaluate(() => window.booked), []);
    await page.close();
  });
});
